package org.ec2tutor.cloud.billing;

/**
 * What a line of the bill is for, with the service and usage-type names Cost Explorer uses and the unit it is
 * priced in.
 */
public enum UsageType {
    /** On-Demand instance hours ({@code BoxUsage:t3.micro}); per second with a 60-second minimum per start. */
    COMPUTE("Amazon Elastic Compute Cloud - Compute", "BoxUsage", Unit.HOURS),
    /**
     * On-Demand hours of a Windows instance ({@code BoxUsage:t3.micro}, operation RunInstances:0002): the Linux rate
     * plus the licence, per second with a 60-second minimum. No Reserved Instance covers them (those simulated are
     * Linux/UNIX).
     */
    WINDOWS_COMPUTE("Amazon Elastic Compute Cloud - Compute", "BoxUsage", Unit.HOURS),
    /** Dedicated Instance hours ({@code DedicatedUsage:m5.large}): tenancy {@code dedicated}, per second. */
    DEDICATED_INSTANCE("Amazon Elastic Compute Cloud - Compute", "DedicatedUsage", Unit.HOURS),
    /** A Dedicated Host ({@code HostUsage:m5}), per second from allocation to release, whatever runs on it. */
    DEDICATED_HOST("Amazon Elastic Compute Cloud - Compute", "HostUsage", Unit.HOURS),
    /** Spot instance hours ({@code SpotUsage:t3.micro}) at the Spot price of each moment, per second. */
    SPOT("Amazon Elastic Compute Cloud - Compute", "SpotUsage", Unit.HOURS),
    /** Provisioned EBS storage ({@code EBS:VolumeUsage.gp3}), whether the instance runs or not. */
    EBS_VOLUME("EC2 - Other", "EBS:VolumeUsage", Unit.GB_MONTHS),
    /**
     * Provisioned IOPS of a volume beyond what its storage price includes ({@code EBS:VolumeP-IOPS.piops} for io1,
     * {@code .io2} and its {@code .tier2}/{@code .tier3} bands, {@code .gp3} above 3,000), per IOPS-month.
     */
    EBS_IOPS("EC2 - Other", "EBS:VolumeP-IOPS", Unit.IOPS_MONTHS),
    /** gp3 throughput above the included 125 MiB/s ({@code EBS:VolumeP-Throughput.gp3}), per MiB/s-month. */
    EBS_THROUGHPUT("EC2 - Other", "EBS:VolumeP-Throughput", Unit.MIBPS_MONTHS),
    /**
     * Detailed (one-minute) monitoring of a running instance: CloudWatch bills the metrics EC2 sends
     * ({@code CW:MetricMonitorUsage}) per metric-month, prorated by the hour.
     */
    DETAILED_MONITORING("AmazonCloudWatch", "CW:MetricMonitorUsage", Unit.METRIC_MONTHS),
    /**
     * Surplus CPU credits an {@code unlimited} burstable instance spent and did not pay down
     * ({@code CPUCredits:t3}), charged per vCPU-hour (60 credits) when they fall due.
     */
    CPU_CREDITS("Amazon Elastic Compute Cloud - Compute", "CPUCredits", Unit.VCPU_HOURS),
    /** EBS snapshot storage ({@code EBS:SnapshotUsage}). */
    EBS_SNAPSHOT("EC2 - Other", "EBS:SnapshotUsage", Unit.GB_MONTHS),
    /** A public IPv4 address held by an instance ({@code PublicIPv4:InUseAddress}), $0.005 an hour since 2024. */
    PUBLIC_IPV4("Amazon Virtual Private Cloud", "PublicIPv4:InUseAddress", Unit.HOURS),
    /** A Reserved Instance's hourly fee ({@code HeavyUsage:m5.large}), for every hour of the term, used or not. */
    RESERVED_HOURLY("Amazon Elastic Compute Cloud - Compute", "HeavyUsage", Unit.HOURS),
    /** An On-Demand Capacity Reservation ({@code Reservation:m5.large}), per reserved instance-hour, used or not. */
    CAPACITY_RESERVATION("Amazon Elastic Compute Cloud - Compute", "Reservation", Unit.HOURS),
    /** A Reserved Instance's upfront payment, charged once at purchase, per instance reserved. */
    RESERVED_UPFRONT("Amazon Elastic Compute Cloud - Compute", "Upfront", Unit.COUNT),
    /**
     * The hours of a Savings Plan's commitment no usage spent ({@code ComputeSP:1yrNoUpfront}), billed at the hourly
     * part of the commitment; the detail is the plan's usage type.
     */
    SAVINGS_PLAN_UNUSED("Savings Plans for AWS Compute usage", "", Unit.HOURS),
    /** A Savings Plan's upfront payment, charged once at purchase. */
    SAVINGS_PLAN_UPFRONT("Savings Plans for AWS Compute usage", "", Unit.COUNT);

    /** How usage is counted. */
    public enum Unit {
        HOURS("Hrs"),
        GB_MONTHS("GB-Mo"),
        IOPS_MONTHS("IOPS-Mo"),
        MIBPS_MONTHS("MiBps-Mo"),
        METRIC_MONTHS("Metrics"),
        VCPU_HOURS("vCPU-Hours"),
        COUNT("Count");

        private final String label;

        /** Whether usage in this unit is prorated over a (30-day) month rather than counted by the hour. */
        public boolean monthly() {
            return this == GB_MONTHS || this == IOPS_MONTHS || this == MIBPS_MONTHS || this == METRIC_MONTHS;
        }

        Unit(String label) {
            this.label = label;
        }

        /** Cost Explorer's unit name. */
        public String label() {
            return label;
        }
    }

    private final String service;
    private final String usageTypePrefix;
    private final Unit unit;

    UsageType(String service, String usageTypePrefix, Unit unit) {
        this.service = service;
        this.usageTypePrefix = usageTypePrefix;
        this.unit = unit;
    }

    public String service() {
        return service;
    }

    public Unit unit() {
        return unit;
    }

    /** Whether one resource can be billed in several bands of this type at once (io2's IOPS price bands). */
    public boolean banded() {
        return this == EBS_IOPS;
    }

    /** The usage type as Cost Explorer names it, e.g. {@code BoxUsage:t3.micro} or {@code EBS:VolumeUsage.gp3}. */
    public String usageTypeName(String detail) {
        return switch (this) {
            case COMPUTE,
                    WINDOWS_COMPUTE,
                    SPOT,
                    DEDICATED_INSTANCE,
                    DEDICATED_HOST,
                    RESERVED_HOURLY,
                    RESERVED_UPFRONT,
                    CAPACITY_RESERVATION,
                    CPU_CREDITS -> usageTypePrefix + ":" + detail;
            case EBS_VOLUME, EBS_IOPS, EBS_THROUGHPUT -> usageTypePrefix + "." + detail;
            case SAVINGS_PLAN_UNUSED, SAVINGS_PLAN_UPFRONT -> detail;
            default -> usageTypePrefix;
        };
    }
}
