package org.ec2tutor.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.ec2tutor.session.CellResult;
import org.ec2tutor.session.LessonNotebook;
import org.ec2tutor.session.Session;
import org.ec2tutor.session.SessionOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exported notebooks: markdown per step, a code cell, a %check cell; with solutions every %check passes when the
 * notebook's cells run in order (what nbconvert --execute does, tested against the real kernel in make test-jupyter).
 */
class LessonNotebookTest {

    static List<String> lessons() {
        return BuiltInLessons.ids();
    }

    private static String source(JsonNode cell) {
        StringBuilder b = new StringBuilder();
        cell.get("source").forEach(l -> b.append(l.asText()));
        return b.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void aNotebookWithSolutionsPassesEveryCheckWhenRunInOrder(String id) throws Exception {
        JsonNode nb = new ObjectMapper().readTree(LessonNotebook.export(id, true, List.of()));
        assertThat(nb.get("nbformat").asInt()).isEqualTo(4);
        assertThat(nb.at("/metadata/kernelspec/name").asText()).isEqualTo("ec2-tutor");
        int steps = LessonPreview.of(LessonLibrary.builtIn().find(id).orElseThrow())
                .steps()
                .size();
        List<String> checks = new ArrayList<>();
        try (Session s = Session.start(SessionOptions.scripted(1).withoutJava())) {
            for (JsonNode cell : nb.get("cells")) {
                if (!cell.get("cell_type").asText().equals("code")) {
                    continue;
                }
                String code = source(cell);
                CellResult r = s.execute(code);
                boolean expectedError = cell.at("/metadata/tags").toString().contains("raises-exception");
                assertThat(r.succeeded()).as(code).isEqualTo(!expectedError);
                if (code.startsWith("%check")) {
                    checks.add(code);
                }
            }
        }
        assertThat(checks).hasSize(steps);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void aNotebookWithoutSolutionsLeavesACellPerStepAndItsCheckFails(String id) throws Exception {
        JsonNode nb = new ObjectMapper().readTree(LessonNotebook.export(id, false, List.of()));
        List<String> codes = new ArrayList<>();
        nb.get("cells").forEach(c -> {
            // A %lesson cell shows a step again with the learner's ids (tested below); the rest is the layout.
            if (c.get("cell_type").asText().equals("code") && !source(c).equals("%lesson")) {
                codes.add(source(c));
            }
        });
        assertThat(codes.get(0)).isEqualTo("%lesson start " + id);
        assertThat(codes.get(1)).isEmpty();
        assertThat(codes.get(2)).isEqualTo("%check 1");
        assertThat(source(nb.get("cells").get(2))).startsWith("## Step 1: ");
        try (Session s = Session.start(SessionOptions.scripted(1).withoutJava())) {
            s.execute(codes.get(0));
            assertThat(s.execute(codes.get(2)).succeeded()).isFalse();
        }
    }

    /** Issue 20: the learner's own ids, unknown at export, show when the notebook runs (the %lesson cell). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void aStepThatNamesTheLearnersResourcesShowsTheirRealIdsWhenRun(String id) throws Exception {
        JsonNode nb = new ObjectMapper().readTree(LessonNotebook.export(id, false, List.of()));
        List<String> shown = new ArrayList<>();
        try (Session s = Session.start(SessionOptions.scripted(1).withoutJava())) {
            JsonNode cells = nb.get("cells");
            for (int i = 0; i < cells.size(); i++) {
                JsonNode cell = cells.get(i);
                String text = source(cell);
                if (cell.get("cell_type").asText().equals("markdown")) {
                    if (LessonFacts.mentionsUnknownIds(text)) {
                        assertThat(source(cells.get(i + 1)))
                                .as("the cell after: " + text)
                                .isEqualTo("%lesson");
                    }
                    continue;
                }
                // The learner's empty cell: the tutor does the step, as a learner would.
                CellResult r = s.execute(text.isEmpty() ? "%solve" : text);
                if (text.equals("%lesson")) {
                    shown.add(r.asText());
                }
            }
        }
        for (String step : shown) {
            assertThat(step).containsPattern("(i|ami)-[0-9a-f]{8,}");
        }
        if (id.equals("first-instance")) {
            assertThat(shown).isNotEmpty();
        }
    }
}
