package org.ec2tutor.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How a session is made.
 *
 * @param seed the cloud's seed: same seed, same cells, same output
 * @param timeScale 0 for a manual clock (scripts, tests, grading: only waits and %advance move it); otherwise
 *     simulated seconds per wall-clock second for interactive use
 * @param saveFile where the session autosaves after every cell, if anywhere
 * @param workingDirectory where {@code file://} and %open paths are relative to
 * @param java whether Java cells are available (JShell takes about a second to start)
 * @param lessonFolders teachers' lesson folders, besides the built-in lessons and {@code EC2_TUTOR_LESSONS}
 * @param grading a grader's session: Java cells may only use what a submission may (see {@code GradingGuard})
 * @param progressFile where the learner's lesson progress is kept across sessions (the REPL's home), if anywhere
 */
public record SessionOptions(
        long seed,
        double timeScale,
        Optional<Path> saveFile,
        Path workingDirectory,
        boolean java,
        long javaStartDelayMillis,
        List<Path> lessonFolders,
        boolean grading,
        Optional<Path> progressFile) {

    public SessionOptions {
        lessonFolders = List.copyOf(lessonFolders);
    }

    public SessionOptions(long seed, double timeScale, Optional<Path> saveFile, Path workingDirectory, boolean java) {
        this(seed, timeScale, saveFile, workingDirectory, java, 0, List.of(), false, Optional.empty());
    }

    /** A grader's session: Java cells are held to what a submission may use. */
    public SessionOptions forGrading() {
        return new SessionOptions(
                seed,
                timeScale,
                saveFile,
                workingDirectory,
                java,
                javaStartDelayMillis,
                lessonFolders,
                true,
                progressFile);
    }

    public SessionOptions withLessonFolders(List<Path> folders) {
        return new SessionOptions(
                seed,
                timeScale,
                saveFile,
                workingDirectory,
                java,
                javaStartDelayMillis,
                folders,
                grading,
                progressFile);
    }

    /** JShell starts at the first Java cell only (the grader: most submissions of a lesson are aws lines). */
    public SessionOptions withJavaOnDemand() {
        return withJavaStartDelay(Long.MAX_VALUE);
    }

    /**
     * Starts JShell this long after the session (or at the first Java cell, if sooner), so a front end's own start
     * does not compete with it for the CPU; the kernel uses it to answer kernel_info sooner.
     */
    public SessionOptions withJavaStartDelay(long millis) {
        return new SessionOptions(
                seed, timeScale, saveFile, workingDirectory, java, millis, lessonFolders, grading, progressFile);
    }

    /** A manual-clock session without autosave, as the runner and tests use. */
    public static SessionOptions scripted(long seed) {
        return new SessionOptions(seed, 0, Optional.empty(), Path.of("").toAbsolutePath(), true);
    }

    /** Where {@code file://} paths, {@code %open}, {@code %save} and {@code %load} are read and written. */
    public SessionOptions withWorkingDirectory(Path dir) {
        return new SessionOptions(
                seed, timeScale, saveFile, dir, java, javaStartDelayMillis, lessonFolders, grading, progressFile);
    }

    public SessionOptions withSaveFile(Path file) {
        return new SessionOptions(
                seed,
                timeScale,
                Optional.of(file),
                workingDirectory,
                java,
                javaStartDelayMillis,
                lessonFolders,
                grading,
                progressFile);
    }

    /** Keeps the learner's lesson progress in {@code file} too, so {@code %lessons} shows it in any session. */
    public SessionOptions withProgressFile(Path file) {
        return new SessionOptions(
                seed,
                timeScale,
                saveFile,
                workingDirectory,
                java,
                javaStartDelayMillis,
                lessonFolders,
                grading,
                Optional.of(file));
    }

    public SessionOptions withoutJava() {
        return new SessionOptions(
                seed,
                timeScale,
                saveFile,
                workingDirectory,
                false,
                javaStartDelayMillis,
                lessonFolders,
                grading,
                progressFile);
    }

    /** Without Java cells when {@code condition} holds (tests of aws-only scripts need no JShell). */
    public SessionOptions withoutJavaIf(boolean condition) {
        return condition ? withoutJava() : this;
    }
}
