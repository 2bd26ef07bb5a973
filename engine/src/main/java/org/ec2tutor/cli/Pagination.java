package org.ec2tutor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The CLI's pagination options on paginated operations: {@code --max-items} cuts the result list and prints a
 * {@code NextToken} to resume from, {@code --starting-token} resumes, {@code --page-size} is how many items each
 * service call asks for (the operation's limit key, while the CLI still pages through them all). The result list is
 * the response's first list member (the paginator's result key for the EC2 operations simulated here).
 */
record Pagination(Integer maxItems, Integer startingOffset, String serviceToken, Integer pageSize, List<String> given) {

    static final Pagination NONE = new Pagination(null, null, null, null, List.of());
    static final Set<String> OPTIONS = Set.of("max-items", "starting-token", "page-size");

    Pagination with(String option, String value) {
        List<String> options = new ArrayList<>(given);
        options.add(option);
        return switch (option) {
            case "max-items" ->
                new Pagination(parseInt(option, value), startingOffset, serviceToken, pageSize, options);
            case "starting-token" -> startingToken(value, options);
            default -> new Pagination(maxItems, startingOffset, serviceToken, parseInt(option, value), options);
        };
    }

    /** awscli/customizations/paginate.py: --no-paginate refuses the pagination options, in its order. */
    void checkNoPaginate(boolean noPaginate) {
        if (!noPaginate) {
            return;
        }
        List<String> used = Stream.of("starting-token", "page-size", "max-items")
                .filter(given::contains)
                .map(o -> "--" + o)
                .toList();
        if (!used.isEmpty()) {
            throw CliException.parameter(
                    "\nCannot specify --no-paginate along with pagination arguments: " + String.join(", ", used));
        }
    }

    /** True when --max-items cut the list, so the output carries a token to resume from. */
    boolean truncates() {
        return maxItems != null;
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
            // argparse's int() takes any size; more items than an int holds is "all of them".
            BigInteger n = new BigInteger(value.strip());
            return n.bitLength() > 31 ? (n.signum() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE) : n.intValue();
        } catch (NumberFormatException e) {
            throw CliException.usage("argument --" + option + ": invalid int value: '" + value + "'");
        }
    }

    /** botocore's token: base64 of {"NextToken": the service's token or null, "boto_truncate_amount": offset}. */
    private static String encode(int offset) {
        return Base64.getEncoder()
                .encodeToString(("{\"NextToken\": null, \"boto_truncate_amount\": " + offset + "}")
                        .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * botocore's TokenDecoder; a token that is not base64 JSON is read the old way, {@code TOKEN___OFFSET}, and its
     * first part is sent to the service as NextToken (which then judges it, as AWS does).
     */
    private Pagination startingToken(String token, List<String> options) {
        try {
            JsonNode json = new ObjectMapper().readTree(Base64.getDecoder().decode(token));
            if (json != null && json.isObject()) {
                String next = json.path("NextToken").isTextual()
                        ? json.get("NextToken").asText()
                        : null;
                int offset = json.path("boto_truncate_amount").asInt(0);
                return new Pagination(maxItems, offset, next, pageSize, options);
            }
        } catch (IllegalArgumentException | IOException e) {
            // not botocore's encoding: the legacy form below
        }
        String[] parts = token.split("___", -1);
        int offset = 0;
        if (parts.length > 1) {
            try {
                offset = Integer.parseInt(parts[parts.length - 1]);
            } catch (NumberFormatException e) {
                offset = 0;
            }
        }
        return new Pagination(maxItems, offset, parts[0].isEmpty() ? null : parts[0], pageSize, options);
    }
}
