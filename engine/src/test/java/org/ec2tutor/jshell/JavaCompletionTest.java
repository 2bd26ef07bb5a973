package org.ec2tutor.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Tab completion of Java: members complete at once; package names come from JShell's class index, which is built
 * only at the first completion (it costs ~20 MB of heap), so they appear a moment later.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JavaCompletionTest {

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

    @Test
    void membersCompleteFromTheFirstTab() {
        String code = "DescribeInstancesRequest.builder().instanceI";
        assertThat(java.complete(code, code.length()).candidates()).contains("instanceIds(");
    }

    @Test
    void aDeclarationMadeAtFirstUseCompletesAndRuns() {
        java.declareOnFirstUse("greeting", "String greeting = \"hello\";");
        String code = "greeting.substr";
        assertThat(java.complete(code, code.length()).candidates()).contains("substring(");
        java.declareOnFirstUse("later", "int later = 41;");
        assertThat(java.eval("int laterOn = 1;")).allMatch(o -> o instanceof JavaOutcome.Ok);
        assertThat(java.eval("later + laterOn")).containsExactly(new JavaOutcome.Ok("42\n"));
    }

    @Test
    void packageNamesCompleteOnceTheIndexIsBuilt() throws InterruptedException {
        String code = "java.ut";
        List<String> found = List.of();
        for (int i = 0; i < 300 && !found.contains("util."); i++) {
            found = java.complete(code, code.length()).candidates();
            Thread.sleep(100);
        }
        assertThat(found).contains("util.");
        String sdk = "software.amazon.awssdk.services.ec2.mo";
        assertThat(java.complete(sdk, sdk.length()).candidates()).contains("model.");
    }
}
