package org.ec2tutor.session;

import java.util.Optional;

/**
 * Where a running cell's input comes from when its code reads ({@code System.in}, {@code Scanner}): a notebook's input
 * box, the terminal. Empty means the end of input; front ends that cannot ask (scripts, graders, a notebook run
 * without stdin) use {@link #NONE}.
 */
@FunctionalInterface
public interface CellInput {

    /** Asks for one line (without its newline), showing {@code prompt}; without echo when {@code password}. */
    Optional<String> readLine(String prompt, boolean password);

    /** No input: every read ends at once. */
    CellInput NONE = (prompt, password) -> Optional.empty();
}
