package org.ec2tutor.cloud.billing;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ec2tutor.cloud.DataFiles;
import org.ec2tutor.cloud.Region;

/**
 * The rates the bill applies: instance types' On-Demand hourly rates (from the instance type catalog) and the
 * storage and address rates of {@code prices.tsv}, for us-east-1, with one documented factor for other Regions.
 */
public final class PriceList {

    private final Function<String, BigDecimal> instanceHourly;
    /** The Windows licence of a type per hour, from its vCPUs and whether it is burstable. */
    private final Function<String, BigDecimal> windowsLicence;

    private BigDecimal windowsPerVcpuHour;
    private BigDecimal windowsBurstablePerVcpuHour;
    private final Map<String, BigDecimal> storagePerGbMonth = new HashMap<>();
    private final Map<Region, BigDecimal> regionFactors = new EnumMap<>(Region.class);
    private final Map<String, BigDecimal> reservedDiscounts = new HashMap<>();
    private final Map<String, HostRate> hostRates = new HashMap<>();
    private BigDecimal dedicatedFactor;
    private BigDecimal snapshotPerGbMonth;
    private BigDecimal publicIpv4PerHour;
    private final Map<String, BigDecimal> iopsPerMonth = new HashMap<>();
    private final Map<String, BigDecimal> throughputPerMonth = new HashMap<>();
    private final Map<String, BigDecimal> cpuCreditPerVcpuHour = new HashMap<>();
    private BigDecimal metricPerMonth;
    private int detailedMonitoringMetrics;

    /** What a type is, as far as its Windows licence goes. */
    public record Shape(int vcpus, boolean burstable) {}

    private PriceList(Function<String, BigDecimal> instanceHourly, Function<String, Shape> shapes) {
        this.instanceHourly = instanceHourly;
        this.windowsLicence = type -> {
            Shape shape = shapes.apply(type);
            return (shape.burstable() ? windowsBurstablePerVcpuHour : windowsPerVcpuHour)
                    .multiply(BigDecimal.valueOf(shape.vcpus()));
        };
    }

    /**
     * The standard prices; {@code instanceHourly} gives the us-east-1 Linux On-Demand rate of a type name and
     * {@code shapes} its vCPUs and whether it is burstable (for the Windows licence).
     */
    public static PriceList standard(Function<String, BigDecimal> instanceHourly, Function<String, Shape> shapes) {
        PriceList prices = new PriceList(instanceHourly, shapes);
        prices.load();
        return prices;
    }

    /** The price of one unit of {@code type} (an hour, or a GB-month) for {@code detail} in {@code region}. */
    public BigDecimal unitPrice(UsageType type, String detail, Region region) {
        BigDecimal usEast = switch (type) {
            case COMPUTE, CAPACITY_RESERVATION -> instanceHourly.apply(detail);
            case WINDOWS_COMPUTE -> instanceHourly.apply(detail).add(windowsLicence.apply(detail));
            case DEDICATED_INSTANCE -> instanceHourly.apply(detail).multiply(dedicatedFactor);
            case DEDICATED_HOST ->
                host(detail)
                        .orElseThrow(() -> new IllegalArgumentException("no Dedicated Host rate for " + detail))
                        .usdPerHour();
            case EBS_VOLUME -> storagePerGbMonth.getOrDefault(detail, storagePerGbMonth.get("gp2"));
            case EBS_SNAPSHOT -> snapshotPerGbMonth;
            case PUBLIC_IPV4 -> publicIpv4PerHour;
            case EBS_IOPS -> required(iopsPerMonth, detail, "iops");
            case EBS_THROUGHPUT -> required(throughputPerMonth, detail, "throughput");
            case DETAILED_MONITORING -> metricPerMonth;
            case CPU_CREDITS -> required(cpuCreditPerVcpuHour, detail, "cpu-credits");
            case RESERVED_HOURLY, RESERVED_UPFRONT ->
                throw new IllegalArgumentException("a reservation's fees are priced by its offering");
            case SAVINGS_PLAN_UNUSED, SAVINGS_PLAN_UPFRONT ->
                throw new IllegalArgumentException("a Savings Plan's fees are priced by its commitment");
            case SPOT -> throw new IllegalArgumentException("Spot usage is priced by SpotPrices");
        };
        // The IPv4 fee, CloudWatch's metric price and the surplus-credit rate are the same in every Region [I].
        return switch (type) {
            case PUBLIC_IPV4, DETAILED_MONITORING, CPU_CREDITS -> usEast;
            default -> usEast.multiply(regionFactor(region));
        };
    }

    /** How many metrics EC2's detailed monitoring sends to CloudWatch per instance (each billed as a metric). */
    public int detailedMonitoringMetrics() {
        return detailedMonitoringMetrics;
    }

    private static BigDecimal required(Map<String, BigDecimal> rates, String detail, String kind) {
        BigDecimal rate = rates.get(detail);
        if (rate == null) {
            throw new IllegalArgumentException("prices.tsv: no " + kind + " rate for " + detail);
        }
        return rate;
    }

    /** The factor of {@code region}'s compute and storage rates on us-east-1's. */
    public BigDecimal regionFactor(Region region) {
        return regionFactors.get(region);
    }

    /** The On-Demand hourly rate of {@code instanceType} in {@code region}. */
    public BigDecimal onDemandHourly(String instanceType, Region region) {
        return unitPrice(UsageType.COMPUTE, instanceType, region);
    }

    /** A Dedicated Host family's us-east-1 rate and how many vCPUs of instances one host holds. */
    public record HostRate(String family, BigDecimal usdPerHour, int vcpus) {}

    /** The Dedicated Host rate of an instance family, if hosts of that family are simulated. */
    public Optional<HostRate> host(String family) {
        return Optional.ofNullable(hostRates.get(family));
    }

    /** The families Dedicated Hosts are simulated for, sorted. */
    public List<String> hostFamilies() {
        return hostRates.keySet().stream().sorted().toList();
    }

    /** The effective discount of a Reserved Instance on the On-Demand rate, e.g. 0.37 for 37%. */
    public BigDecimal reservedDiscount(OfferingClass offeringClass, int years, PaymentOption payment) {
        BigDecimal d = reservedDiscounts.get(offeringClass.awsName() + "/" + years + "/" + payment.awsName());
        if (d == null) {
            throw new IllegalStateException(
                    "prices.tsv: no RI discount for " + offeringClass + " " + years + "y " + payment);
        }
        return d;
    }

    private void load() {
        for (String[] c : DataFiles.rows(PriceList.class, "prices.tsv")) {
            BigDecimal value = new BigDecimal(c[2]);
            switch (c[0]) {
                case "storage" -> storagePerGbMonth.put(c[1], value);
                case "snapshot" -> snapshotPerGbMonth = value;
                case "address" -> publicIpv4PerHour = value;
                case "iops" -> iopsPerMonth.put(c[1], value);
                case "throughput" -> throughputPerMonth.put(c[1], value);
                case "cpu-credits" -> cpuCreditPerVcpuHour.put(c[1], value);
                case "monitoring" -> {
                    if (c[1].equals("metric")) {
                        metricPerMonth = value;
                    } else {
                        detailedMonitoringMetrics = value.intValueExact();
                    }
                }
                case "ri" -> reservedDiscounts.put(c[1], value);
                case "host" -> hostRates.put(c[1], new HostRate(c[1], value, Integer.parseInt(c[3])));
                case "dedicated" -> dedicatedFactor = value;
                case "windows" -> {
                    if (c[1].startsWith("burstable")) {
                        windowsBurstablePerVcpuHour = value;
                    } else {
                        windowsPerVcpuHour = value;
                    }
                }
                case "region" -> regionFactors.put(Region.fromId(c[1]).orElseThrow(), value);
                default -> throw new IllegalStateException("prices.tsv: unknown kind " + c[0]);
            }
        }
        for (Region r : Region.values()) {
            if (!regionFactors.containsKey(r)) {
                throw new IllegalStateException("prices.tsv: no factor for " + r.id());
            }
        }
    }
}
