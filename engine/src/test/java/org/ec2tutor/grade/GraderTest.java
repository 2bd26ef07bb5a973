package org.ec2tutor.grade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.ec2tutor.lesson.LessonLibrary;
import org.ec2tutor.lesson.LessonSource;
import org.ec2tutor.session.LessonNotebook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grader as a teacher uses it: reference solutions score full marks, empty and partial submissions score what
 * they reached with the step's messages, runaway loops, System.exit, cheating attempts and malformed files are
 * contained to their own submission, and every report format matches its schema.
 */
class GraderTest {

    /** With bubblewrap, sandboxed; without (a fresh machine), in the agent JVM without one. */
    private static final JavaLimits ANYWHERE = JavaLimits.DEFAULT.withUnsandboxed(true);

    @TempDir
    static Path dir;

    private static GradeReport customAmi;
    private static final List<Path> CUSTOM_AMI = new ArrayList<>();

    private static Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static final String LAUNCH_BUILDER = "BUILDER_ID=$(aws ec2 run-instances --image-id "
            + "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type "
            + "t3.micro --user-data $'#!/bin/bash\\ndnf install -y nginx\\nsystemctl enable --now nginx' "
            + "--tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=builder}]' "
            + "--query 'Instances[0].InstanceId' --output text)\n\naws ec2 wait instance-status-ok --instance-ids "
            + "$BUILDER_ID\n";

    /** One grading run of many custom-ami submissions in parallel, shared by the tests that read it. */
    @BeforeAll
    static void gradeCustomAmiSubmissions() throws IOException {
        LessonSource lesson = LessonLibrary.builtIn().find("custom-ami").orElseThrow();
        CUSTOM_AMI.add(write("cli.cells", lesson.cliSolution().orElseThrow()));
        CUSTOM_AMI.add(write("java.cells", lesson.javaSolution().orElseThrow()));
        CUSTOM_AMI.add(write("empty.cells", "\n"));
        CUSTOM_AMI.add(write(
                "partial.cells",
                LAUNCH_BUILDER + "\naws ec2 create-image --instance-id $BUILDER_ID --name web-server-v1\n"));
        CUSTOM_AMI.add(write("loop.cells", "int n = 0;\n\nwhile (true) { n++; }\n\n" + LAUNCH_BUILDER));
        CUSTOM_AMI.add(write("exit.cells", "System.exit(0);\n\n" + LAUNCH_BUILDER));
        CUSTOM_AMI.add(write(
                "cheat.cells",
                String.join(
                        "\n\n",
                        "%solve",
                        "%next --force",
                        "%lesson start custom-ami",
                        "%check",
                        "%load /tmp/other.json",
                        "%open /tmp/solution.cells",
                        "%reset",
                        "org.ec2tutor.jshell.SessionBindings.vars(\"session-1\")",
                        "var f = tutor.getClass().getDeclaredField(\"session\");",
                        "Class.forName(\"org.ec2tutor.session.Session\")",
                        "new Thread(() -> {}).start();",
                        "java.nio.file.Files.writeString(java.nio.file.Path.of(\"report.json\"), \"{}\");",
                        "Runtime.getRuntime().halt(0);",
                        // Unicode escapes hide the words from a source check; the compiled class still names them.
                        "Cla\\u0073s.f\\u006frName(\"org.ec2tutor.session.Session\")",
                        "var t = new java.lang.\\u0054hread(() -> {});",
                        "new java.beans.Statement(tutor, \"getClass\", null).execute();")));
        CUSTOM_AMI.add(write("broken.ipynb", "{ \"cells\": [ {\"cell_type\": \"code\", \"source\": "));
        CUSTOM_AMI.add(write("no-cells.ipynb", "{\"metadata\": {}}"));
        CUSTOM_AMI.add(write(
                "session.json",
                "{\"version\": 1, \"seed\": 1, \"profile\": \"default\", "
                        + "\"region\": \"us-east-1\", \"cells\": [{\"at\": \"2026-01-01T00:00:00Z\", \"code\": "
                        + new ObjectMapper().writeValueAsString(LAUNCH_BUILDER.split("\n\n", -1)[0])
                        + ", \"stopped\": false}]}"));
        customAmi = Grader.grade(
                Grader.Options.of("custom-ami").withJava(ANYWHERE).withCellTimeout(Duration.ofSeconds(5)), CUSTOM_AMI);
    }

    private static GradeReport.Submission submission(String file) {
        return customAmi.submissions().stream()
                .filter(s -> s.name().endsWith(file))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void submissionsAreReportedInTheOrderGiven() {
        assertThat(customAmi.submissions())
                .extracting(GradeReport.Submission::name)
                .containsExactlyElementsOf(
                        CUSTOM_AMI.stream().map(Path::toString).toList());
        assertThat(customAmi.lesson()).isEqualTo("custom-ami");
        assertThat(customAmi.seed()).isEqualTo(202);
    }

    @Test
    void bothReferenceSolutionsScoreFullMarks() {
        for (String file : List.of("cli.cells", "java.cells")) {
            GradeReport.Submission s = submission(file);
            assertThat(s.status()).isEqualTo(GradeReport.Status.GRADED);
            assertThat(s.score()).as(file).isEqualTo(5).isEqualTo(s.maxScore());
            assertThat(s.steps()).allMatch(st -> st.status() == GradeReport.StepStatus.PASSED);
            assertThat(s.cells().notes())
                    .containsExactly(
                            "cell 1 not run: %lesson is not run when grading: the grade comes from the account");
        }
    }

    @Test
    void aSlipInStep2DoesNotZeroTheLaterSteps() throws IOException {
        LessonSource lesson = LessonLibrary.builtIn().find("custom-ami").orElseThrow();
        String slipped = lesson.cliSolution().orElseThrow().replace(" --no-reboot", "");
        GradeReport r = Grader.grade(Grader.Options.of("custom-ami"), List.of(write("slip.cells", slipped)));
        GradeReport.Submission s = r.submissions().get(0);
        String report = ReportFormat.TEXT.write(r);
        assertThat(s.steps().get(0).feedback()).as(report).isEqualTo("Passed.");
        assertThat(s.steps().get(1).status()).as(report).isEqualTo(GradeReport.StepStatus.FAILED);
        assertThat(s.steps().get(1).feedback()).as(report).contains("2.no-reboot");
        assertThat(s.steps().get(2).status()).as(report).isEqualTo(GradeReport.StepStatus.PASSED);
        assertThat(s.steps().get(2).feedback())
                .as(report)
                .startsWith("Passed out of order: its checks held after cell ")
                .endsWith(", while step 2 had not passed.");
        assertThat(s.score()).as(report).isGreaterThanOrEqualTo(3);
    }

    @Test
    void anEmptySubmissionFailsEveryStepWithItsMessage() {
        GradeReport.Submission s = submission("empty.cells");
        assertThat(s.score()).isZero();
        assertThat(s.steps()).allMatch(st -> st.status() == GradeReport.StepStatus.FAILED && st.score() == 0);
        assertThat(s.steps().get(0).feedback()).isEqualTo("1.exists: No instance tagged Name=builder yet.");
        assertThat(s.steps().get(3).feedback())
                .startsWith("Never reached: its checks never held, and step 1 did not pass before it.");
    }

    @Test
    void aPartialSubmissionScoresWhatItReachedAndSaysWhatTheStateWasInstead() {
        GradeReport.Submission s = submission("partial.cells");
        assertThat(s.score()).isEqualTo(1);
        assertThat(s.steps().get(1).feedback())
                .isEqualTo("2.no-reboot: Image web-server-v1 was created with "
                        + "reboot: the builder restarted. Deregister it and create it again with --no-reboot.");
        assertThat(s.steps().get(1).checks())
                .extracting(GradeReport.Check::passed)
                .containsExactly(true, true, false);
    }

    @Test
    void aRunawayLoopIsStoppedAtTheTimeoutAndTheRestStillRuns() {
        GradeReport.Submission s = submission("loop.cells");
        assertThat(s.cells().timedOut()).isEqualTo(1);
        assertThat(s.cells().notes()).anyMatch(n -> n.startsWith("cell 2 stopped after the 5.0 s timeout"));
        assertThat(s.score())
                .as("the builder launched after the loop still counts")
                .isEqualTo(1);
    }

    @Test
    void systemExitIsRefusedAndGradingGoesOn() {
        GradeReport.Submission s = submission("exit.cells");
        assertThat(s.cells().notes()).anyMatch(n -> n.contains("'System.exit'"));
        assertThat(s.score()).isEqualTo(1);
    }

    @Test
    void javaThatCannotRunOnTheGradingMachineIsReportedOnceWithTheJvmsReason() throws IOException {
        // A heap below the agent's initial heap: every agent ends as it starts, as with a bad JVM option.
        Path java = write("heap.cells", "int n = 1;\n\nSystem.out.println(n);\n");
        GradeReport r =
                Grader.grade(Grader.Options.of("custom-ami").withJava(ANYWHERE.withHeapMegabytes(1)), List.of(java));
        List<String> notes = r.submissions().get(0).cells().notes();
        assertThat(notes.stream().filter(n -> n.contains("Java did not run on the grading machine")))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("Initial heap size set to a larger value than the maximum heap size");
    }

    @Test
    void aSubmissionCannotSteerTheTutorOrReachTheGrader() {
        GradeReport.Submission s = submission("cheat.cells");
        assertThat(s.score()).isZero();
        assertThat(s.steps()).allMatch(st -> st.status() == GradeReport.StepStatus.FAILED);
        List<String> notes = s.cells().notes();
        for (String magic : List.of("%solve", "%next", "%lesson", "%check", "%load", "%open", "%reset")) {
            assertThat(notes).anyMatch(n -> n.contains(magic + " is not run when grading"));
        }
        assertThat(notes)
                .anyMatch(n -> n.contains("ec2-tutor's own classes"))
                .anyMatch(n -> n.contains("reflection ('getDeclaredField')"))
                .anyMatch(n -> n.contains("class loading ('forName')"))
                .anyMatch(n -> n.contains("threads ('Thread')"))
                .anyMatch(n -> n.contains("files or the network"))
                .anyMatch(n -> n.contains("the JVM or processes ('Runtime')"))
                .anyMatch(n -> n.contains("reflection (Class.forName)"))
                .anyMatch(n -> n.contains("java.lang.Thread"))
                .anyMatch(n -> n.contains("java.beans.Statement"));
        assertThat(s.cells().failed())
                .as("every Java cell, refused before or after compiling")
                .isEqualTo(9);
        assertThat(Files.exists(Path.of("report.json"))).isFalse();
    }

    @Test
    void malformedFilesAreErrorsOfTheirOwnAndASavedSessionIsGraded() {
        assertThat(submission("broken.ipynb").status()).isEqualTo(GradeReport.Status.ERROR);
        assertThat(submission("broken.ipynb").error()).contains("is not a notebook");
        assertThat(submission("no-cells.ipynb").error()).contains("it has no \"cells\" list");
        assertThat(submission("no-cells.ipynb").steps())
                .allMatch(st -> st.feedback().startsWith("Not graded: "));
        GradeReport.Submission saved = submission("session.json");
        assertThat(saved.status()).isEqualTo(GradeReport.Status.GRADED);
        assertThat(saved.steps().get(0).checks())
                .extracting(GradeReport.Check::id)
                .containsExactly("exists", "image", "user-data", "nginx");
    }

    @Test
    void aNotebookExportedForAnotherLessonOrVersionIsNotGradedAgainstThisOne(@TempDir Path own) throws IOException {
        String exported = LessonNotebook.export("custom-ami", true, List.of());
        Path right = Files.writeString(own.resolve("right.ipynb"), exported);
        Path old = Files.writeString(own.resolve("old.ipynb"), exported.replace("\"version\" : 1", "\"version\" : 0"));
        Path other = Files.writeString(own.resolve("other.ipynb"), exported);
        GradeReport r = Grader.grade(Grader.Options.of("custom-ami").withJava(ANYWHERE), List.of(right, old));
        assertThat(r.submissions().get(0).score()).isEqualTo(5);
        assertThat(r.submissions().get(1).status()).isEqualTo(GradeReport.Status.ERROR);
        assertThat(r.submissions().get(1).error())
                .endsWith("was exported for lesson custom-ami version 0; it is "
                        + "being graded against custom-ami version 1.");
        GradeReport wrong = Grader.grade(Grader.Options.of("first-instance").withJava(ANYWHERE), List.of(other));
        assertThat(wrong.submissions().get(0).error()).contains("exported for lesson custom-ami");
    }

    @Test
    void theSameSubmissionsGiveTheSameReportByteForByteButForTiming() {
        GradeReport again = Grader.grade(
                Grader.Options.of("custom-ami")
                        .withJava(ANYWHERE)
                        .withCellTimeout(Duration.ofSeconds(5))
                        .withThreads(1),
                CUSTOM_AMI.subList(0, 4));
        GradeReport first = new GradeReport(
                customAmi.format(),
                customAmi.lesson(),
                customAmi.lessonVersion(),
                customAmi.seed(),
                customAmi.submissions().subList(0, 4));
        assertThat(withoutTiming(ReportFormat.JSON.write(again)))
                .isEqualTo(withoutTiming(ReportFormat.JSON.write(first)));
    }

    private static String withoutTiming(String json) {
        return json.replaceAll("\"execution_time\" : [0-9.E-]+", "\"execution_time\" : 0");
    }

    private static Schema schema(String resource) throws IOException {
        try (InputStream in = GraderTest.class.getResourceAsStream("/org/ec2tutor/grade/" + resource)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        }
    }

    @Test
    void theJsonReportMatchesItsSchema() throws IOException {
        JsonNode json = new ObjectMapper().readTree(ReportFormat.JSON.write(customAmi));
        assertThat(schema("report.schema.json").validate(json)).isEmpty();
        ((ObjectNode) json).put("format", 2);
        assertThat(schema("report.schema.json").validate(json))
                .as("the schema can fail")
                .isNotEmpty();
    }

    @Test
    void theGradescopeResultsMatchGradescopesFormat() throws IOException {
        Schema schema = schema("gradescope-results.schema.json");
        JsonNode all = new ObjectMapper().readTree(ReportFormat.GRADESCOPE.write(customAmi));
        assertThat(schema.validate(all)).isEmpty();
        GradeReport one = new GradeReport(1, "custom-ami", 1, 202, List.of(submission("partial.cells")));
        JsonNode results = new ObjectMapper().readTree(ReportFormat.GRADESCOPE.write(one));
        assertThat(schema.validate(results)).isEmpty();
        assertThat(results.get("score").asInt()).isEqualTo(1);
        assertThat(results.get("tests")).hasSize(5);
        assertThat(results.at("/tests/0/status").asText()).isEqualTo("passed");
        assertThat(results.at("/tests/1/max_score").asInt()).isEqualTo(1);
        assertThat(results.at("/tests/1/output").asText()).contains("created with reboot");
        ((ObjectNode) results).put("visibility", "students");
        assertThat(schema.validate(results)).as("the schema can fail").isNotEmpty();
    }

    @Test
    void theJunitReportIsValidJunitXmlWithOneCasePerCheck() throws Exception {
        String xml = ReportFormat.JUNIT.write(customAmi);
        var validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(GraderTest.class.getResource("/org/ec2tutor/grade/junit.xsd"))
                .newValidator();
        validator.validate(new StreamSource(new StringReader(xml)));
        assertThat(xml)
                .startsWith("<?xml")
                .contains("<testcase classname=\"custom-ami.image\" name=\"2.no-reboot\">")
                .contains("<failure type=\"CheckFailed\" message=\"Image web-server-v1 was created with reboot")
                .contains("<error type=\"GraderError\"")
                .contains("<property name=\"score\" value=\"5\"/>");
        // 10 submissions: 9 graded with 14 checks each, one case for each of the 2 ungraded ones... minus none.
        assertThat(xml).contains("errors=\"2\"");
    }

    @Test
    void aControlCharacterInASubmissionsFileNameKeepsTheJunitReportValidXml() throws Exception {
        GradeReport.Submission s = submission("partial.cells");
        GradeReport.Submission odd = new GradeReport.Submission(
                "odd\u0001name\u001b[31m.cells",
                s.status(),
                s.error(),
                s.score(),
                s.maxScore(),
                s.executionSeconds(),
                s.steps(),
                s.cells());
        String xml = ReportFormat.JUNIT.write(new GradeReport(1, "custom-ami", 1, 202, List.of(odd)));
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(GraderTest.class.getResource("/org/ec2tutor/grade/junit.xsd"))
                .newValidator()
                .validate(new StreamSource(new StringReader(xml)));
        assertThat(xml).contains("name=\"odd\uFFFDname\uFFFD[31m.cells\"");
    }

    @Test
    void theTextReportReadsLikeTestResults() {
        String text = ReportFormat.TEXT.write(customAmi);
        assertThat(text)
                .startsWith("Lesson custom-ami (version 1), 10 submissions")
                .contains(dir.resolve("cli.cells") + ": 5/5 points")
                .contains("  ✗ Step 2 Create web-server-v1 without rebooting  0/1")
                .contains("      ✗ 2.no-reboot Image web-server-v1 was created with reboot")
                .contains(dir.resolve("broken.ipynb") + ": not graded: ");
    }

    @Test
    void hiddenChecksFailWithoutRevealingWhatTheyCheck(@TempDir Path lessons) throws IOException {
        Path d = Files.createDirectories(lessons.resolve("quiz"));
        Files.writeString(d.resolve("lesson.ftl"), """
                <@lesson id="quiz" title="Quiz" seed=3>
                <@step id="key" title="Create the key pair" points=2>
                Create a key pair named `class`.
                  <@check id="made" pass=(aws.calls("CreateKeyPair")?size > 0) message="No key pair yet."/>
                  <@check id="extra" hidden=true pass=(aws.calls("DeleteKeyPair")?size > 0)
                      message="You must also delete it (secret)."/>
                </@step>
                </@lesson>
                """);
        Path sub = Files.writeString(lessons.resolve("sub.cells"), "aws ec2 create-key-pair --key-name class\n");
        GradeReport r = Grader.grade(
                Grader.Options.of("quiz").withJava(ANYWHERE).withLessonFolders(List.of(lessons)), List.of(sub));
        GradeReport.Step step = r.submissions().get(0).steps().get(0);
        assertThat(step.points()).isEqualTo(2);
        assertThat(step.score()).isZero();
        assertThat(step.checks().get(1).message()).isEqualTo("a hidden check did not pass");
        for (ReportFormat f : ReportFormat.values()) {
            assertThat(f.write(r)).as(f.name()).doesNotContain("secret").doesNotContain("also delete");
        }
    }
}
