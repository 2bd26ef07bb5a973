package org.ec2tutor.render;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one place that turns view models into text, HTML and SVG: FreeMarker templates under {@code templates/}
 * ({@code VIEW.txt.ftl}, {@code VIEW.html.ftlh} with auto-escaping, {@code VIEW.svg.ftlx}). A view is added by adding
 * files. Thread-safe: the configuration is built once.
 */
public final class Renderer {

    private static final Renderer INSTANCE = new Renderer();

    private final Configuration config;

    private Renderer() {
        config = new Configuration(Configuration.VERSION_2_3_34);
        config.setClassForTemplateLoading(Renderer.class, "/templates");
        config.setDefaultEncoding("UTF-8");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setRecognizeStandardFileExtensions(true);
    }

    public static Renderer instance() {
        return INSTANCE;
    }

    /** Renders {@code view} with {@code model} in every format it has a template for: text/plain always. */
    public Map<String, String> bundle(String view, Map<String, ?> model) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("text/plain", render(view + ".txt.ftl", model));
        optional(view + ".md.ftl", model).ifPresent(md -> out.put("text/markdown", md));
        optional(view + ".html.ftlh", model).ifPresent(html -> out.put("text/html", html));
        optional(view + ".svg.ftlx", model).ifPresent(svg -> out.put("image/svg+xml", svg));
        return out;
    }

    public String render(String templateName, Map<String, ?> model) {
        try {
            Template t = config.getTemplate(templateName);
            StringWriter w = new StringWriter();
            t.process(model, w);
            return w.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + templateName + " failed: " + e.getMessage(), e);
        }
    }

    private Optional<String> optional(String templateName, Map<String, ?> model) {
        try {
            config.getTemplate(templateName);
        } catch (TemplateNotFoundException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(render(templateName, model));
    }
}
