package org.ec2tutor.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What inspect (Shift-Tab in a notebook) shows for Java: the signatures of the symbol at the cursor. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JavaDocumentationTest {

    private JavaEvaluator java;

    @BeforeAll
    void start() {
        java = new JavaEvaluator(List.of(
                "import software.amazon.awssdk.services.ec2.*;",
                "import software.amazon.awssdk.services.ec2.model.*;",
                "Ec2Client ec2 = null;"));
        java.awaitReady();
    }

    @AfterAll
    void stop() {
        java.close();
    }

    @Test
    void aMethodNameWithoutParenthesesShowsItsOverloads() {
        String code = "ec2.describeInstances";
        assertThat(java.documentation(code, code.length()))
                .anySatisfy(d -> assertThat(d).contains("Ec2Client.describeInstances(DescribeInstancesRequest"));
    }

    @Test
    void theCursorInsideTheNameIsEnough() {
        String code = "ec2.describeInstances(b -> b.maxResults(5))";
        assertThat(java.documentation(code, "ec2.describeIn".length()))
                .anySatisfy(d -> assertThat(d).contains("describeInstances"));
    }

    @Test
    void insideTheArgumentListShowsTheCalledMethod() {
        String code = "Math.max(1, ";
        assertThat(java.documentation(code, code.length())).contains("int Math.max(int a, int b)");
    }

    @Test
    void aModelBuilderMethodIsFound() {
        String code = "DescribeInstancesRequest.builder().instanceIds";
        assertThat(java.documentation(code, code.length()))
                .anySatisfy(d -> assertThat(d).contains("DescribeInstancesRequest.Builder.instanceIds("));
    }

    @Test
    void nothingAtTheCursorFindsNothing() {
        assertThat(java.documentation("1 + ", 4)).isEmpty();
    }
}
