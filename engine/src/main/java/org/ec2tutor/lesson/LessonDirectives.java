package org.ec2tutor.lesson;

import freemarker.core.Environment;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ec2tutor.cell.ScriptReader;

/**
 * The directives a lesson file is written with ({@code <@lesson>}, {@code <@setup>}, {@code <@step>},
 * {@code <@check>}, {@code <@hint>}, {@code <@why>}, {@code <@solution>}, {@code <@capture>}). One instance per
 * render: it collects what the template declares into a {@link LessonSnapshot}.
 */
final class LessonDirectives {

    private LessonSnapshot.Meta meta;
    private String intro = "";
    private final List<String> setup = new ArrayList<>();
    private final List<LessonSnapshot.Step> steps = new ArrayList<>();
    private StepBuilder current;

    /** The directives by the names templates call them. */
    Map<String, TemplateDirectiveModel> all() {
        Map<String, TemplateDirectiveModel> m = new HashMap<>();
        m.put("lesson", this::lesson);
        m.put("setup", this::setup);
        m.put("step", this::step);
        m.put("check", this::check);
        m.put("hint", this::hint);
        m.put("why", this::why);
        m.put("solution", this::solution);
        m.put("capture", this::capture);
        return m;
    }

    LessonSnapshot snapshot(String name) {
        if (meta == null) {
            throw new LessonException(name + ": the lesson has no <@lesson id=... title=...> directive.");
        }
        return new LessonSnapshot(meta, intro, setup, steps);
    }

    private static final class StepBuilder {
        final String id;
        final String title;
        final int points;
        final List<LessonSnapshot.Check> checks = new ArrayList<>();
        final List<String> hints = new ArrayList<>();
        String why = "";
        final List<String> solution = new ArrayList<>();
        final Map<String, String> captures = new LinkedHashMap<>();

        StepBuilder(String id, String title, int points) {
            this.id = id;
            this.title = title;
            this.points = points;
        }
    }

    private void lesson(Environment env, Map<?, ?> params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        allow("lesson", params, Set.of("id", "version", "title", "minutes", "seed"));
        if (meta != null) {
            throw new TemplateModelException("A lesson file has one <@lesson>.");
        }
        meta = new LessonSnapshot.Meta(
                string("lesson", params, "id", null),
                (int) number("lesson", params, "version", 1),
                string("lesson", params, "title", null),
                (int) number("lesson", params, "minutes", 15),
                number("lesson", params, "seed", 1));
        intro = render(body).strip();
    }

    private void setup(Environment env, Map<?, ?> params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        allow("setup", params, Set.of());
        setup.addAll(ScriptReader.scriptCells(render(body)));
    }

    private void step(Environment env, Map<?, ?> params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        allow("step", params, Set.of("id", "title", "points"));
        if (current != null) {
            throw new TemplateModelException("<@step> cannot be inside another <@step>.");
        }
        current = new StepBuilder(string("step", params, "id", null), string("step", params, "title", null), (int)
                number("step", params, "points", 1));
        try {
            String text = render(body).strip();
            if (current.checks.isEmpty()) {
                throw new TemplateModelException("Step " + current.id + " has no <@check>: it could never pass.");
            }
            steps.add(new LessonSnapshot.Step(
                    current.id,
                    current.title,
                    current.points,
                    text,
                    List.copyOf(current.checks),
                    List.copyOf(current.hints),
                    current.why,
                    List.copyOf(current.solution),
                    Map.copyOf(current.captures)));
        } finally {
            current = null;
        }
    }

    private void check(Environment env, Map<?, ?> params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException {
        allow("check", params, Set.of("id", "pass", "message", "hidden"));
        StepBuilder step = inStep("check");
        TemplateModel pass = (TemplateModel) params.get("pass");
        if (!(pass instanceof TemplateBooleanModel b)) {
            throw new TemplateModelException("<@check pass=...> must be a boolean expression.");
        }
        String id = string("check", params, "id", String.valueOf(step.checks.size() + 1));
        step.checks.add(new LessonSnapshot.Check(
                id,
                b.getAsBoolean(),
                string("check", params, "message", null),
                params.containsKey("hidden") && ((TemplateBooleanModel) params.get("hidden")).getAsBoolean()));
    }

    private void hint(Environment env, Map<?, ?> params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        inStep("hint").hints.add(render(body).strip());
    }

    private void why(Environment env, Map<?, ?> params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        inStep("why").why = render(body).strip();
    }

    private void solution(Environment env, Map<?, ?> params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        inStep("solution").solution.addAll(ScriptReader.scriptCells(render(body)));
    }

    private void capture(Environment env, Map<?, ?> params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException {
        allow("capture", params, Set.of("name", "value"));
        inStep("capture").captures.put(string("capture", params, "name", null), string("capture", params, "value", ""));
    }

    private StepBuilder inStep(String directive) throws TemplateModelException {
        if (current == null) {
            throw new TemplateModelException("<@" + directive + "> belongs inside a <@step>.");
        }
        return current;
    }

    private static String render(TemplateDirectiveBody body) throws TemplateException, IOException {
        if (body == null) {
            return "";
        }
        StringWriter w = new StringWriter();
        body.render(w);
        return w.toString();
    }

    private static void allow(String directive, Map<?, ?> params, Set<String> names) throws TemplateModelException {
        for (Object key : params.keySet()) {
            if (!names.contains(key)) {
                throw new TemplateModelException("<@" + directive + "> has no parameter " + key + " (it takes "
                        + (names.isEmpty() ? "none" : String.join(", ", new TreeSet<>(names))) + ").");
            }
        }
    }

    private static String string(String directive, Map<?, ?> params, String name, String fallback)
            throws TemplateModelException {
        Object v = params.get(name);
        if (v == null) {
            if (fallback == null) {
                throw new TemplateModelException("<@" + directive + "> needs " + name + "=\"...\".");
            }
            return fallback;
        }
        if (v instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        if (v instanceof TemplateNumberModel n) {
            return n.getAsNumber().toString();
        }
        throw new TemplateModelException("<@" + directive + " " + name + "=...> must be text.");
    }

    private static long number(String directive, Map<?, ?> params, String name, long fallback)
            throws TemplateModelException {
        Object v = params.get(name);
        if (v == null) {
            return fallback;
        }
        if (v instanceof TemplateNumberModel n) {
            return n.getAsNumber().longValue();
        }
        throw new TemplateModelException("<@" + directive + " " + name + "=...> must be a number.");
    }
}
