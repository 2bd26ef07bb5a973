package org.ec2tutor.cloud;

import java.util.List;
import java.util.Optional;

/**
 * Every commercial Region of the aws partition (the CLI's endpoint list, 2026). Resources are regional: an instance,
 * image or volume exists in exactly one Region, as in AWS. The 17 Regions launched before 2019-03-20 are enabled in
 * every account; the others are opt-in (AWS Account Management guide, "Specify which AWS Regions your account can
 * use"). Zone letters follow AWS's Availability Zone pages where they say (us-east-1 has six, us-west-2 four); other
 * Regions have three here.
 */
public enum Region {
    US_EAST_1("us-east-1", "abcdef", 0, false),
    EU_WEST_1("eu-west-1", "abc", 1, false),
    US_EAST_2("us-east-2", "abc", 2, false),
    US_WEST_1("us-west-1", "abc", 3, false),
    US_WEST_2("us-west-2", "abcd", 4, false),
    CA_CENTRAL_1("ca-central-1", "abd", 5, false),
    SA_EAST_1("sa-east-1", "abc", 6, false),
    EU_WEST_2("eu-west-2", "abc", 7, false),
    EU_WEST_3("eu-west-3", "abc", 8, false),
    EU_CENTRAL_1("eu-central-1", "abc", 9, false),
    EU_NORTH_1("eu-north-1", "abc", 10, false),
    AP_SOUTH_1("ap-south-1", "abc", 11, false),
    AP_NORTHEAST_1("ap-northeast-1", "acd", 12, false),
    AP_NORTHEAST_2("ap-northeast-2", "abcd", 13, false),
    AP_NORTHEAST_3("ap-northeast-3", "abc", 14, false),
    AP_SOUTHEAST_1("ap-southeast-1", "abc", 15, false),
    AP_SOUTHEAST_2("ap-southeast-2", "abc", 16, false),
    AF_SOUTH_1("af-south-1", "abc", 17, true),
    AP_EAST_1("ap-east-1", "abc", 18, true),
    AP_EAST_2("ap-east-2", "abc", 19, true),
    AP_SOUTH_2("ap-south-2", "abc", 20, true),
    AP_SOUTHEAST_3("ap-southeast-3", "abc", 21, true),
    AP_SOUTHEAST_4("ap-southeast-4", "abc", 22, true),
    AP_SOUTHEAST_5("ap-southeast-5", "abc", 23, true),
    AP_SOUTHEAST_6("ap-southeast-6", "abc", 24, true),
    AP_SOUTHEAST_7("ap-southeast-7", "abc", 25, true),
    CA_WEST_1("ca-west-1", "abc", 26, true),
    EU_CENTRAL_2("eu-central-2", "abc", 27, true),
    EU_SOUTH_1("eu-south-1", "abc", 28, true),
    EU_SOUTH_2("eu-south-2", "abc", 29, true),
    IL_CENTRAL_1("il-central-1", "abc", 30, true),
    ME_CENTRAL_1("me-central-1", "abc", 31, true),
    ME_SOUTH_1("me-south-1", "abc", 32, true),
    MX_CENTRAL_1("mx-central-1", "abc", 33, true);

    private final String id;
    /** One letter per zone, in order. */
    private final String zoneSuffixes;

    private final int ordinalForAddresses;
    private final boolean optIn;

    Region(String id, String zoneSuffixes, int ordinalForAddresses, boolean optIn) {
        this.id = id;
        this.zoneSuffixes = zoneSuffixes;
        this.ordinalForAddresses = ordinalForAddresses;
        this.optIn = optIn;
    }

    /** The AWS name, e.g. {@code us-east-1}. */
    public String id() {
        return id;
    }

    /** Whether an account must enable the Region before using it (Regions launched after 2019-03-20). */
    public boolean optIn() {
        return optIn;
    }

    /** Availability Zone names in order, e.g. {@code us-east-1a}. */
    public List<String> availabilityZones() {
        return zoneSuffixes.chars().mapToObj(c -> id + (char) c).toList();
    }

    /**
     * The zone id AWS pairs with a zone name, e.g. {@code use1-az1}: the geography, the first letter of each direction
     * word, the number; then the zone's place. (AWS maps letters to ids per account in its oldest Regions; here the
     * mapping is the same for every account, as for accounts created since November 2025.)
     */
    public String zoneId(String zoneName) {
        int index = availabilityZones().indexOf(zoneName);
        return zoneIdPrefix() + "-az" + (index + 1);
    }

    private String zoneIdPrefix() {
        int first = id.indexOf('-');
        int last = id.lastIndexOf('-');
        StringBuilder b = new StringBuilder(id.substring(0, first));
        String direction = id.substring(first + 1, last);
        for (String word : List.of("north", "south", "east", "west", "central")) {
            if (direction.startsWith(word)) {
                b.append(word.charAt(0));
                String rest = direction.substring(word.length());
                if (!rest.isEmpty()) {
                    b.append(rest.charAt(0));
                }
                break;
            }
        }
        return b.append(id.substring(last + 1)).toString();
    }

    /** A number of its own per Region, for the address block it hands out. */
    public int ordinalForAddresses() {
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
