package org.ec2tutor.session;

import java.util.List;
import java.util.function.Consumer;

/**
 * What commands and lessons may use of a session: its state and a few operations on the session as a whole. They
 * never see how cells are split, run, journaled or completed.
 */
interface SessionContext {

    /** The simulated cloud and where the learner stands in it. */
    SessionState state();

    SessionOptions options();

    CommandTable commands();

    LessonCommands lessons();

    /** The newest inputs run, oldest first, each cut to a few hundred characters (see {@link CellHistory}). */
    List<String> history();

    /** How many inputs ran so far: the number of the newest in {@link #history()}. */
    int historyCount();

    /** Java's variables, as JShell lists them ({@code int x = 1}); none while JShell has not started. */
    List<String> javaVariables();

    /** Runs inputs as if typed, each journaled and checked like any cell; stops at the first failure. */
    boolean runInputs(List<String> inputs, Consumer<CellEvent> emit);

    /**
     * Runs an input for the tutor (a lesson's setup, a step's solution): not counted, not in the history or the
     * journal (the command that caused it is), and not checked against the lesson.
     */
    boolean runForTutor(String code, Consumer<CellEvent> emit);

    /** The session as it would be saved now. */
    SessionJournal journal();

    /** Saves the session now (a setting changed without a journaled cell); says so if the save failed. */
    void save(Consumer<CellEvent> emit);

    /** How many cells the journal holds. */
    int journalSize();

    /** Undoes every cell after the first {@code entries} of the journal (the command asking is not journaled). */
    void rewind(int entries);

    /** Replaces the session with a saved one by replaying it; says what went differently from the first time. */
    Restored restore(SessionJournal saved);

    /** Forgets everything: a new cloud on {@code seed}, no variables, fresh Java, no lesson. */
    void reset(long seed);

    /**
     * What a replay did: how many cells it ran, and those whose outcome differs from when they first ran (they failed
     * then and succeed now, or the other way round).
     */
    record Restored(int cells, List<String> different) {

        public Restored {
            different = List.copyOf(different);
        }
    }
}
