package org.ec2tutor.grade;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ec2tutor.render.Renderer;

/**
 * The formats a grade report is written in, all from {@link GradeReport}: human text, our own versioned JSON,
 * Gradescope's {@code results.json}, and JUnit XML.
 */
public enum ReportFormat {
    TEXT,
    JSON,
    GRADESCOPE,
    JUNIT;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static Optional<ReportFormat> fromName(String name) {
        try {
            return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String write(GradeReport report) {
        return switch (this) {
            case TEXT -> Renderer.instance().render("grade/report.txt.ftl", Map.of("report", report));
            case JUNIT -> xmlChars(Renderer.instance().render("grade/junit.xml.ftlx", Map.of("report", report)));
            case JSON -> json(ownJson(report));
            case GRADESCOPE -> json(gradescope(report));
        };
    }

    /**
     * The template escapes markup, but XML 1.0 cannot hold most control characters at all, escaped or not (a
     * submission's file name may carry one): each becomes U+FFFD, so CI systems can still read the report.
     */
    static String xmlChars(String xml) {
        StringBuilder out = new StringBuilder(xml.length());
        xml.codePoints().forEach(c -> {
            boolean allowed = c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF);
            out.appendCodePoint(allowed ? c : 0xFFFD);
        });
        return out.toString();
    }

    private static String json(Object node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Our JSON: the model as it is, enums in lower case. */
    private static ObjectNode ownJson(GradeReport r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", r.format())
                .put("lesson", r.lesson())
                .put("lesson_version", r.lessonVersion())
                .put("seed", r.seed());
        ArrayNode subs = root.putArray("submissions");
        for (GradeReport.Submission s : r.submissions()) {
            ObjectNode o = subs.addObject();
            o.put("name", s.name())
                    .put("status", s.status().name().toLowerCase(Locale.ROOT))
                    .put("error", s.error())
                    .put("score", s.score())
                    .put("max_score", s.maxScore())
                    .put("execution_time", s.executionSeconds());
            ObjectNode cells = o.putObject("cells");
            cells.put("total", s.cells().total())
                    .put("run", s.cells().run())
                    .put("failed", s.cells().failed())
                    .put("timed_out", s.cells().timedOut())
                    .put("ended_by", s.cells().endedBy());
            ArrayNode notes = cells.putArray("notes");
            s.cells().notes().forEach(notes::add);
            ArrayNode steps = o.putArray("steps");
            for (GradeReport.Step st : s.steps()) {
                ObjectNode so = steps.addObject();
                so.put("number", st.number())
                        .put("id", st.id())
                        .put("title", st.title())
                        .put("points", st.points())
                        .put("score", st.score())
                        .put("status", st.status().name().toLowerCase(Locale.ROOT))
                        .put("feedback", st.feedback());
                ArrayNode checks = so.putArray("checks");
                for (GradeReport.Check c : st.checks()) {
                    checks.addObject()
                            .put("id", c.id())
                            .put("passed", c.passed())
                            .put("hidden", c.hidden())
                            .put("message", c.message());
                }
            }
        }
        return root;
    }

    /**
     * Gradescope's results.json: one test per step (the unit of points), the check lines as its output; a step made
     * only of hidden checks shows after publication. Several submissions give a JSON array of such objects.
     */
    private static Object gradescope(GradeReport r) {
        ArrayNode all = MAPPER.createArrayNode();
        for (GradeReport.Submission s : r.submissions()) {
            ObjectNode o = all.addObject();
            o.put("score", s.score())
                    .put("execution_time", s.executionSeconds())
                    .put("output_format", "md")
                    .put(
                            "output",
                            s.status() == GradeReport.Status.ERROR
                                    ? "This submission could not be graded: " + s.error()
                                    : "Lesson " + r.lesson() + ": " + s.score() + " of " + s.maxScore() + " points."
                                            + s.cells().notes().stream()
                                                    .map(n -> "\n- " + n)
                                                    .reduce("", String::concat));
            o.put("visibility", "visible").put("stdout_visibility", "hidden");
            ArrayNode tests = o.putArray("tests");
            for (GradeReport.Step st : s.steps()) {
                boolean allHidden =
                        !st.checks().isEmpty() && st.checks().stream().allMatch(GradeReport.Check::hidden);
                StringBuilder out = new StringBuilder(st.feedback());
                for (GradeReport.Check c : st.checks()) {
                    out.append("\n")
                            .append(c.passed() ? "✓ " : "✗ ")
                            .append(st.number())
                            .append('.')
                            .append(c.id())
                            .append(' ')
                            .append(c.message());
                }
                ObjectNode t = tests.addObject();
                t.put("name", "Step " + st.number() + ": " + st.title())
                        .put("number", String.valueOf(st.number()))
                        .put("score", st.score())
                        .put("max_score", st.points())
                        .put("status", st.status() == GradeReport.StepStatus.PASSED ? "passed" : "failed")
                        .put("output", out.toString())
                        .put("output_format", "md")
                        .put("visibility", allHidden ? "after_published" : "visible");
                t.putArray("tags").add(r.lesson()).add(st.id());
            }
            o.putObject("extra_data")
                    .put("lesson", r.lesson())
                    .put("lesson_version", r.lessonVersion())
                    .put("submission", s.name());
        }
        return all.size() == 1 ? all.get(0) : all;
    }
}
