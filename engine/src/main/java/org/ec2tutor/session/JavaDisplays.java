package org.ec2tutor.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ec2tutor.cli.PythonJson;
import org.ec2tutor.cli.SdkJson;
import org.ec2tutor.jshell.Displays;
import org.ec2tutor.render.Renderer;
import org.ec2tutor.render.TableView;
import software.amazon.awssdk.core.SdkPojo;

/**
 * What {@code display(x)} in a Java cell shows, as a MIME bundle: SDK model objects (a response, one item, a list of
 * items) as the same table an {@code aws} describe line shows, images as PNG, {@code html}/{@code markdown}/{@code
 * svg} text as that type, anything else as its {@code toString}. Every bundle has text/plain.
 */
final class JavaDisplays {

    private JavaDisplays() {}

    static Map<String, String> bundle(Object value) {
        if (value instanceof Displays.RichText rich) {
            Map<String, String> data = new LinkedHashMap<>();
            data.put(rich.mimeType(), rich.text());
            data.put("text/plain", rich.text());
            return data;
        }
        if (value instanceof java.awt.image.RenderedImage image) {
            return image(image);
        }
        Optional<JsonNode> model = model(value);
        if (model.isPresent()) {
            JsonNode json = model.get();
            String text = PythonJson.write(json) + "\n";
            Optional<TableView> table = DescribeTables.table(json);
            if (table.isPresent()) {
                TableView t = table.get();
                return Renderer.instance()
                        .bundle(
                                "aws/describe",
                                Map.of(
                                        "text", text,
                                        "title", t.title(),
                                        "columns", t.columns(),
                                        "rows", t.rows(),
                                        "records", t.records()));
            }
            return Map.of("text/plain", text, "application/json", json.toString());
        }
        return Map.of("text/plain", String.valueOf(value));
    }

    /**
     * The JSON of an SDK object as the CLI prints it: a response as it is; an item or a list of items under the plural
     * of the item's name ({@code Instance} under {@code Instances}), as a describe response lists them.
     */
    private static Optional<JsonNode> model(Object value) {
        if (value instanceof SdkPojo pojo) {
            ObjectNode json = SdkJson.toJson(pojo);
            boolean isResponse = value instanceof software.amazon.awssdk.core.SdkResponse;
            return Optional.of(isResponse ? json : listed(value.getClass(), List.of(json)));
        }
        if (value instanceof Collection<?> items
                && !items.isEmpty()
                && items.stream().allMatch(SdkPojo.class::isInstance)) {
            List<JsonNode> json = items.stream()
                    .map(i -> (JsonNode) SdkJson.toJson((SdkPojo) i))
                    .toList();
            return Optional.of(listed(items.iterator().next().getClass(), json));
        }
        return Optional.empty();
    }

    private static ObjectNode listed(Class<?> itemClass, List<JsonNode> items) {
        String name = itemClass.getSimpleName();
        String plural = name.endsWith("Info") ? name.substring(0, name.length() - "Info".length()) + "s" : name + "s";
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode list = out.putArray(plural);
        items.forEach(list::add);
        return out;
    }

    private static Map<String, String> image(java.awt.image.RenderedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", png);
        } catch (IOException e) {
            return Map.of("text/plain", "<an image that could not be written as PNG: " + e.getMessage() + ">");
        }
        return Map.of(
                "image/png",
                Base64.getEncoder().encodeToString(png.toByteArray()),
                "text/plain",
                "<image " + image.getWidth() + "x" + image.getHeight() + ">");
    }
}
