package org.ec2tutor.lesson;

import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lesson file compiled once and rendered whenever the tutor needs its steps: each render evaluates the checks
 * against the facts it is given. Errors name the lesson file and line.
 */
public final class LessonTemplate {

    private static final Configuration CONFIG = configuration();

    private final String name;
    private final Template template;

    private LessonTemplate(String name, Template template) {
        this.name = name;
        this.template = template;
    }

    /**
     * Lessons compiled lately, by name and text: the grader starts the same lesson once per submission, and parsing
     * it was about a sixth of an aws-line submission's CPU. A compiled template renders concurrently (FreeMarker's
     * {@code Template} is immutable once parsed); an edited lesson file is a new key. Small, so edits cannot grow it.
     */
    private static final Map<List<String>, LessonTemplate> COMPILED =
            Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<List<String>, LessonTemplate> eldest) {
                    return size() > 8;
                }
            });

    /** Compiles {@code text}; {@code name} is how errors refer to the file, e.g. {@code lessons/custom-ami/lesson.ftl}. */
    public static LessonTemplate compile(String name, String text) {
        List<String> key = List.of(name, text);
        LessonTemplate known = COMPILED.get(key);
        if (known != null) {
            return known;
        }
        LessonTemplate compiled = parse(name, text);
        COMPILED.put(key, compiled);
        return compiled;
    }

    private static LessonTemplate parse(String name, String text) {
        try {
            return new LessonTemplate(name, new Template(name, new StringReader(text), CONFIG));
        } catch (ParseException e) {
            throw new LessonException(name + ":" + e.getLineNumber() + ": " + firstLine(e.getEditorMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    /**
     * Renders the lesson against {@code facts} (as {@code aws}), the values earlier steps captured (as
     * {@code captured}) and the session's shell variables (as {@code vars}).
     */
    public LessonSnapshot render(LessonFacts facts, Map<String, String> captured, Map<String, String> vars) {
        LessonDirectives directives = new LessonDirectives();
        Map<String, Object> model = new HashMap<>(directives.all());
        model.put("aws", facts);
        model.put("captured", Map.copyOf(captured));
        model.put("vars", Map.copyOf(vars));
        try {
            template.process(model, new StringWriter());
        } catch (TemplateException e) {
            String line = e.getLineNumber() == null ? "" : ":" + e.getLineNumber();
            throw new LessonException(name + line + ": " + describe(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return directives.snapshot(name);
    }

    /**
     * What went wrong, in one line that names the expression in full: FreeMarker's own first line for a missing
     * value is only "The following has evaluated to null or missing:", with the name on a later line.
     */
    static String describe(TemplateException e) {
        String blamed = e.getBlamedExpressionString();
        String column = e.getColumnNumber() == null ? "" : " (column " + e.getColumnNumber() + ")";
        if (e instanceof InvalidReferenceException && blamed != null) {
            boolean value = blamed.startsWith("captured.") || blamed.startsWith("vars.");
            return "${" + blamed + "} is null or missing" + column
                    + (value ? "; give it a default (" + blamed + "!'') or test it (" + blamed + "??)" : "");
        }
        String first = firstLine(e.getMessageWithoutStackTop());
        if (blamed != null && !first.contains(blamed)) {
            first = first.replaceFirst("[:.]?$", "") + " in ${" + blamed + "}";
        }
        return first + column;
    }

    private static String firstLine(String message) {
        String m = message == null ? "error" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static Configuration configuration() {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setBooleanFormat("c");
        c.setNumberFormat("computer");
        return c;
    }
}
