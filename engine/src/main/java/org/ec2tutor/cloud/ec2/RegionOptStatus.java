package org.ec2tutor.cloud.ec2;

/**
 * A Region's opt-in status for one account, as the Account Management API names it (its {@code RegionOptStatus}
 * enum, botocore's account/2021-02-01 model).
 */
public enum RegionOptStatus {
    ENABLED,
    ENABLING,
    DISABLING,
    DISABLED,
    ENABLED_BY_DEFAULT;

    /** Whether the account can use the Region: EC2 answers in it. */
    public boolean usable() {
        return this == ENABLED || this == ENABLED_BY_DEFAULT;
    }

    /** Whether a change is under way (what AWS's quota of concurrent region-opt requests counts). */
    public boolean changing() {
        return this == ENABLING || this == DISABLING;
    }

    /** DescribeRegions' {@code OptInStatus} for the same state. */
    public String ec2OptInStatus() {
        if (this == ENABLED_BY_DEFAULT) {
            return "opt-in-not-required";
        }
        return this == ENABLED ? "opted-in" : "not-opted-in";
    }
}
