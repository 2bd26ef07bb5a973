package org.ec2tutor.kernel;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The inputs a kernel process stored ({@code store_history}), numbered by execution count, for history requests.
 * The session number is always 1: one history per kernel process.
 */
final class KernelHistory {

    private record Entry(int line, String input) {}

    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(int line, String input) {
        entries.add(new Entry(line, input));
    }

    synchronized ArrayNode answer(ObjectNode request) {
        String type = request.path("hist_access_type").asText("tail");
        boolean output = request.path("output").asBoolean(false);
        List<Entry> chosen = new ArrayList<>();
        switch (type) {
            case "range" -> {
                int start = request.path("start").asInt(0);
                int stop = request.path("stop").asInt(Integer.MAX_VALUE);
                entries.stream()
                        .filter(e -> e.line() >= start && e.line() < stop)
                        .forEach(chosen::add);
            }
            case "search" -> {
                Pattern p = glob(request.path("pattern").asText("*"));
                List<Entry> matching = new ArrayList<>();
                LinkedHashSet<String> seen = new LinkedHashSet<>();
                for (int i = entries.size() - 1; i >= 0; i--) {
                    Entry e = entries.get(i);
                    if (p.matcher(e.input()).matches()
                            && (!request.path("unique").asBoolean(false) || seen.add(e.input()))) {
                        matching.add(0, e);
                    }
                }
                chosen.addAll(tail(matching, request.path("n").asInt(matching.size())));
            }
            default -> chosen.addAll(tail(entries, request.path("n").asInt(entries.size())));
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (Entry e : chosen) {
            ArrayNode triple = out.addArray().add(1).add(e.line());
            if (output) {
                triple.addArray().add(e.input()).add("");
            } else {
                triple.add(e.input());
            }
        }
        return out;
    }

    private static List<Entry> tail(List<Entry> list, int n) {
        return list.subList(Math.max(0, list.size() - Math.max(0, n)), list.size());
    }

    private static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            re.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }
}
