package org.ec2tutor.grade;

import java.util.List;
import java.util.Optional;
import org.ec2tutor.cell.Cell;
import org.ec2tutor.cell.CellSplitter;
import org.ec2tutor.jshell.AgentLaunch;

/**
 * How a submission's Java runs when graded: in a fresh agent JVM per submission with a heap limit and a CPU-time
 * limit, inside a bubblewrap sandbox (no network, no writable files but a private /tmp, no programs, no view of the
 * grader's files or environment). Where no sandbox can be set up, Java submissions are refused unless
 * {@code allowUnsandboxed} ({@code --unsandboxed}); then they run in the agent without one, and their report says so.
 *
 * @param heapMegabytes the agent's heap ({@code --java-heap-mb}, default 256)
 * @param cpuSeconds the agent's CPU time ({@code --java-cpu-seconds}, default 60), enforced by the kernel
 * @param allowUnsandboxed run Java without a sandbox where none can be set up
 */
public record JavaLimits(int heapMegabytes, int cpuSeconds, boolean allowUnsandboxed) {

    public static final JavaLimits DEFAULT = new JavaLimits(256, 60, false);

    static final String NO_SANDBOX = "Java cells are not graded here: no sandbox could be set up (bubblewrap is "
            + "missing or may not create namespaces; `make sandbox-deps` installs it). Pass --unsandboxed to grade "
            + "them without one, in a separate JVM with limits only.";

    static final String UNSANDBOXED =
            "Java cells ran WITHOUT a sandbox (--unsandboxed): in a separate JVM with heap " + "and CPU limits only.";

    public JavaLimits withUnsandboxed(boolean allow) {
        return new JavaLimits(heapMegabytes, cpuSeconds, allow);
    }

    public JavaLimits withHeapMegabytes(int mb) {
        return new JavaLimits(mb, cpuSeconds, allowUnsandboxed);
    }

    public JavaLimits withCpuSeconds(int seconds) {
        return new JavaLimits(heapMegabytes, seconds, allowUnsandboxed);
    }

    AgentLaunch launch() {
        return new AgentLaunch(heapMegabytes, cpuSeconds, AgentLaunch.sandboxAvailable());
    }

    /** Why a submission is not graded at all: it has Java and no sandbox may hold it. */
    Optional<String> refusal(List<String> cells) {
        return hasJava(cells) && !AgentLaunch.sandboxAvailable() && !allowUnsandboxed
                ? Optional.of(NO_SANDBOX)
                : Optional.empty();
    }

    /** The note every report format shows for a submission whose Java ran without a sandbox. */
    List<String> notes(List<String> cells) {
        return hasJava(cells) && !AgentLaunch.sandboxAvailable() ? List.of(UNSANDBOXED) : List.of();
    }

    private static boolean hasJava(List<String> cells) {
        return cells.stream().flatMap(c -> CellSplitter.split(c).stream()).anyMatch(Cell.Java.class::isInstance);
    }
}
