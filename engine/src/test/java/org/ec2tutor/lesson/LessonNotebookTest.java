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
            if (c.get("cell_type").asText().equals("code")) {
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
}
