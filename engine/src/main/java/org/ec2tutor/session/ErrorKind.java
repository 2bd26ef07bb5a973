package org.ec2tutor.session;

/**
 * Why a cell failed. Front ends show an error's name (an AWS code, an exception's class); the grader, the runner and
 * lessons decide by this kind, which a learner's own code cannot fake.
 */
public enum ErrorKind {
    /** The service refused a call: the name is AWS's error code. */
    AWS,
    /** A shell or {@code aws} command failed on the client side (usage, a waiter that gave up, bash's errors). */
    COMMAND,
    /** A {@code %command} was used wrongly: its usage follows. */
    USAGE,
    /** A file could not be read or is not what it should be. */
    FILE,
    /** Java that does not compile. */
    COMPILE,
    /** Java that threw: the name is the exception's simple class name. */
    EXCEPTION,
    /** The cell was interrupted (Ctrl-C, a timeout). */
    INTERRUPTED,
    /** Java a grader does not run: it reached outside what a submission may use. */
    REFUSED,
    /** A lesson file or setup failed: the teacher's side. */
    LESSON,
    /** {@code %check} found the step not done, or {@code %solve} could not make it pass. */
    CHECK_FAILED,
    /** {@code %fail}: an nbgrader stub not answered yet. */
    NOT_ANSWERED,
    /** Java cells are off in this session. */
    UNAVAILABLE,
    /** A fault of ec2-tutor itself; the session goes on. */
    INTERNAL
}
