package org.ec2tutor.cloud.ec2;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Tags to put on resources of one type when they are created ({@code TagSpecifications}). */
public record TagSpecification(String resourceType, Map<String, String> tags) {

    public TagSpecification {
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }
}
