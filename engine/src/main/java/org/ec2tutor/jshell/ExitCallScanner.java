package org.ec2tutor.jshell;

import java.util.Optional;

/**
 * Finds calls that would end the JVM ({@code System.exit}, {@code Runtime.exit}, {@code Runtime.halt}) in a class
 * file: snippets run in the tutor's own JVM, so such a call would end the session. Reflection can still reach them
 * outside grading; this stops the call a learner actually types.
 */
final class ExitCallScanner {

    private ExitCallScanner() {}

    /** The forbidden call found in {@code classFile}, e.g. {@code System.exit}, or empty. */
    static Optional<String> find(byte[] classFile) {
        return ClassFileReferences.read(classFile)
                .flatMap(refs -> refs.members().stream()
                        .filter(m -> ("java/lang/System".equals(m.owner()) && "exit".equals(m.name()))
                                || ("java/lang/Runtime".equals(m.owner())
                                        && ("exit".equals(m.name()) || "halt".equals(m.name()))))
                        .map(m -> m.owner().substring(m.owner().lastIndexOf('/') + 1) + "." + m.name())
                        .findFirst());
    }
}
