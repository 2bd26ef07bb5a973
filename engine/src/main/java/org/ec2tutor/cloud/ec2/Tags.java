package org.ec2tutor.cloud.ec2;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The user tags of one resource, in the order they were first set. */
public final class Tags {

    private final Map<String, String> tags = new LinkedHashMap<>();

    public void put(String key, String value) {
        tags.put(key, value == null ? "" : value);
    }

    /** Removes {@code key}; when {@code value} is given, only if the tag has that value (DeleteTags rules). */
    public void remove(String key, Optional<String> value) {
        if (value.isEmpty() || value.get().equals(tags.get(key))) {
            tags.remove(key);
        }
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(tags.get(key));
    }

    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(tags);
    }

    public boolean isEmpty() {
        return tags.isEmpty();
    }

    public void clear() {
        tags.clear();
    }
}
