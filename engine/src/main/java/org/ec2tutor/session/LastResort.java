package org.ec2tutor.session;

/** What the session says when a cell failed in a way no part of ec2-tutor handled: in words, never a Java name. */
final class LastResort {

    private LastResort() {}

    static String describe(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "This cell nests too deeply to run (ec2-tutor ran out of stack). The session goes on; split the cell"
                    + " into smaller parts.";
        }
        if (e instanceof OutOfMemoryError) {
            return "This cell needed more memory than ec2-tutor has. The session goes on; try a smaller input.";
        }
        return "ec2-tutor failed on this cell (a fault in the tutor, not in your input). The session goes on; please"
                + " report the cell.";
    }
}
