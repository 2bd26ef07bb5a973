package org.ec2tutor.cloud.ec2;

import java.util.Optional;

/** An IPv4 CIDR block such as {@code 172.31.0.0/16}: its first address as a number and its prefix length. */
record Cidr(long base, int prefix) {

    static Optional<Cidr> tryParse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        String[] octets = parts[0].split("\\.", -1);
        if (octets.length != 4) {
            return Optional.empty();
        }
        try {
            long base = 0;
            for (String o : octets) {
                int v = Integer.parseInt(o);
                if (v < 0 || v > 255) {
                    return Optional.empty();
                }
                base = base * 256 + v;
            }
            int prefix = Integer.parseInt(parts[1]);
            if (prefix < 0 || prefix > 32) {
                return Optional.empty();
            }
            return Optional.of(new Cidr(base, prefix));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Cidr parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(text));
    }

    /** How many addresses: a long, since {@code 0.0.0.0/0} holds 2^32. */
    long size() {
        return 1L << (32 - prefix);
    }

    /** Whether the block starts on its own boundary ({@code 10.0.0.1/16} does not). */
    boolean aligned() {
        return base % size() == 0;
    }

    boolean contains(Cidr other) {
        return other.prefix >= prefix && other.base >= base && other.base + other.size() <= base + size();
    }

    boolean overlaps(Cidr other) {
        return base < other.base + other.size() && other.base < base + size();
    }

    boolean containsAddress(String ip) {
        return tryParse(ip + "/32").filter(this::contains).isPresent();
    }

    /** The address {@code offset} places after the first. */
    String address(int offset) {
        long v = base + offset;
        return (v >> 24 & 255) + "." + (v >> 16 & 255) + "." + (v >> 8 & 255) + "." + (v & 255);
    }
}
