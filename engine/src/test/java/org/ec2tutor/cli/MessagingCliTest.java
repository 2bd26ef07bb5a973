package org.ec2tutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** EventBridge, SQS and SNS as a learner types them: a rule whose events a queue receives, and the errors. */
class MessagingCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CliFixture f = new CliFixture(5);

    private void queueForRule(String queue, String rule) {
        f.ok("Q=$(aws sqs create-queue --queue-name " + queue + " --query QueueUrl --output text)");
        f.ok("QARN=$(aws sqs get-queue-attributes --queue-url $Q --attribute-names QueueArn "
                + "--query Attributes.QueueArn --output text)");
        f.ok("RARN=$(aws events put-rule --name " + rule + " --event-pattern "
                + "'{\"source\":[\"aws.ec2\"],\"detail-type\":[\"EC2 Instance State-change Notification\"],"
                + "\"detail\":{\"state\":[\"stopped\"]}}' --query RuleArn --output text)");
    }

    private static String policy(String queueArn, String ruleArn) {
        return "{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[{\\\"Effect\\\":\\\"Allow\\\","
                + "\\\"Principal\\\":{\\\"Service\\\":\\\"events.amazonaws.com\\\"},\\\"Action\\\":\\\"sqs:SendMessage\\\","
                + "\\\"Resource\\\":\\\"" + queueArn
                + "\\\",\\\"Condition\\\":{\\\"ArnEquals\\\":{\\\"aws:SourceArn\\\":\\\""
                + ruleArn + "\\\"}}}]}";
    }

    @Test
    void aStoppedInstancesStateChangeReachesTheQueueWhosePolicyLetsEventBridgeSend() throws IOException {
        queueForRule("alerts", "stopped");
        assertThat(f.ok("aws events put-targets --rule stopped --targets Id=q,Arn=$QARN"))
                .contains("\"FailedEntryCount\": 0");
        String attrs = "{\"Policy\":\"" + policy(f.var("QARN"), f.var("RARN")) + "\"}";
        f.ok("aws sqs set-queue-attributes --queue-url $Q --attributes '" + attrs + "'");
        assertThat(f.ok("aws sqs get-queue-attributes --queue-url $Q --attribute-names Policy "
                        + "--query Attributes.Policy --output text"))
                .contains("events.amazonaws.com");

        String id = f.launch();
        f.advance(Duration.ofMinutes(1));
        f.ok("aws ec2 stop-instances --instance-ids " + id);
        f.advance(Duration.ofMinutes(2));
        JsonNode body = JSON.readTree(f.ok("aws sqs receive-message --queue-url $Q --max-number-of-messages 10 "
                + "--query 'Messages[0].Body' --output text"));
        assertThat(body.get("source").asText()).isEqualTo("aws.ec2");
        assertThat(body.get("detail-type").asText()).isEqualTo("EC2 Instance State-change Notification");
        assertThat(body.at("/detail/instance-id").asText()).isEqualTo(id);
        assertThat(body.at("/detail/state").asText()).isEqualTo("stopped");
        assertThat(body.get("region").asText()).isEqualTo("us-east-1");
    }

    @Test
    void withoutTheQueuePolicyNothingIsDelivered() {
        queueForRule("quiet", "stopped-quiet");
        f.ok("aws events put-targets --rule stopped-quiet --targets Id=q,Arn=$QARN");
        String id = f.launch();
        f.advance(Duration.ofMinutes(1));
        f.ok("aws ec2 stop-instances --instance-ids " + id);
        f.advance(Duration.ofMinutes(2));
        assertThat(f.ok("aws sqs receive-message --queue-url $Q")).isEmpty();
    }

    @Test
    void aMissingQueueIsTheCodeTheAwsCliPrints() {
        CliResult r = f.run("aws sqs get-queue-url --queue-name nope");
        assertThat(r.succeeded()).isFalse();
        assertThat(r.stderr())
                .contains("An error occurred (AWS.SimpleQueueService.NonExistentQueue) when calling the GetQueueUrl "
                        + "operation: The specified queue does not exist.");
    }

    @Test
    void aMissingRuleOrTopicGetsTheServicesError() {
        String topic = f.ok("aws sns create-topic --name ops --query TopicArn --output text")
                .strip();
        assertThat(topic).isEqualTo("arn:aws:sns:us-east-1:111122223333:ops");
        CliResult missingRule = f.run("aws events describe-rule --name nope-rule");
        assertThat(missingRule.stderr())
                .contains("An error occurred (ResourceNotFoundException) when calling the DescribeRule operation: "
                        + "Rule nope-rule does not exist on EventBus default.");
        CliResult missingTopic = f.run("aws sns get-topic-attributes --topic-arn " + topic.replace(":ops", ":nope"));
        assertThat(missingTopic.stderr())
                .contains("An error occurred (NotFound) when calling the GetTopicAttributes operation: "
                        + "Topic does not exist");
    }
}
