package org.ec2tutor.cloud.ec2;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One instance type of the catalog, with what DescribeInstanceTypes reports and its On-Demand price.
 *
 * @param instanceStore the instance-store disks, if the type has any
 * @param accelerators a description of GPUs or other accelerators, if any
 * @param onDemandUsdPerHour us-east-1 Linux On-Demand price (per host-hour for mac types)
 * @param unavailableZones Availability Zones that do not offer this type
 * @param network network limits, as DescribeInstanceTypes reports them
 */
public record InstanceType(
        String name,
        int vcpus,
        long memoryMib,
        List<Architecture> architectures,
        Optional<InstanceStorage> instanceStore,
        boolean burstable,
        boolean hibernationSupported,
        Optional<String> hypervisor,
        boolean bareMetal,
        Optional<String> accelerators,
        BigDecimal onDemandUsdPerHour,
        Set<String> unavailableZones,
        Network network) {

    /**
     * What DescribeInstanceTypes reports in {@code NetworkInfo}: the network performance label, how many network
     * interfaces the type takes and how many private IPv4 addresses each.
     */
    public record Network(String performance, int maxInterfaces, int ipv4PerInterface) {}

    /** Instance-store disks: {@code count} disks of {@code sizeGb} each. */
    public record InstanceStorage(int count, int sizeGb, String diskType) {
        public int totalSizeGb() {
            return count * sizeGb;
        }
    }

    public InstanceType {
        architectures = List.copyOf(architectures);
        unavailableZones = Set.copyOf(unavailableZones);
    }

    /** The family, e.g. {@code m5} for {@code m5.large}. */
    public String family() {
        return name.substring(0, name.indexOf('.'));
    }

    public String size() {
        return name.substring(name.indexOf('.') + 1);
    }

    public double memoryGib() {
        return memoryMib / 1024.0;
    }

    public boolean supports(Architecture architecture) {
        return architectures.contains(architecture);
    }

    /** What kind of workload the family is for. */
    public InstanceCategory category() {
        return InstanceCategory.ofFamily(family());
    }

    public boolean isMac() {
        return family().startsWith("mac");
    }

    /** Whether an instance of this type needs a Dedicated Host (mac) or takes ten minutes to boot (bare metal). */
    public boolean bootsSlowly() {
        return bareMetal;
    }

    /** The vCPU quota bucket AWS puts this type in (Standard, G and VT, P, Inf). */
    public VcpuBucket vcpuBucket() {
        String f = family();
        if (f.startsWith("inf")) {
            return VcpuBucket.INF;
        }
        if (f.startsWith("g")) {
            return VcpuBucket.G_AND_VT;
        }
        if (f.startsWith("p")) {
            return VcpuBucket.P;
        }
        return VcpuBucket.STANDARD;
    }

    /** The On-Demand vCPU quota buckets ("Running On-Demand ... instances"). */
    public enum VcpuBucket {
        STANDARD,
        G_AND_VT,
        P,
        INF
    }

    /** Whether the type runs on the Nitro System (EBS as NVMe, ENA required). */
    public boolean nitro() {
        return hypervisor.filter("nitro"::equals).isPresent() || bareMetal;
    }

    /** Graviton (arm64) types run one thread per core; x86 types two. */
    public int threadsPerCore() {
        return architectures.contains(Architecture.ARM64) || vcpus == 1 ? 1 : 2;
    }

    /**
     * {@code VCpuInfo.ValidCores}: the core counts CPU options may choose. [I] Approximated by a rule (every core
     * count up to the default for one-thread types; even counts from 2 otherwise, just the default at two cores or
     * fewer); t2, mac and bare metal report none.
     */
    public List<Integer> validCores() {
        if (family().equals("t2") || bareMetal) {
            return List.of();
        }
        int cores = vcpus / threadsPerCore();
        List<Integer> out = new ArrayList<>();
        if (threadsPerCore() == 1) {
            for (int c = 1; c <= cores; c++) {
                out.add(c);
            }
        } else if (cores <= 2) {
            out.add(cores);
        } else {
            for (int c = 2; c <= cores; c += 2) {
                out.add(c);
            }
        }
        return out;
    }
}
