package org.ec2tutor.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.ec2.model.Instance;

/**
 * What learners type in Java cells still resolves while the compiler's listings leave out anonymous classes: every
 * public class of the EC2 model package by its simple name, builders, and completion of a model class's members.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelNamesTest {

    private JavaEvaluator java;

    @BeforeAll
    void start() {
        java = new JavaEvaluator(List.of("import software.amazon.awssdk.services.ec2.model.*;"));
        java.awaitReady();
    }

    @AfterAll
    void stop() {
        java.close();
    }

    /** The public top-level classes of the EC2 model package, by simple name, from the SDK's jar. */
    private static List<String> modelClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path jar = Path.of(Instance.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        String prefix = Instance.class.getPackageName().replace('.', '/') + "/";
        List<String> names = new ArrayList<>();
        try (JarFile j = new JarFile(jar.toFile())) {
            for (JarEntry e : Collections.list(j.entries())) {
                String n = e.getName();
                if (n.startsWith(prefix)
                        && n.endsWith(".class")
                        && n.indexOf('/', prefix.length()) < 0
                        && !n.contains("$")
                        && !n.endsWith("package-info.class")) {
                    String simple = n.substring(prefix.length(), n.length() - ".class".length());
                    Class<?> c = Class.forName(
                            Instance.class.getPackageName() + "." + simple,
                            false,
                            ModelNamesTest.class.getClassLoader());
                    if (Modifier.isPublic(c.getModifiers())) {
                        names.add(simple);
                    }
                }
            }
        }
        return names;
    }

    @Test
    void everyModelClassResolvesByItsSimpleName() throws Exception {
        List<String> names = modelClasses();
        assertThat(names).hasSizeGreaterThan(3_000).contains("Instance", "Vpc", "DescribeInstancesRequest");
        // A few cells of 800 names each: a cell may have at most 64 KB.
        for (int from = 0; from < names.size(); from += 800) {
            List<String> part = names.subList(from, Math.min(names.size(), from + 800));
            String cell = "Class<?>[] c" + from + " = {" + String.join(".class, ", part) + ".class};";
            List<JavaOutcome> out = java.eval(cell);
            assertThat(out).as("names from %s", part.get(0)).allMatch(o -> o instanceof JavaOutcome.Ok);
        }
    }

    @Test
    void buildersAndMemberCompletionWork() {
        List<JavaOutcome> built = java.eval("Instance.builder().instanceId(\"i-0abc\").build().instanceId()");
        assertThat(built).hasSize(1).first().isInstanceOf(JavaOutcome.Ok.class);
        assertThat(((JavaOutcome.Ok) built.get(0)).display()).contains("i-0abc");
        List<JavaOutcome> nested =
                java.eval("Instance.Builder b = Instance.builder().build().toBuilder(); b.build().hasTags()");
        assertThat(nested).allMatch(o -> o instanceof JavaOutcome.Ok);
        assertThat(((JavaOutcome.Ok) nested.get(nested.size() - 1)).display()).isEqualTo("false\n");
        String code = "Instance.";
        assertThat(java.complete(code, code.length()).candidates())
                .contains("builder()", "Builder", "serializableBuilderClass()")
                .noneMatch(c -> c.matches("\\d+"));
    }
}
