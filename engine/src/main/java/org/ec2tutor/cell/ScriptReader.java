package org.ec2tutor.cell;

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
 * The inputs of a script or notebook: a {@code .ipynb}'s code cells, each as the learner typed it (the session cuts
 * it into cells when it runs), or a script's cells as {@link CellSplitter} cuts them.
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
            throw new ScriptException(file + " is not a notebook: "
                    + e.getMessage().lines().findFirst().orElse(""));
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

    /** A script's cells, as {@link CellSplitter} cuts them. */
    public static List<String> scriptCells(String text) {
        return CellSplitter.split(text).stream().map(Cell::text).toList();
    }
}
