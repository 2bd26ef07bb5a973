package org.ec2tutor.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ec2tutor.lesson.LessonException;
import org.ec2tutor.lesson.LessonFacts;
import org.ec2tutor.lesson.LessonLibrary;
import org.ec2tutor.lesson.LessonPreview;
import org.ec2tutor.lesson.LessonSnapshot;
import org.ec2tutor.lesson.LessonSource;

/**
 * {@code ec2-tutor lesson export ID [--with-solutions] --out FILE.ipynb}: a lesson as a notebook for the ec2-tutor
 * kernel. It starts the lesson, then per step a Markdown cell with the instruction, a code cell for the learner and a
 * {@code %check N} cell, which fails (an error output) until the step is done, so {@code nbconvert --execute} and
 * nbgrader see an unfinished step as a failed cell. A step whose text names the learner's own instance or image before
 * it exists gets a {@code %lesson} cell too, which shows the step again, rendered when it runs, with the real ids.
 *
 * <p>With solutions, the code cells hold each step's solution as the tutor applies it to the lesson's own seed: the
 * cloud is deterministic, so the ids in them are the ones the notebook meets when it runs. A solution cell that shows
 * a refusal on purpose carries the {@code raises-exception} tag, so unattended runs go on past it.
 */
public final class LessonNotebook {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Under a step whose text names the learner's resources before they exist. */
    static final String OWN_IDS = "Where this says your instance or your image, it means the one you made: run the"
            + " next cell (%lesson) to see this step with its real id.";

    private LessonNotebook() {}

    /** One code cell and whether it is expected to fail. */
    private record Code(String source, boolean raises) {}

    /** The notebook as JSON text. */
    public static String export(String lessonId, boolean withSolutions, List<Path> lessonFolders) {
        LessonSource source = LessonLibrary.standard(lessonFolders)
                .find(lessonId)
                .orElseThrow(() -> new LessonException("No lesson " + lessonId + "; ec2-tutor lessons lists them."));
        LessonSnapshot preview = LessonPreview.of(source);
        List<String> texts = new ArrayList<>();
        List<List<Code>> solutions = new ArrayList<>();
        if (withSolutions) {
            walkThrough(lessonId, lessonFolders, preview.steps().size(), texts, solutions);
        } else {
            preview.steps().forEach(s -> texts.add(s.text()));
        }
        ObjectNode nb = MAPPER.createObjectNode();
        ArrayNode cells = nb.putArray("cells");
        int[] ids = {0};
        markdown(
                cells,
                ids,
                "# " + preview.meta().title() + "\n\n" + preview.intro() + "\n\n"
                        + "Run the cells in order. Each step ends with a `%check` cell that fails until the step is done; "
                        + "`%hint` in any cell gives a hint, `%progress` shows where you are.");
        code(cells, ids, new Code("%lesson start " + lessonId, false));
        for (int i = 0; i < preview.steps().size(); i++) {
            LessonSnapshot.Step step = preview.step(i);
            // Without solutions the text was rendered before the learner made anything, so it says "your instance"
            // where the id goes: a %lesson cell shows the step again, rendered when run, with the real ids.
            boolean ownIds = !withSolutions && LessonFacts.mentionsUnknownIds(texts.get(i));
            markdown(
                    cells,
                    ids,
                    "## Step " + (i + 1) + ": " + step.title() + "\n\n" + texts.get(i)
                            + (ownIds ? "\n\n*" + OWN_IDS + "*" : ""));
            if (ownIds) {
                code(cells, ids, new Code("%lesson", false));
            }
            if (withSolutions) {
                for (Code c : solutions.get(i)) {
                    code(cells, ids, c);
                }
            } else {
                code(cells, ids, new Code("", false));
            }
            code(cells, ids, new Code("%check " + (i + 1), false));
        }
        ObjectNode meta = nb.putObject("metadata");
        meta.putObject("kernelspec")
                .put("name", "ec2-tutor")
                .put("display_name", "EC2 Tutor (Java)")
                .put("language", "java");
        meta.putObject("language_info")
                .put("name", "java")
                .put("file_extension", ".jsh")
                .put("mimetype", "text/x-java");
        meta.putObject("ec2_tutor")
                .put("lesson", lessonId)
                .put("version", preview.meta().version())
                .put("with_solutions", withSolutions);
        nb.put("nbformat", 4).put("nbformat_minor", 5);
        try {
            return MAPPER.writeValueAsString(nb) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Takes the lesson with %solve on its own seed, noting each step's text and solution cells as rendered then. */
    private static void walkThrough(
            String lessonId, List<Path> folders, int steps, List<String> texts, List<List<Code>> solutions) {
        try (Session s = Session.start(SessionOptions.scripted(1).withoutJava().withLessonFolders(folders))) {
            CellResult started = s.execute("%lesson start " + lessonId);
            if (!started.succeeded()) {
                throw new LessonException("Lesson " + lessonId + " does not start: "
                        + started.asText().strip());
            }
            for (int i = 0; i < steps; i++) {
                LessonSnapshot now = s.lessonSnapshot().orElseThrow();
                LessonSnapshot.Step step = now.step(i);
                texts.add(step.text());
                List<Code> cells = new ArrayList<>();
                for (String cell : step.solutionCells()) {
                    cells.add(new Code(cell, !s.execute(cell).succeeded()));
                }
                solutions.add(cells);
                if (!s.lessonRun().orElseThrow().progress().status(i).done()) {
                    throw new LessonException("Lesson " + lessonId + ": the solution of step " + (i + 1)
                            + " does not pass it; the notebook would not run.");
                }
            }
        }
    }

    private static void markdown(ArrayNode cells, int[] ids, String text) {
        ObjectNode c = cells.addObject();
        c.put("cell_type", "markdown").put("id", "cell-" + ++ids[0]);
        c.putObject("metadata");
        source(c, text);
    }

    private static void code(ArrayNode cells, int[] ids, Code code) {
        ObjectNode c = cells.addObject();
        c.put("cell_type", "code").putNull("execution_count");
        c.put("id", "cell-" + ++ids[0]);
        ObjectNode meta = c.putObject("metadata");
        if (code.raises()) {
            meta.putArray("tags").add("raises-exception");
        }
        c.putArray("outputs");
        source(c, code.source());
    }

    private static void source(ObjectNode cell, String text) {
        ArrayNode lines = cell.putArray("source");
        String[] parts = text.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i < parts.length - 1) {
                lines.add(parts[i] + "\n");
            } else if (!parts[i].isEmpty()) {
                lines.add(parts[i]);
            }
        }
    }
}
