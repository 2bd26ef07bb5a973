package org.ec2tutor.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code cloudTrail} and {@code s3} in a learner's Java, next to {@code ec2}: the same account as the aws lines. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GovernanceJavaCellsTest {

    private Session session;

    @BeforeAll
    void start() {
        session = Session.start(SessionOptions.scripted(5));
    }

    @AfterAll
    void stop() {
        session.close();
    }

    @Test
    void javaSeesTheBucketsAndEventsOfTheSession() {
        assertThat(session.execute("aws s3api create-bucket --bucket java-sees-me")
                        .succeeded())
                .isTrue();
        CellResult buckets = session.execute("s3.listBuckets().buckets().get(0).name()");
        assertThat(buckets.asText()).isEqualTo("\"java-sees-me\"\n");
        CellResult events = session.execute("""
                cloudTrail.lookupEvents(b -> b.lookupAttributes(a -> a.attributeKey("EventName")
                        .attributeValue("ListBuckets"))).events().get(0).eventSource()
                """);
        assertThat(events.asText()).isEqualTo("\"s3.amazonaws.com\"\n");
        assertThat(session.execute("aws cloudtrail lookup-events --lookup-attributes "
                                + "AttributeKey=EventName,AttributeValue=LookupEvents --query 'length(Events)'")
                        .asText())
                .isEqualTo("1\n");
    }
}
