package org.ec2tutor.cloud.ec2;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * The filters one kind of resource accepts and how each reads the resource. Filters combine with AND, values of one
 * filter with OR; values may use {@code *} and {@code ?} wildcards as in AWS. An unknown filter name is refused with
 * AWS's {@code InvalidParameterValue} "The filter 'x' is invalid".
 */
public final class FilterSet<T> {

    private final Map<String, Function<T, Collection<String>>> byName = new LinkedHashMap<>();
    private final Optional<Function<T, Tags>> tags;

    private FilterSet(Optional<Function<T, Tags>> tags) {
        this.tags = tags;
    }

    public static <T> FilterSet<T> withTags(Function<T, Tags> tags) {
        return new FilterSet<>(Optional.of(tags));
    }

    public static <T> FilterSet<T> withoutTags() {
        return new FilterSet<>(Optional.empty());
    }

    public FilterSet<T> add(String name, Function<T, Collection<String>> values) {
        byName.put(name, values);
        return this;
    }

    public FilterSet<T> addOne(String name, Function<T, String> value) {
        byName.put(name, t -> {
            String v = value.apply(t);
            return v == null ? List.of() : List.of(v);
        });
        return this;
    }

    /** Refuses unknown filter names before anything is read. */
    public void validate(List<Filter> filters) {
        for (Filter f : filters) {
            boolean tagFilter = tags.isPresent()
                    && (f.name().startsWith("tag:")
                            || f.name().equals("tag-key")
                            || f.name().equals("tag-value"));
            if (!tagFilter && !byName.containsKey(f.name())) {
                throw Ec2Errors.invalidFilter(f.name());
            }
        }
    }

    public boolean matches(T resource, List<Filter> filters) {
        for (Filter f : filters) {
            if (!matches(resource, f)) {
                return false;
            }
        }
        return true;
    }

    private boolean matches(T resource, Filter f) {
        Collection<String> actual;
        if (tags.isPresent() && f.name().startsWith("tag:")) {
            actual = tags.get()
                    .apply(resource)
                    .get(f.name().substring(4))
                    .map(List::of)
                    .orElse(List.of());
        } else if (tags.isPresent() && f.name().equals("tag-key")) {
            actual = tags.get().apply(resource).asMap().keySet();
        } else if (tags.isPresent() && f.name().equals("tag-value")) {
            actual = tags.get().apply(resource).asMap().values();
        } else {
            actual = byName.get(f.name()).apply(resource);
        }
        for (String wanted : f.values()) {
            for (String value : actual) {
                if (wildcardMatches(wanted, value)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean wildcardMatches(String pattern, String value) {
        if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0) {
            return pattern.equals(value);
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(value).matches();
    }
}
