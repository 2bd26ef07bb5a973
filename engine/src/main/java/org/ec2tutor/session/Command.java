package org.ec2tutor.session;

import java.util.List;
import java.util.function.Consumer;

/**
 * One {@code %command} (or REPL {@code /command}): how it is used, what it does to the session, and its handler. Every
 * fact about a command lives here, in the row {@link CommandTable} holds for it.
 *
 * @param effect what running it does to the session, which decides whether the journal records it
 * @param checksLesson whether it evaluates the lesson itself (the check after every cell is then skipped)
 * @param gradable whether a graded submission may run it (commands that steer the tutor are not run)
 * @param arguments completion candidates for its arguments
 */
record Command(
        String name,
        String usage,
        String summary,
        Effect effect,
        boolean checksLesson,
        boolean gradable,
        ArgumentCompleter arguments,
        Handler handler) {

    /** What a command does to the session. */
    enum Effect {
        /** Only shows something: nothing to replay. */
        SHOWS(false),
        /** Changes the account, the clock, the API history, the lesson or where the learner stands: replayed. */
        CHANGES(true),
        /** Runs other cells, which the journal records themselves (so it is not replayed twice). */
        RUNS_CELLS(false),
        /** Replaces the whole session with a saved one: the journal becomes that one. */
        RESTORES(false);

        private final boolean journaled;

        Effect(boolean journaled) {
            this.journaled = journaled;
        }

        boolean journaled() {
            return journaled;
        }
    }

    @FunctionalInterface
    interface Handler {
        /** Returns whether the command succeeded; throws {@link Usage} when the arguments are wrong. */
        boolean run(SessionContext session, String args, Consumer<CellEvent> emit) throws Usage;
    }

    /** Candidates for the word being typed, given the argument words before it. */
    @FunctionalInterface
    interface ArgumentCompleter {
        List<String> candidates(SessionContext session, List<String> before);

        static ArgumentCompleter none() {
            return (s, before) -> List.of();
        }

        /** The same choices for the first argument, nothing after it. */
        static ArgumentCompleter first(List<String> choices) {
            return (s, before) -> before.isEmpty() ? choices : List.of();
        }
    }

    /** Wrong arguments: the message (possibly empty) and then the usage line are shown. */
    static final class Usage extends Exception {
        private static final long serialVersionUID = 1L;

        Usage(String why) {
            super(why, null, false, false);
        }
    }
}
