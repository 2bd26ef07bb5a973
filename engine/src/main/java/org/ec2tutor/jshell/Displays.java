package org.ec2tutor.jshell;

import java.util.Optional;

/**
 * Rich output and input for Java cells, imported statically into every in-process session: {@code display(x)}
 * shows a value as a notebook shows an {@code aws} result (SDK model objects and lists of them as the same tables,
 * images as PNG, {@code html(...)}, {@code markdown(...)}, {@code svg(...)} as themselves) and returns an id that
 * {@code updateDisplay(id, x)} replaces in place; {@code readPassword(prompt)} asks without echo. Outside a cell (no
 * session on the thread) they print plain text.
 */
public final class Displays {

    private Displays() {}

    /** Text of a given MIME type, shown as that type where the front end can, as the text itself elsewhere. */
    public record RichText(String mimeType, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** Shows {@code value} below the cell; returns the display's id. */
    public static String display(Object value) {
        Optional<OutputRouting.Sink> sink = OutputRouting.current();
        if (sink.isEmpty()) {
            System.out.println(value);
            return "";
        }
        return sink.get().display(value);
    }

    /** Replaces what the display {@code displayId} shows (a notebook updates it in place; a terminal shows it again). */
    public static void updateDisplay(String displayId, Object value) {
        Optional<OutputRouting.Sink> sink = OutputRouting.current();
        if (sink.isEmpty()) {
            System.out.println(value);
        } else {
            sink.get().updateDisplay(displayId, value);
        }
    }

    public static RichText html(String html) {
        return new RichText("text/html", html);
    }

    public static RichText markdown(String markdown) {
        return new RichText("text/markdown", markdown);
    }

    public static RichText svg(String svg) {
        return new RichText("image/svg+xml", svg);
    }

    /**
     * Asks for a line without echoing it (a notebook's password box); null at the end of input, as
     * {@code Console.readPassword} returns. {@code System.console()} itself is null in a notebook or a script.
     */
    public static char[] readPassword(String prompt) {
        return OutputRouting.current()
                .flatMap(s -> s.readPassword(prompt))
                .map(String::toCharArray)
                .orElse(null);
    }
}
