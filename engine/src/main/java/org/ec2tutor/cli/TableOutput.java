package org.ec2tutor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code --output table}: the AWS CLI's boxed tables. The response is walked into sections (a title, sorted scalar
 * headers, rows; nested values become indented sections), column widths are scaled to the widest section, and a
 * table wider than the terminal turns single-row sections vertical.
 */
final class TableOutput {

    /** One titled block of the table. */
    private static final class Section {
        String title = "";
        List<String> headers = new ArrayList<>();
        final List<List<String>> rows = new ArrayList<>();
        int indent;
        private List<Integer> maxWidths = new ArrayList<>();

        void addHeader(List<String> h) {
            updateWidths(h);
            headers = h;
        }

        void addRow(List<String> row) {
            rows.add(row);
            updateWidths(row);
        }

        private void updateWidths(List<String> row) {
            if (maxWidths.isEmpty()) {
                maxWidths = new ArrayList<>();
                row.forEach(el -> maxWidths.add(el.length()));
            } else {
                for (int i = 0; i < row.size() && i < maxWidths.size(); i++) {
                    maxWidths.set(i, Math.max(maxWidths.get(i), row.get(i).length()));
                }
            }
        }

        List<Integer> widths(int padding, Integer maxWidth) {
            List<Integer> unscaled = new ArrayList<>();
            maxWidths.forEach(w -> unscaled.add(w + padding));
            if (maxWidth == null || unscaled.isEmpty()) {
                return unscaled;
            }
            double factor = maxWidth
                    / (double) unscaled.stream().mapToInt(Integer::intValue).sum();
            List<Integer> scaled = new ArrayList<>();
            // Python's round() rounds half to even, as Math.rint does.
            unscaled.forEach(w -> scaled.add((int) Math.rint(factor * w)));
            int offBy = scaled.stream().mapToInt(Integer::intValue).sum() - maxWidth;
            while (offBy != 0) {
                int n = scaled.size();
                for (int k = 0; k < n; k++) {
                    int i = offBy < 0 ? n - 1 - k : k;
                    if (offBy > 0) {
                        scaled.set(i, scaled.get(i) - 1);
                        offBy--;
                    } else {
                        scaled.set(i, scaled.get(i) + 1);
                        offBy++;
                    }
                    if (offBy == 0) {
                        break;
                    }
                }
            }
            return scaled;
        }

        int totalWidth() {
            int total = 0;
            for (int w : widths(0, null)) {
                total += w + 4;
            }
            total += 2 + indent * 2;
            return Math.max(title.length() + 2 + indent * 2, total);
        }
    }

    private final List<Section> sections = new ArrayList<>();
    private final int terminalWidth;
    private Section current;

    private TableOutput(int terminalWidth) {
        this.terminalWidth = terminalWidth;
    }

    static String write(String title, JsonNode response, int terminalWidth) {
        TableOutput t = new TableOutput(terminalWidth);
        if (!t.build(title, response, 0)) {
            return "";
        }
        return t.render();
    }

    private void newSection(String title, int indent) {
        current = new Section();
        current.title = title;
        current.indent = indent;
        sections.add(current);
    }

    private static boolean empty(JsonNode n) {
        return n == null
                || n.isNull()
                || (n.isContainerNode() && n.isEmpty())
                || (n.isTextual() && n.textValue().isEmpty())
                || (n.isBoolean() && !n.booleanValue())
                || (n.isNumber() && n.doubleValue() == 0);
    }

    private boolean build(String title, JsonNode node, int indent) {
        if (empty(node)) {
            return false;
        }
        if (title != null) {
            newSection(title, indent);
        }
        if (node.isArray()) {
            if (node.get(0).isObject()) {
                subTableFromList(node, indent, title);
            } else {
                for (JsonNode item : node) {
                    if (!item.isContainerNode()) {
                        current.addRow(List.of(PythonText.str(item)));
                    } else if (allScalar(item)) {
                        List<String> row = new ArrayList<>();
                        item.forEach(el -> row.add(PythonText.str(el)));
                        current.addRow(row);
                    } else {
                        build(null, item, 0);
                    }
                }
            }
        }
        if (node.isObject()) {
            subTableFromDict(node, indent);
        }
        return true;
    }

    private static boolean allScalar(JsonNode container) {
        for (JsonNode el : container) {
            if (el.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    private void subTableFromDict(JsonNode dict, int indent) {
        List<String> headers = new ArrayList<>();
        List<String> more = new ArrayList<>();
        group(dict, headers, more);
        if (headers.size() == 1) {
            current.addRow(List.of(headers.get(0), PythonText.str(dict.get(headers.get(0)))));
        } else if (!headers.isEmpty()) {
            current.addHeader(headers);
            List<String> row = new ArrayList<>();
            headers.forEach(h -> row.add(PythonText.str(dict.get(h))));
            current.addRow(row);
        }
        for (String key : more) {
            build(key, dict.get(key), indent + 1);
        }
    }

    private void subTableFromList(JsonNode list, int indent, String title) {
        TreeSet<String> headerSet = new TreeSet<>();
        TreeSet<String> moreSet = new TreeSet<>();
        for (JsonNode item : list) {
            List<String> h = new ArrayList<>();
            List<String> m = new ArrayList<>();
            group(item, h, m);
            headerSet.addAll(h);
            moreSet.addAll(m);
        }
        List<String> headers = new ArrayList<>(headerSet);
        List<String> more = new ArrayList<>(moreSet);
        current.addHeader(headers);
        boolean first = true;
        for (JsonNode element : list) {
            if (!first && !more.isEmpty()) {
                newSection(title, indent);
                current.addHeader(headers);
            }
            first = false;
            List<String> row = new ArrayList<>();
            headers.forEach(h -> row.add(element.has(h) ? PythonText.str(element.get(h)) : ""));
            current.addRow(row);
            for (String key : more) {
                if (element.has(key)) {
                    build(key, element.get(key), indent + 1);
                }
            }
        }
    }

    private static void group(JsonNode dict, List<String> headers, List<String> more) {
        dict.fieldNames().forEachRemaining(k -> (dict.get(k).isContainerNode() ? more : headers).add(k));
        headers.sort(null);
        more.sort(null);
    }

    private String render() {
        int maxWidth = maxWidth();
        if (maxWidth > terminalWidth) {
            toVertical();
            maxWidth = maxWidth();
        }
        StringBuilder out = new StringBuilder();
        out.append("-".repeat(maxWidth)).append('\n');
        for (Section s : sections) {
            renderSection(s, maxWidth, out);
        }
        return out.toString();
    }

    private int maxWidth() {
        return sections.stream().mapToInt(Section::totalWidth).max().orElse(0);
    }

    private void toVertical() {
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            if (s.rows.size() == 1 && !s.headers.isEmpty()) {
                Section v = new Section();
                v.title = s.title;
                v.indent = s.indent;
                for (int c = 0; c < s.headers.size(); c++) {
                    v.addRow(List.of(s.headers.get(c), s.rows.get(0).get(c)));
                }
                sections.set(i, v);
            }
        }
    }

    private void renderSection(Section s, int maxWidth, StringBuilder out) {
        String edges = "|".repeat(s.indent);
        int width = maxWidth - s.indent * 2;
        List<String> lines = new ArrayList<>();
        if (!s.title.isEmpty()) {
            lines.add(center(s.title, width, "|", "|"));
            if (s.headers.isEmpty() && s.rows.isEmpty()) {
                lines.add("+" + "-".repeat(width - 2) + "+");
            }
        }
        if (!s.headers.isEmpty()) {
            List<Integer> widths = s.widths(4, width);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.size(); i++) {
                line.append(center(s.headers.get(i), widths.get(i), i == 0 ? "|" : "", "|"));
            }
            lines.add(lineBreak(widths));
            lines.add(line.toString());
        }
        if (!s.rows.isEmpty()) {
            List<Integer> widths = s.widths(4, width);
            if (!widths.isEmpty()) {
                lines.add(lineBreak(widths));
                for (List<String> row : s.rows) {
                    StringBuilder line = new StringBuilder();
                    for (int i = 0; i < widths.size() && i < row.size(); i++) {
                        line.append(alignLeft(row.get(i), widths.get(i), i == 0 ? "|" : "", "|"));
                    }
                    lines.add(line.toString());
                }
                lines.add(lineBreak(widths));
            }
        }
        for (String l : lines) {
            out.append(edges).append(l).append(edges).append('\n');
        }
    }

    private static String lineBreak(List<Integer> widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < widths.size(); i++) {
            b.append(i == 0 ? "+" + "-".repeat(widths.get(i) - 2) + "+" : "-".repeat(widths.get(i) - 1) + "+");
        }
        return b.toString();
    }

    private static String center(String text, int length, String left, String right) {
        int start = (length / 2) - (text.length() / 2) - 1;
        String head = left + " ".repeat(Math.max(0, start)) + text;
        int soFar = left.length() + start + text.length();
        return head + " ".repeat(Math.max(0, length - right.length() - soFar)) + right;
    }

    private static String alignLeft(String text, int length, String left, String right) {
        int padding = length - (text.length() + 2 + left.length() + right.length()) >= 0 ? 2 : 0;
        int soFar = left.length() + padding + text.length();
        return left + " ".repeat(padding) + text + " ".repeat(Math.max(0, length - soFar - right.length())) + right;
    }
}
