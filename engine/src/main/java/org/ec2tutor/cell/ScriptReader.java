package org.ec2tutor.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a script or notebook. In a {@code .ipynb}, each code cell is a cell. In a script, each complete input
 * is one: a magic line, shell-style lines (with their {@code \} continuations), or Java running until its braces and
 * parentheses close and its statement ends; blank lines separate cells.
 */
public final class ScriptReader {

    /** A script that cannot be read, with a message for the learner. */
    public static final class ScriptException extends Exception {
        private static final long serialVersionUID = 1L;

        ScriptException(String message) {
            super(message);
        }
    }

    private ScriptReader() {}

    public static List<String> cells(Path file) throws ScriptException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScriptException("No such file: " + file);
        } catch (IOException e) {
            throw new ScriptException("Cannot read " + file + ": " + e.getMessage());
        }
        return file.toString().endsWith(".ipynb") ? notebookCells(file, text) : scriptCells(text);
    }

    static List<String> notebookCells(Path file, String json) throws ScriptException {
        JsonNode nb;
        try {
            nb = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new ScriptException(file + " is not a notebook: " + e.getMessage().lines().findFirst().orElse(""));
        }
        JsonNode cells = nb.get("cells");
        if (cells == null || !cells.isArray()) {
            throw new ScriptException(file + " is not a notebook: it has no \"cells\" list");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode cell : cells) {
            if (!"code".equals(cell.path("cell_type").asText())) {
                continue;
            }
            JsonNode source = cell.get("source");
            String code;
            if (source == null) {
                code = "";
            } else if (source.isArray()) {
                StringBuilder b = new StringBuilder();
                source.forEach(line -> b.append(line.asText()));
                code = b.toString();
            } else {
                code = source.asText();
            }
            if (!code.isBlank()) {
                out.add(code);
            }
        }
        return out;
    }

    /** Splits a script into cells: single lines for magics and shell commands, balanced blocks for Java. */
    public static List<String> scriptCells(String text) {
        List<String> cells = new ArrayList<>();
        StringBuilder java = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String t = line.strip();
            if (java.length() == 0) {
                if (t.isEmpty()) {
                    continue;
                }
                if (t.startsWith("%") || t.startsWith("#") && !t.startsWith("#!")) {
                    if (t.startsWith("%")) {
                        cells.add(t);
                    }
                    continue;
                }
                if (org.ec2tutor.cli.AwsShell.looksLikeShell(line)) {
                    StringBuilder cmd = new StringBuilder(line);
                    while (line.endsWith("\\") && i + 1 < lines.length) {
                        line = lines[++i];
                        cmd.append('\n').append(line);
                    }
                    cells.add(cmd.toString());
                    continue;
                }
            }
            java.append(line).append('\n');
            if (balanced(java.toString()) && (t.endsWith(";") || t.endsWith("}") || i + 1 >= lines.length
                    || lines[i + 1].isBlank())) {
                cells.add(java.toString().stripTrailing());
                java.setLength(0);
            }
        }
        if (!java.toString().isBlank()) {
            cells.add(java.toString().stripTrailing());
        }
        return cells;
    }

    private static boolean balanced(String code) {
        int depth = 0;
        boolean inString = false;
        char quote = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    inString = false;
                }
            } else if (c == '"' || c == '\'') {
                inString = true;
                quote = c;
            } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '/') {
                while (i < code.length() && code.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
            }
        }
        return depth <= 0 && !inString;
    }
}
