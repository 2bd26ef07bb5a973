package org.ec2tutor.jshell;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When grading, what a snippet's compiled classes may refer to: the SDK, the JDK's everyday classes and the
 * session's {@code tutor}, never ec2-tutor's internals (the session, the lesson, the grader), reflection, class
 * loading, threads, processes, files or the network. Checked on the bytecode, so no way of writing the source hides
 * a reference.
 */
final class GradingGuard {

    private static final List<String> FORBIDDEN_PACKAGES = List.of(
            "java/lang/reflect/",
            "java/io/",
            "java/nio/",
            "java/net/",
            "java/beans/",
            "java/rmi/",
            "java/lang/management/",
            "java/util/concurrent/",
            "javax/script/",
            "javax/naming/",
            "javax/management/",
            "sun/",
            "jdk/internal/",
            "com/sun/");

    /**
     * Classes allowed although their package is not: what printing and lambdas name (a class with a lambda lists
     * MethodHandles$Lookup among its inner classes; using it is still refused, as a member reference).
     */
    private static final Set<String> ALLOWED_CLASSES = Set.of(
            "java/io/PrintStream",
            "java/io/Serializable",
            "java/nio/charset/StandardCharsets",
            "java/nio/charset/Charset",
            "org/ec2tutor/jshell/Tutor",
            // tutor's type when Java runs in an agent JVM.
            "org/ec2tutor/agent/Tutor",
            "java/util/concurrent/TimeUnit",
            "java/util/concurrent/ConcurrentHashMap",
            "java/lang/invoke/MethodHandles",
            "java/lang/invoke/MethodHandles$Lookup");

    private static final Set<String> FORBIDDEN_CLASSES = Set.of(
            "java/lang/ClassLoader",
            "java/lang/Thread",
            "java/lang/ThreadGroup",
            "java/lang/Runtime",
            "java/lang/ProcessBuilder",
            "java/lang/ProcessHandle",
            "java/lang/ModuleLayer",
            "java/lang/Module",
            "java/lang/ServiceLoader",
            "java/util/ServiceLoader",
            "java/lang/invoke/MethodHandle",
            "java/lang/invoke/VarHandle",
            "java/util/Timer");

    private GradingGuard() {}

    /** Why {@code classFile} may not run when grading, or empty when it may. */
    static Optional<String> refusal(byte[] classFile) {
        Optional<ClassFileReferences> refs = ClassFileReferences.read(classFile);
        if (refs.isEmpty()) {
            return Optional.of("a snippet ec2-tutor cannot read");
        }
        for (String c : refs.get().classes()) {
            Optional<String> why = forbiddenClass(c);
            if (why.isPresent()) {
                return why;
            }
        }
        for (ClassFileReferences.Member m : refs.get().members()) {
            if (m.owner().equals("java/lang/invoke/LambdaMetafactory")
                    || m.owner().equals("java/lang/invoke/StringConcatFactory")) {
                continue; // how javac compiles lambdas and string concatenation
            }
            if (m.owner().startsWith("java/lang/invoke/")) {
                return Optional.of("method handles (" + m.owner().replace('/', '.') + ")");
            }
            Optional<String> why = forbiddenClass(m.owner());
            if (why.isPresent()) {
                return why;
            }
            if (m.owner().equals("java/lang/Class")
                    && (m.name().equals("forName")
                            || (m.name().startsWith("get")
                                    && !m.name().equals("getName")
                                    && !m.name().equals("getSimpleName")))) {
                return Optional.of("reflection (Class." + m.name() + ")");
            }
            if (m.owner().equals("java/lang/System")
                    && !Set.of(
                                    "out",
                                    "err",
                                    "lineSeparator",
                                    "currentTimeMillis",
                                    "nanoTime",
                                    "identityHashCode",
                                    "arraycopy")
                            .contains(m.name())) {
                return Optional.of("System." + m.name());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> forbiddenClass(String internalName) {
        String c = internalName.startsWith("[") ? internalName.replaceAll("^\\[+L?|;$", "") : internalName;
        if (ALLOWED_CLASSES.contains(c)
                || c.startsWith("java/util/concurrent/atomic/")
                // The Savings Plans and Cost Explorer clients and models, written in the SDK's shape (data only).
                || c.startsWith("org/ec2tutor/sdk/model/")) {
            return Optional.empty();
        }
        if (c.startsWith("org/ec2tutor/")) {
            return Optional.of("ec2-tutor's own classes (" + c.replace('/', '.') + ")");
        }
        if (FORBIDDEN_CLASSES.contains(c)) {
            return Optional.of(c.replace('/', '.'));
        }
        for (String p : FORBIDDEN_PACKAGES) {
            if (c.startsWith(p)) {
                return Optional.of(c.replace('/', '.'));
            }
        }
        return Optional.empty();
    }
}
