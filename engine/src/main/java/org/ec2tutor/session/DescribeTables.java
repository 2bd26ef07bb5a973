package org.ec2tutor.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ec2tutor.cli.CliResult;
import org.ec2tutor.cli.SdkJson;
import org.ec2tutor.render.Renderer;
import org.ec2tutor.render.TableView;

/**
 * {@code aws ec2 describe-*} output as an HTML table beside the CLI's JSON (notebooks show the table, terminals the
 * JSON): one row per item of the result list (instances flattened out of reservations), its scalar members as
 * columns, plus the state and Name tag where items have them.
 */
final class DescribeTables {

    private static final int MAX_COLUMNS = 12;

    private DescribeTables() {}

    /** The table of an EC2 {@code Describe*} response the CLI printed whole as JSON, beside that JSON. */
    static Optional<CellEvent.Display> of(CliResult result) {
        if (!(result.outcome() instanceof CliResult.Response r)
                || !r.plainJson()
                || !r.service().equals("ec2")
                || !r.operation().startsWith("Describe")) {
            return Optional.empty();
        }
        return table(SdkJson.toJson(r.response()))
                .map(t -> new CellEvent.Display(Renderer.instance()
                        .bundle(
                                "aws/describe",
                                Map.of(
                                        "text",
                                        result.stdout(),
                                        "title",
                                        t.title(),
                                        "columns",
                                        t.columns(),
                                        "rows",
                                        t.rows()))));
    }

    static Optional<TableView> table(JsonNode response) {
        var fields = response.properties().iterator();
        while (fields.hasNext()) {
            var e = fields.next();
            if (!e.getValue().isArray()) {
                continue;
            }
            List<JsonNode> items = new ArrayList<>();
            String title = e.getKey();
            for (JsonNode item : e.getValue()) {
                if (item.has("Instances") && item.get("Instances").isArray()) {
                    item.get("Instances").forEach(items::add);
                    title = "Instances";
                } else {
                    items.add(item);
                }
            }
            Set<String> columns = new LinkedHashSet<>();
            for (JsonNode item : items) {
                if (item.has("State") && item.get("State").isObject()) {
                    columns.add("State");
                }
                if (item.has("Tags")) {
                    columns.add("Name");
                }
                item.properties().forEach(f -> {
                    if (!f.getValue().isContainerNode() && columns.size() < MAX_COLUMNS) {
                        columns.add(f.getKey());
                    }
                });
            }
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode item : items) {
                List<String> row = new ArrayList<>();
                for (String c : columns) {
                    row.add(cell(item, c));
                }
                rows.add(row);
            }
            return Optional.of(new TableView(title, new ArrayList<>(columns), rows));
        }
        return Optional.empty();
    }

    private static String cell(JsonNode item, String column) {
        if (column.equals("State") && item.path("State").isObject()) {
            return item.path("State").path("Name").asText();
        }
        if (column.equals("Name") && item.path("Tags").isArray()) {
            for (JsonNode t : item.path("Tags")) {
                if (t.path("Key").asText().equals("Name")) {
                    return t.path("Value").asText();
                }
            }
            return "";
        }
        JsonNode v = item.get(column);
        return v == null || v.isNull() ? "" : v.asText();
    }
}
