package org.ec2tutor.cloud;

import java.util.List;
import java.util.Optional;

/**
 * The Regions the simulated cloud offers. Resources are regional: an instance, image or volume exists in exactly
 * one Region, as in AWS.
 */
public enum Region {
    US_EAST_1("us-east-1", "abcdef", 0),
    EU_WEST_1("eu-west-1", "abc", 1);

    private final String id;
    /** One letter per zone, in order. */
    private final String zoneSuffixes;

    private final int ordinalForAddresses;

    Region(String id, String zoneSuffixes, int ordinalForAddresses) {
        this.id = id;
        this.zoneSuffixes = zoneSuffixes;
        this.ordinalForAddresses = ordinalForAddresses;
    }

    /** The AWS name, e.g. {@code us-east-1}. */
    public String id() {
        return id;
    }

    /** Availability Zone names in order, e.g. {@code us-east-1a}. */
    public List<String> availabilityZones() {
        return zoneSuffixes.chars().mapToObj(c -> id + (char) c).toList();
    }

    /** The zone id AWS pairs with a zone name, e.g. {@code use1-az1}. */
    public String zoneId(String zoneName) {
        int index = availabilityZones().indexOf(zoneName);
        String prefix = this == US_EAST_1 ? "use1" : "euw1";
        return prefix + "-az" + (index + 1);
    }

    int ordinalForAddresses() {
        return ordinalForAddresses;
    }

    public static Optional<Region> fromId(String id) {
        for (Region r : values()) {
            if (r.id.equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
