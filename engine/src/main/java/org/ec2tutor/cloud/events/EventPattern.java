package org.ec2tutor.cloud.events;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ec2tutor.cloud.error.EventsErrors;
import org.ec2tutor.cloud.json.Json;

/**
 * An EventBridge event pattern and its matching
 * (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html): every field the pattern
 * names must match (AND), a field matches when any value in its list matches (OR), a nested object matches the event's
 * nested object, and an event array matches when any element does. Values are exact strings, numbers, booleans and
 * {@code null}, or one operator: {@code prefix}, {@code suffix}, {@code equals-ignore-case}, {@code wildcard},
 * {@code anything-but}, {@code numeric}, {@code exists}, {@code cidr} (IPv4); {@code $or} takes a list of patterns.
 */
public final class EventPattern {

    private final Map<?, ?> pattern;

    private EventPattern(Map<?, ?> pattern) {
        this.pattern = pattern;
    }

    /** Parses and checks a pattern, or refuses it as EventBridge does ({@code InvalidEventPatternException}). */
    public static EventPattern parse(String text) {
        Object doc = Json.parse(text == null ? "" : text)
                .orElseThrow(() -> EventsErrors.invalidPattern("Filter is not valid JSON"));
        if (!(doc instanceof Map<?, ?> map)) {
            throw EventsErrors.invalidPattern("Filter is not an object");
        }
        check(map);
        return new EventPattern(map);
    }

    private static void check(Map<?, ?> map) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            Object v = e.getValue();
            if (key.equals("$or")) {
                if (!(v instanceof List<?> alternatives) || alternatives.size() < 2) {
                    throw EventsErrors.invalidPattern("Value of $or must be an array of at least two patterns");
                }
                for (Object alt : alternatives) {
                    if (!(alt instanceof Map<?, ?> m)) {
                        throw EventsErrors.invalidPattern("$or alternatives must be objects");
                    }
                    check(m);
                }
            } else if (v instanceof Map<?, ?> nested) {
                check(nested);
            } else if (v instanceof List<?> values) {
                values.forEach(x -> checkValue(key, x));
            } else {
                throw EventsErrors.invalidPattern("Match value must be String, number, true, false, or null");
            }
        }
    }

    private static void checkValue(String key, Object v) {
        if (!(v instanceof Map<?, ?> op)) {
            if (v instanceof List<?>) {
                throw EventsErrors.invalidPattern("Match value must be String, number, true, false, or null");
            }
            return;
        }
        if (op.size() != 1) {
            throw EventsErrors.invalidPattern("Only one key allowed in match expression");
        }
        Map.Entry<?, ?> e = op.entrySet().iterator().next();
        String name = String.valueOf(e.getKey());
        Object arg = e.getValue();
        switch (name) {
            case "prefix", "suffix" -> {
                if (!(arg instanceof String)
                        && !(arg instanceof Map<?, ?> m && m.get("equals-ignore-case") instanceof String)) {
                    throw EventsErrors.invalidPattern(name + " match pattern must be a string");
                }
            }
            case "equals-ignore-case", "wildcard", "cidr" -> {
                if (!(arg instanceof String)) {
                    throw EventsErrors.invalidPattern(name + " match pattern must be a string");
                }
            }
            case "exists" -> {
                if (!(arg instanceof Boolean)) {
                    throw EventsErrors.invalidPattern("exists match pattern must be either true or false.");
                }
            }
            case "numeric" -> numericRange(arg);
            case "anything-but" -> {
                if (arg instanceof Map<?, ?> inner) {
                    checkValue(key, inner);
                } else if (arg instanceof List<?> l
                        && l.stream().anyMatch(x -> x instanceof Map || x instanceof List)) {
                    throw EventsErrors.invalidPattern("Inside anything but list, start|null|boolean is not supported.");
                }
            }
            default -> throw EventsErrors.invalidPattern("Unrecognized match type " + name);
        }
    }

    /** {@code [">", 0, "<=", 5]}: operator-number pairs, all of which must hold. */
    private static List<Object[]> numericRange(Object arg) {
        if (!(arg instanceof List<?> l) || l.isEmpty() || l.size() % 2 != 0) {
            throw EventsErrors.invalidPattern("Value of numeric must be an array.");
        }
        List<Object[]> pairs = new ArrayList<>();
        for (int i = 0; i < l.size(); i += 2) {
            Object op = l.get(i);
            Object n = l.get(i + 1);
            if (!(op instanceof String s) || !List.of("<", "<=", "=", ">", ">=").contains(s)) {
                throw EventsErrors.invalidPattern("Unrecognized numeric range operator: " + op);
            }
            if (!(n instanceof Number num)) {
                throw EventsErrors.invalidPattern("Value of " + op + " must be numeric");
            }
            BigDecimal d = new BigDecimal(num.toString());
            if (d.abs().compareTo(new BigDecimal("5.0e9")) > 0) {
                throw EventsErrors.invalidPattern("Value of " + op + " must be between -5.0E9 and 5.0E9");
            }
            pairs.add(new Object[] {s, d});
        }
        return pairs;
    }

    /** Whether the event (a parsed JSON object) matches. */
    public boolean matches(Map<?, ?> event) {
        return matches(pattern, event);
    }

    private static boolean matches(Map<?, ?> pattern, Object event) {
        if (event instanceof List<?> elements) {
            return elements.stream().anyMatch(x -> matches(pattern, x));
        }
        Map<?, ?> obj = event instanceof Map<?, ?> m ? m : Map.of();
        for (Map.Entry<?, ?> e : pattern.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (key.equals("$or")) {
                if (((List<?>) e.getValue()).stream().noneMatch(alt -> matches((Map<?, ?>) alt, obj))) {
                    return false;
                }
                continue;
            }
            boolean present = obj.containsKey(key);
            Object value = obj.get(key);
            if (e.getValue() instanceof Map<?, ?> nested) {
                if (!present || !matches(nested, value)) {
                    return false;
                }
            } else if (!leafMatches((List<?>) e.getValue(), present, value)) {
                return false;
            }
        }
        return true;
    }

    private static boolean leafMatches(List<?> matchers, boolean present, Object value) {
        for (Object m : matchers) {
            if (m instanceof Map<?, ?> op && op.containsKey("exists")) {
                if (Boolean.TRUE.equals(op.get("exists")) == (present && !(value instanceof Map))) {
                    return true;
                }
                continue;
            }
            if (!present) {
                continue;
            }
            List<?> values = value instanceof List<?> l ? l : java.util.Collections.singletonList(value);
            for (Object v : values) {
                if (one(m, v)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one matcher matches one scalar event value. */
    private static boolean one(Object matcher, Object v) {
        if (!(matcher instanceof Map<?, ?> op)) {
            return exact(matcher, v);
        }
        Map.Entry<?, ?> e = op.entrySet().iterator().next();
        Object arg = e.getValue();
        String s = v instanceof String str ? str : null;
        return switch (String.valueOf(e.getKey())) {
            case "prefix" -> s != null && affix(arg, s, true);
            case "suffix" -> s != null && affix(arg, s, false);
            case "equals-ignore-case" -> s != null && s.equalsIgnoreCase((String) arg);
            case "wildcard" -> s != null && wildcard((String) arg).matcher(s).matches();
            case "cidr" -> s != null && inCidr((String) arg, s);
            case "numeric" -> v instanceof Number n && numeric(numericRange(arg), new BigDecimal(n.toString()));
            case "anything-but" -> anythingBut(arg, v);
            default -> false;
        };
    }

    private static boolean anythingBut(Object arg, Object v) {
        if (v == null || v == Json.NULL) {
            return false;
        }
        if (arg instanceof Map<?, ?> inner) {
            return !one(inner, v);
        }
        List<?> excluded = arg instanceof List<?> l ? l : List.of(arg);
        return excluded.stream().noneMatch(x -> exact(x, v));
    }

    private static boolean exact(Object expected, Object v) {
        if (expected == null || expected == Json.NULL) {
            return v == null || v == Json.NULL;
        }
        if (expected instanceof Number a && v instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        return expected.equals(v);
    }

    private static boolean affix(Object arg, String s, boolean prefix) {
        if (arg instanceof Map<?, ?> m) {
            String x = ((String) m.get("equals-ignore-case")).toLowerCase(Locale.ROOT);
            String t = s.toLowerCase(Locale.ROOT);
            return prefix ? t.startsWith(x) : t.endsWith(x);
        }
        return prefix ? s.startsWith((String) arg) : s.endsWith((String) arg);
    }

    private static boolean numeric(List<Object[]> pairs, BigDecimal n) {
        for (Object[] p : pairs) {
            int c = n.compareTo((BigDecimal) p[1]);
            boolean ok = switch ((String) p[0]) {
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case "=" -> c == 0;
                case ">" -> c > 0;
                default -> c >= 0;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static Pattern wildcard(String w) {
        StringBuilder re = new StringBuilder();
        for (String part : w.split("\\*", -1)) {
            if (re.length() > 0) {
                re.append(".*");
            }
            re.append(Pattern.quote(part));
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    private static boolean inCidr(String cidr, String ip) {
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            return false;
        }
        Optional<Long> net = ipv4(cidr.substring(0, slash));
        Optional<Long> addr = ipv4(ip);
        int bits;
        try {
            bits = Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            return false;
        }
        if (net.isEmpty() || addr.isEmpty() || bits < 0 || bits > 32) {
            return false;
        }
        long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        return (net.get() & mask) == (addr.get() & mask);
    }

    private static Optional<Long> ipv4(String s) {
        String[] p = s.split("\\.", -1);
        if (p.length != 4) {
            return Optional.empty();
        }
        long v = 0;
        for (String x : p) {
            try {
                int o = Integer.parseInt(x);
                if (o < 0 || o > 255) {
                    return Optional.empty();
                }
                v = (v << 8) | o;
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(v);
    }
}
