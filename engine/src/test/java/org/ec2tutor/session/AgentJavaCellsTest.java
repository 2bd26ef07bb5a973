package org.ec2tutor.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.ec2tutor.jshell.AgentLaunch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Java cells in an agent JVM: the same cells a learner writes, with the SDK's own clients over the endpoint. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgentJavaCellsTest {

    private Session session;

    @BeforeAll
    void start() {
        session = Session.start(SessionOptions.scripted(5).withJavaOnDemand());
        session.isolateJava(AgentLaunch.interactive());
        session.prepareJava();
    }

    @AfterAll
    void stop() {
        session.close();
    }

    @Test
    void anExpressionShowsItsValueAndPrintingIsCaptured() {
        assertThat(session.execute("1 + 2").asText()).isEqualTo("3\n");
        CellResult r = session.execute("System.out.println(\"hello\"); System.err.println(\"oops\");");
        assertThat(r.events()).containsExactly(CellEvent.out("hello\n"), CellEvent.err("oops\n"));
    }

    @Test
    void ec2CallsTheSessionsAccountAndWaitersMoveTheSimulatedClock() {
        var before = session.now();
        CellResult r = session.execute("""
                var w = ec2.runInstances(b -> b.imageId("ami-0fa3fe0fa7920f68e").instanceType("t3.micro").minCount(1)
                        .maxCount(1)).instances().get(0).instanceId();
                ec2.waiter().waitUntilInstanceRunning(b -> b.instanceIds(w)).matched().response().isPresent()
                """);
        assertThat(r.succeeded()).as(r.asText()).isTrue();
        assertThat(r.asText()).endsWith("true\n");
        assertThat(Duration.between(before, session.now())).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(session.execute("aws ec2 describe-instances --query 'length(Reservations)'")
                        .asText())
                .isNotEqualTo("0\n");
    }

    @Test
    void systemInInTheAgentReadsTheFrontEndsInput() {
        java.util.Deque<String> lines = new java.util.ArrayDeque<>(java.util.List.of("blue"));
        CellResult r = session.execute(
                "new Scanner(System.in).nextLine().toUpperCase()",
                e -> {},
                (prompt, password) -> java.util.Optional.ofNullable(lines.poll()));
        assertThat(r.asText()).as(r.asText()).isEqualTo("\"BLUE\"\n");
    }

    @Test
    void varsAndTutorReachTheSession() {
        session.execute("REGION_NOTE=hello");
        CellResult r = session.execute("vars.get(\"REGION_NOTE\") + \"/\" + vars.put(\"FROM_JAVA\", \"x\")");
        assertThat(r.asText()).isEqualTo("\"hello/null\"\n");
        assertThat(session.execute("echo $FROM_JAVA").asText()).isEqualTo("x\n");
        var before = session.now();
        assertThat(session.execute("tutor.advance(\"2h\")").succeeded()).isTrue();
        assertThat(Duration.between(before, session.now())).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void systemExitEndsOnlyTheAgentAndTheNextCellGetsAFreshOne() {
        session.execute("int kept = 7;");
        CellResult r = session.execute("System.exit(0);");
        assertThat(r.succeeded()).isFalse();
        assertThat(r.asText()).contains("Java agent", "gone");
        assertThat(session.execute("1 + 1").asText()).isEqualTo("2\n");
        assertThat(session.execute("kept").succeeded()).isFalse();
    }

    @Test
    void anInterruptedCellsAgentIsReplacedWithTheDeclarationsAgainButNotTheVariables() throws Exception {
        session.execute("import java.util.concurrent.atomic.AtomicInteger;");
        session.execute("String greet(String who) { return \"hello \" + who; }");
        session.execute("record Box(int n) {}");
        session.execute("int lost = 3;");
        var stop = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        try {
            var unused = stop.schedule(session::interrupt, 1, java.util.concurrent.TimeUnit.SECONDS);
            CellResult r = session.execute("while (true) { }");
            assertThat(r.succeeded()).isFalse();
            assertThat(r.asText())
                    .contains("Declared again in the fresh agent: 1 import, method greet(String), record Box;"
                            + " variables are not restored");
        } finally {
            stop.shutdownNow();
        }
        assertThat(session.execute("greet(\"again\") + new Box(2).n() + new AtomicInteger(1).get()")
                        .asText())
                .isEqualTo("\"hello again21\"\n");
        assertThat(session.execute("lost").succeeded()).isFalse();
    }

    @Test
    void cloudTrailInTheAgentIsTheSdksClientOverTheEndpoint() {
        assertThat(session.execute("aws ec2 describe-regions --output text").succeeded())
                .isTrue();
        CellResult r = session.execute("""
                cloudTrail.lookupEvents(b -> b.lookupAttributes(a -> a.attributeKey("EventName")
                        .attributeValue("DescribeRegions"))).events().get(0).eventSource()
                """);
        assertThat(r.asText()).as(r.asText()).isEqualTo("\"ec2.amazonaws.com\"\n");
    }

    @Test
    void eventsSqsSnsAndS3InTheAgentAreTheSdksClientsOverTheEndpoint() {
        CellResult r = session.execute("""
                var url = sqs.createQueue(b -> b.queueName("alerts")).queueUrl();
                var arn = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNamesWithStrings("QueueArn"))
                        .attributesAsStrings().get("QueueArn");
                var topic = sns.createTopic(b -> b.name("ami-alerts")).topicArn();
                sns.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(arn));
                events.putRule(b -> b.name("ami-public").eventPattern("{\\"source\\":[\\"aws.ec2\\"]}"));
                events.putTargets(b -> b.rule("ami-public").targets(t -> t.id("1").arn(topic)));
                s3.createBucket(b -> b.bucket("agent-notes"));
                s3.putObject(b -> b.bucket("agent-notes").key("a.txt"),
                        software.amazon.awssdk.core.sync.RequestBody.fromString("from the agent"));
                s3.getObjectAsBytes(b -> b.bucket("agent-notes").key("a.txt")).asUtf8String()
                        + " " + events.listTargetsByRule(b -> b.rule("ami-public")).targets().get(0).arn()
                        + " " + sns.listSubscriptionsByTopic(b -> b.topicArn(topic)).subscriptions().get(0).endpoint()
                """);
        assertThat(r.succeeded()).as(r.asText()).isTrue();
        assertThat(r.asText())
                .contains("CreateBucketResponse(Location=/agent-notes)")
                .endsWith("\"from the agent arn:aws:sns:us-east-1:111122223333:ami-alerts"
                        + " arn:aws:sqs:us-east-1:111122223333:alerts\"\n");
        // The session sees what the agent's clients did over the endpoint.
        assertThat(session.execute("aws s3api list-objects-v2 --bucket agent-notes --query 'Contents[0].Key'"
                                + " --output text")
                        .asText())
                .isEqualTo("a.txt\n");
        CellResult missing = session.execute("sqs.getQueueUrl(b -> b.queueName(\"none\"))");
        assertThat(missing.succeeded()).isFalse();
        assertThat(missing.asText()).contains("QueueDoesNotExistException");
    }
}
