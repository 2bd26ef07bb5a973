package org.ec2tutor.agent;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code vars} in Java cells: a live map view of the session's shell variables, over the tutor wire. */
final class Vars extends AbstractMap<String, String> {

    private final SessionWire wire;

    Vars(SessionWire wire) {
        this.wire = wire;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        List<String> flat = wire.call("vars");
        Map<String, String> copy = new LinkedHashMap<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            copy.put(flat.get(i), flat.get(i + 1));
        }
        return copy.entrySet();
    }

    @Override
    public String get(Object key) {
        if (!(key instanceof String k)) {
            return null;
        }
        List<String> v = wire.call("vars.get", k);
        return v.isEmpty() ? null : v.get(0);
    }

    @Override
    public String put(String key, String value) {
        List<String> old = wire.call("vars.put", String.valueOf(key), String.valueOf(value));
        return old.isEmpty() ? null : old.get(0);
    }

    @Override
    public String remove(Object key) {
        if (!(key instanceof String k)) {
            return null;
        }
        List<String> old = wire.call("vars.remove", k);
        return old.isEmpty() ? null : old.get(0);
    }
}
