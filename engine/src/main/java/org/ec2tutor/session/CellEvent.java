package org.ec2tutor.session;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a cell produced, in order. Front ends render these; they never format domain objects themselves. */
public sealed interface CellEvent {

    enum StreamName {
        STDOUT,
        STDERR
    }

    /** Text the cell printed. */
    record Stream(StreamName name, String text) implements CellEvent {}

    /**
     * Something to show (tables, diagrams): a MIME bundle with text/plain always present. A display with an id can be
     * replaced later ({@code update}: this one replaces the earlier display of that id, where the front end can).
     */
    record Display(Map<String, String> data, Optional<String> displayId, boolean update) implements CellEvent {

        public Display(Map<String, String> data) {
            this(data, Optional.empty(), false);
        }

        /** The text/plain form as a terminal prints it: ending with exactly the newline the template gave, or one. */
        public String textLines() {
            String text = data.get("text/plain");
            return text.endsWith("\n") ? text : text + "\n";
        }
    }

    /** The cell's value, as jshell shows it; a MIME bundle with text/plain. */
    record Result(Map<String, String> data) implements CellEvent {}

    /**
     * The cell failed: why (its kind), a name to show (an AWS code, an exception class), a one-line value, and the lines
     * a front end shows (traceback).
     */
    record Failure(ErrorKind kind, String name, String value, List<String> traceback) implements CellEvent {

        public Failure {
            traceback = List.copyOf(traceback);
        }

        /** An error whose whole text is one message. */
        public static Failure of(ErrorKind kind, String name, String message) {
            return new Failure(kind, name, message, List.of(message));
        }
    }

    static Stream out(String text) {
        return new Stream(StreamName.STDOUT, text);
    }

    static Stream err(String text) {
        return new Stream(StreamName.STDERR, text);
    }

    static Result result(String text) {
        return new Result(Map.of("text/plain", text));
    }
}
