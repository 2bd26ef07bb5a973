package org.ec2tutor.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The variables of shell-style lines ({@code ID=$(aws ...)}, {@code echo $ID}), shared with Java cells as
 * {@code vars}. Insertion-ordered; thread-safe.
 */
public final class ShellVariables {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Map<String, String> values = Collections.synchronizedMap(new LinkedHashMap<>());

    /** {@code $?}: the exit status of the last command, as bash keeps it. */
    private volatile int status;

    public static boolean isValidName(String name) {
        return NAME.matcher(name).matches();
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The value, or the empty string for an unset variable, as a shell expands it. */
    public String expand(String name) {
        return values.getOrDefault(name, "");
    }

    public int status() {
        return status;
    }

    public void setStatus(int status) {
        this.status = status;
    }

    public void set(String name, String value) {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("not a valid variable name: " + name);
        }
        values.put(name, value);
    }

    public void unset(String name) {
        values.remove(name);
    }

    /** A copy, in the order the variables were first set. */
    public Map<String, String> asMap() {
        synchronized (values) {
            return new LinkedHashMap<>(values);
        }
    }

    public void clear() {
        values.clear();
    }
}
