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
        COUNT("Count");

        private final String label;

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
                    CAPACITY_RESERVATION -> usageTypePrefix + ":" + detail;
            case EBS_VOLUME -> usageTypePrefix + "." + detail;
            case SAVINGS_PLAN_UNUSED, SAVINGS_PLAN_UPFRONT -> detail;
            default -> usageTypePrefix;
        };
    }
}
