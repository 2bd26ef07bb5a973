package org.ec2tutor.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The clients a learner's Java gets next to {@code ec2} ({@code events}, {@code sns}, {@code sqs},
 * {@code savingsPlans}, {@code costExplorer}): each calls the session's account, as its {@code aws} lines do.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JavaClientsCellsTest {

    private Session session;

    @BeforeAll
    void start() {
        session = Session.start(SessionOptions.scripted(5));
    }

    @AfterAll
    void stop() {
        session.close();
    }

    private String ok(String cell) {
        CellResult r = session.execute(cell);
        assertThat(r.succeeded()).as(r.asText()).isTrue();
        return r.asText();
    }

    @Test
    void aQueueAndARuleMadeInJavaAreTheSessionsAndReadBackInJava() {
        ok("var url = sqs.createQueue(b -> b.queueName(\"alerts\")).queueUrl();");
        ok("events.putRule(b -> b.name(\"ami-public\").eventPattern(\"{\\\"source\\\":[\\\"aws.ec2\\\"]}\"));");
        assertThat(ok("sqs.getQueueUrl(b -> b.queueName(\"alerts\")).queueUrl().equals(url)"))
                .isEqualTo("true\n");
        assertThat(ok("events.describeRule(b -> b.name(\"ami-public\")).state().toString()"))
                .isEqualTo("\"ENABLED\"\n");
        assertThat(ok("aws sqs list-queues --query 'QueueUrls[0]' --output text"))
                .endsWith("/alerts\n");
        assertThat(ok("aws events list-rules --query 'Rules[0].Name' --output text"))
                .isEqualTo("ami-public\n");
        ok("var topic = sns.createTopic(b -> b.name(\"ops\")).topicArn();");
        assertThat(ok("aws sns list-topics --query 'Topics[0].TopicArn' --output text"))
                .isEqualTo("arn:aws:sns:us-east-1:111122223333:ops\n");
        assertThat(ok("topic.equals(\"arn:aws:sns:us-east-1:111122223333:ops\")"))
                .isEqualTo("true\n");
    }

    @Test
    void aMissingQueueIsTheSdksQueueDoesNotExistException() {
        CellResult r = session.execute("sqs.getQueueUrl(b -> b.queueName(\"nope\"))");
        assertThat(r.succeeded()).isFalse();
        assertThat(r.asText()).contains("QueueDoesNotExistException");
    }

    @Test
    void savingsPlansOfferingsAndTheBillAreTheSessions() {
        ok("import org.ec2tutor.sdk.model.savingsplans.*;");
        assertThat(ok("""
                savingsPlans.describeSavingsPlansOfferings(b -> b.planTypes("EC2Instance")
                        .paymentOptions("No Upfront").durations(31536000L)
                        .filters(SavingsPlanOfferingFilterElement.builder().name("instanceFamily").values("m5").build(),
                                SavingsPlanOfferingFilterElement.builder().name("region").values("us-east-1").build()))
                        .searchResults().get(0).description()
                """)).isEqualTo("\"1 year No Upfront EC2 Instance Savings Plan for m5 in us-east-1\"\n");
        assertThat(ok("""
                costExplorer.getCostAndUsage(b -> b.timePeriod(t -> t.start("2026-01-01").end("2026-01-02"))
                        .granularity("DAILY").metrics("UnblendedCost")).resultsByTime().size()
                """)).isEqualTo("1\n");
    }

    @Test
    void cloudTrailRecordsTheJavaCallsAsJavas() {
        ok("sqs.listQueues()");
        assertThat(ok("""
                cloudTrail.lookupEvents(b -> b.lookupAttributes(a -> a.attributeKey("EventName")
                        .attributeValue("ListQueues"))).events().get(0).eventSource()
                """)).isEqualTo("\"sqs.amazonaws.com\"\n");
    }

    @Test
    void configRulesPutFromJavaAreTheSessions() {
        ok("""
                config.putConfigRule(b -> b.configRule(r -> r.configRuleName("approved-amis")
                        .source(s -> s.owner("AWS").sourceIdentifier("APPROVED_AMIS_BY_ID"))
                        .inputParameters("{\\"amiIds\\":\\"ami-0fa3fe0fa7920f68e\\"}")
                        .scope(sc -> sc.complianceResourceTypes("AWS::EC2::Instance"))))
                """);
        assertThat(ok("aws configservice describe-config-rules --query 'ConfigRules[0].ConfigRuleName' --output text"))
                .isEqualTo("approved-amis\n");
    }
}
