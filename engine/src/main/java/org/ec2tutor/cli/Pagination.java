package org.ec2tutor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The CLI's pagination options on paginated operations: {@code --max-items} cuts the result list and prints a
 * {@code NextToken} to resume from, {@code --starting-token} resumes, {@code --page-size} only changes how many items
 * each service call fetches, which the simulator answers in one call anyway. The result list is the response's first
 * list member (the paginator's result key for the EC2 operations simulated here).
 */
record Pagination(Integer maxItems, Integer startingOffset) {

    static final Pagination NONE = new Pagination(null, null);
    static final Set<String> OPTIONS = Set.of("max-items", "starting-token", "page-size");

    Pagination with(String option, String value) {
        return switch (option) {
            case "max-items" -> new Pagination(parseInt(option, value), startingOffset);
            case "starting-token" -> new Pagination(maxItems, decode(value));
            default -> {
                parseInt(option, value);
                yield this;
            }
        };
    }

    JsonNode apply(ObjectNode response) {
        if (maxItems == null && startingOffset == null) {
            return response;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = response.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            if (e.getValue().isArray()) {
                ArrayNode all = (ArrayNode) e.getValue();
                int from = startingOffset == null ? 0 : Math.min(startingOffset, all.size());
                int to = maxItems == null ? all.size() : Math.min(all.size(), from + maxItems);
                ArrayNode page = all.arrayNode();
                for (int i = from; i < to; i++) {
                    page.add(all.get(i));
                }
                ObjectNode out = response.deepCopy();
                out.set(e.getKey(), page);
                out.remove("NextToken");
                if (to < all.size()) {
                    out.put("NextToken", encode(to));
                }
                return out;
            }
        }
        return response;
    }

    private static int parseInt(String option, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw CliException.usage("argument --" + option + ": invalid int value: '" + value + "'");
        }
    }

    private static String encode(int offset) {
        return Base64.getEncoder()
                .encodeToString(("{\"boto_truncate_amount\": " + offset + "}").getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String token) {
        try {
            String json = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            return Integer.parseInt(json.replaceAll("[^0-9]", ""));
        } catch (IllegalArgumentException e) {
            throw CliException.parameter("\nBad starting token: " + token);
        }
    }
}
