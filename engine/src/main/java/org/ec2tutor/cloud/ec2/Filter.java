package org.ec2tutor.cloud.ec2;

import java.util.List;

/** One {@code Name=...,Values=...} filter of a Describe call. A resource matches if any value matches. */
public record Filter(String name, List<String> values) {

    public Filter {
        values = List.copyOf(values);
    }

    public static Filter of(String name, String... values) {
        return new Filter(name, List.of(values));
    }
}
