package org.ec2tutor.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.ec2tutor.cli.CliResult;
import org.ec2tutor.cli.SdkJson;
import org.ec2tutor.render.Renderer;
import org.ec2tutor.render.TableView;

/**
 * {@code aws ec2 describe-*} output as an HTML table beside the CLI's JSON (notebooks show the table, terminals the
 * JSON): one row per item of the result list (instances flattened out of reservations); first the columns the EC2
 * console shows first for that kind of item, then the item's other scalar members; each row's whole record one click
 * away.
 */
final class DescribeTables {

    private static final int MAX_COLUMNS = 12;
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A column: its heading and where its value is in an item (dotted path; {@code Tag:K} is tag K's value). */
    private record Column(String heading, String path) {}

    /** What identifies each kind of item, in the EC2 console's order; a fact kept here only. */
    private static final Map<String, List<Column>> FIRST_COLUMNS = Map.of(
            "Instances",
            List.of(
                    new Column("Name", "Tag:Name"),
                    new Column("InstanceId", "InstanceId"),
                    new Column("State", "State.Name"),
                    new Column("InstanceType", "InstanceType"),
                    new Column("AvailabilityZone", "Placement.AvailabilityZone"),
                    new Column("PublicIpAddress", "PublicIpAddress"),
                    new Column("PrivateIpAddress", "PrivateIpAddress"),
                    new Column("ImageId", "ImageId"),
                    new Column("LaunchTime", "LaunchTime")),
            "Images",
            List.of(
                    new Column("Name", "Name"),
                    new Column("ImageId", "ImageId"),
                    new Column("State", "State"),
                    new Column("OwnerId", "OwnerId"),
                    new Column("Public", "Public"),
                    new Column("CreationDate", "CreationDate"),
                    new Column("Architecture", "Architecture")),
            "InstanceTypes",
            List.of(
                    new Column("InstanceType", "InstanceType"),
                    new Column("vCPUs", "VCpuInfo.DefaultVCpus"),
                    new Column("Memory (MiB)", "MemoryInfo.SizeInMiB"),
                    new Column("Architectures", "ProcessorInfo.SupportedArchitectures"),
                    new Column("CurrentGeneration", "CurrentGeneration")),
            "Volumes",
            List.of(
                    new Column("Name", "Tag:Name"),
                    new Column("VolumeId", "VolumeId"),
                    new Column("Size", "Size"),
                    new Column("VolumeType", "VolumeType"),
                    new Column("State", "State"),
                    new Column("AvailabilityZone", "AvailabilityZone"),
                    new Column("AttachedTo", "Attachments.InstanceId")),
            "Snapshots",
            List.of(
                    new Column("SnapshotId", "SnapshotId"),
                    new Column("VolumeId", "VolumeId"),
                    new Column("VolumeSize", "VolumeSize"),
                    new Column("State", "State"),
                    new Column("Progress", "Progress"),
                    new Column("StartTime", "StartTime")));

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
                                        t.rows(),
                                        "records",
                                        t.records()))));
    }

    static Optional<TableView> table(JsonNode response) {
        for (Map.Entry<String, JsonNode> e : response.properties()) {
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
            Map<String, Column> columns = new LinkedHashMap<>();
            for (Column c : FIRST_COLUMNS.getOrDefault(title, List.of())) {
                if (items.stream().anyMatch(i -> !value(i, c.path()).isEmpty())) {
                    columns.put(c.heading(), c);
                }
            }
            for (JsonNode item : items) {
                item.properties().forEach(f -> {
                    boolean shown =
                            columns.values().stream().anyMatch(c -> c.path().equals(f.getKey()));
                    if (!f.getValue().isContainerNode() && !shown && columns.size() < MAX_COLUMNS) {
                        columns.putIfAbsent(f.getKey(), new Column(f.getKey(), f.getKey()));
                    }
                });
            }
            List<List<String>> rows = new ArrayList<>();
            List<String> records = new ArrayList<>();
            for (JsonNode item : items) {
                rows.add(columns.values().stream()
                        .map(c -> value(item, c.path()))
                        .toList());
                records.add(pretty(item));
            }
            return Optional.of(new TableView(title, new ArrayList<>(columns.keySet()), rows, records));
        }
        return Optional.empty();
    }

    /** The value at {@code path}: members through objects, lists joined with commas, {@code Tag:K} a tag's value. */
    private static String value(JsonNode item, String path) {
        if (path.startsWith("Tag:")) {
            String key = path.substring("Tag:".length());
            return StreamSupport.stream(item.path("Tags").spliterator(), false)
                    .filter(t -> t.path("Key").asText().equals(key))
                    .map(t -> t.path("Value").asText())
                    .findFirst()
                    .orElse("");
        }
        List<JsonNode> nodes = List.of(item);
        for (String member : path.split("\\.", -1)) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode n : nodes) {
                JsonNode v = n.path(member);
                if (v.isArray()) {
                    v.forEach(next::add);
                } else if (!v.isMissingNode() && !v.isNull()) {
                    next.add(v);
                }
            }
            nodes = next;
        }
        return String.join(
                ", ",
                nodes.stream()
                        .filter(n -> !n.isContainerNode())
                        .map(JsonNode::asText)
                        .toList());
    }

    private static String pretty(JsonNode item) {
        try {
            return PRETTY.writeValueAsString(item);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return item.toString();
        }
    }
}
