package org.ec2tutor.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.ec2tutor.session.CellResult;
import org.ec2tutor.session.Session;
import org.ec2tutor.session.SessionOptions;
import org.junit.jupiter.api.Test;

/**
 * The governance lesson's wrong attempts: each one leaves its step failing with the check that names what is wrong,
 * and the right action then passes it. The reference solutions themselves run in {@link LessonSolutionsTest} and are
 * graded in the grader's tests.
 */
class GovernanceLessonTest {

    private static final String ACCOUNT = "111122223333";
    private static final String BUCKET = "governance-trail-" + ACCOUNT;
    private static final String QUEUE_ARN = "arn:aws:sqs:us-east-1:" + ACCOUNT + ":ami-alerts";
    private static final String RULE_ARN = "arn:aws:events:us-east-1:" + ACCOUNT + ":rule/ami-made-public";
    private static final String MAKE_PUBLIC =
            "aws ec2 modify-image-attribute --image-id $IMAGE_ID --launch-permission 'Add=[{Group=all}]'";
    private static final String MAKE_PRIVATE = MAKE_PUBLIC.replace("Add=", "Remove=");
    private static final String PATTERN = "{\"source\":[\"aws.ec2\"],\"detail-type\":[\"AWS API Call via CloudTrail\"],"
            + "\"detail\":{\"eventName\":[\"ModifyImageAttribute\"],\"requestParameters\":{\"launchPermission\":"
            + "{\"add\":{\"items\":{\"group\":[\"all\"]}}}}}}";
    private static final String BUCKET_POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"cloudtrail.amazonaws.com\"},\"Action\":\"s3:GetBucketAcl\",\"Resource\":"
            + "\"arn:aws:s3:::" + BUCKET + "\"},{\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
            + "\"cloudtrail.amazonaws.com\"},\"Action\":\"s3:PutObject\",\"Resource\":\"arn:aws:s3:::" + BUCKET
            + "/AWSLogs/" + ACCOUNT + "/*\",\"Condition\":{\"StringEquals\":{\"s3:x-amz-acl\":"
            + "\"bucket-owner-full-control\"}}}]}";
    private static final String QUEUE_POLICY = "{\"Policy\":\"{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":"
            + "[{\\\"Effect\\\":\\\"Allow\\\",\\\"Principal\\\":{\\\"Service\\\":\\\"events.amazonaws.com\\\"},"
            + "\\\"Action\\\":\\\"sqs:SendMessage\\\",\\\"Resource\\\":\\\"" + QUEUE_ARN + "\\\",\\\"Condition\\\":"
            + "{\\\"ArnEquals\\\":{\\\"aws:SourceArn\\\":\\\"" + RULE_ARN + "\\\"}}}]}\"}";

    private static Session lesson() {
        Session s = Session.start(SessionOptions.scripted(1).withoutJava());
        CellResult started = s.execute("%lesson start governance");
        assertThat(started.succeeded()).as(started.asText()).isTrue();
        return s;
    }

    private static void run(Session s, String cell) {
        CellResult r = s.execute(cell);
        assertThat(r.succeeded()).as(cell + "\n" + r.asText()).isTrue();
    }

    /** The failing checks of step {@code index} by id, with their messages. */
    private static Map<String, String> failing(Session s, int index) {
        return s.lessonSnapshot().orElseThrow().step(index).checks().stream()
                .filter(c -> !c.passed())
                .collect(Collectors.toMap(LessonSnapshot.Check::id, LessonSnapshot.Check::message));
    }

    @Test
    void anotherEventsIdIsNotTheAnswerAndTheImageMustBePrivateAgain() {
        try (Session s = lesson()) {
            run(
                    s,
                    "EVENT_ID=$(aws cloudtrail lookup-events --lookup-attributes "
                            + "AttributeKey=EventName,AttributeValue=RunInstances --query 'Events[0].EventId' --output text)");
            Map<String, String> failing = failing(s, 0);
            assertThat(failing.get("event")).contains("not the EventId of the ModifyImageAttribute event");
            assertThat(failing.get("private")).contains("is still public");
            run(
                    s,
                    "EVENT_ID=$(aws cloudtrail lookup-events --lookup-attributes "
                            + "AttributeKey=EventName,AttributeValue=ModifyImageAttribute --query 'Events[0].EventId' "
                            + "--output text)");
            run(s, MAKE_PRIVATE);
            assertThat(failing(s, 0)).isEmpty();
        }
    }

    @Test
    void anAlertNeedsALoggingTrailAQueuePolicyAndTheRightTarget() {
        try (Session s = lesson()) {
            s.execute("%next --force");
            run(s, "aws s3api create-bucket --bucket " + BUCKET);
            run(s, "aws s3api put-bucket-policy --bucket " + BUCKET + " --policy '" + BUCKET_POLICY + "'");
            run(s, "aws cloudtrail create-trail --name management-events --s3-bucket-name " + BUCKET);
            assertThat(failing(s, 1).get("trail")).startsWith("No trail is logging");

            run(s, "QUEUE_URL=$(aws sqs create-queue --queue-name ami-alerts --query QueueUrl --output text)");
            assertThat(failing(s, 1).get("queue")).contains("has no policy that names events.amazonaws.com");

            run(s, "aws events put-rule --name ami-made-public --event-pattern '" + PATTERN + "'");
            run(s, "aws sqs create-queue --queue-name elsewhere");
            run(
                    s,
                    "aws events put-targets --rule ami-made-public --targets Id=q,Arn="
                            + QUEUE_ARN.replace("ami-alerts", "elsewhere"));
            assertThat(failing(s, 1).get("rule")).contains("does not target " + QUEUE_ARN);

            // Made public before the trail logs and before the queue allows EventBridge: no alert arrives.
            run(s, MAKE_PUBLIC);
            run(s, "aws sqs receive-message --queue-url $QUEUE_URL");
            assertThat(failing(s, 1)).containsKey("received");

            run(s, "aws cloudtrail start-logging --name management-events");
            run(s, "aws sqs set-queue-attributes --queue-url $QUEUE_URL --attributes '" + QUEUE_POLICY + "'");
            run(s, "aws events put-targets --rule ami-made-public --targets Id=queue,Arn=" + QUEUE_ARN);
            run(s, MAKE_PRIVATE);
            run(s, MAKE_PUBLIC);
            run(s, "aws sqs receive-message --queue-url $QUEUE_URL");
            assertThat(failing(s, 1)).containsOnlyKeys("private");
            run(s, MAKE_PRIVATE);
            assertThat(failing(s, 1)).isEmpty();
        }
    }

    @Test
    void theConfigRuleMustBeTheManagedRuleApprovingOnlyTheTeamsImage() {
        try (Session s = lesson()) {
            s.execute("%next --force");
            s.execute("%next --force");
            run(s, rule("APPROVED_AMIS_BY_TAG", "amisByTagKeyAndValue", "team:web"));
            assertThat(failing(s, 2).get("rule")).contains("uses APPROVED_AMIS_BY_TAG, not APPROVED_AMIS_BY_ID");

            run(s, rule("APPROVED_AMIS_BY_ID", "amiIds", "$IMAGE_ID,ami-0123456789abcdef0"));
            assertThat(failing(s, 2).get("approves")).contains("approve ").contains("and nothing else");

            run(s, rule("APPROVED_AMIS_BY_ID", "amiIds", "$IMAGE_ID"));
            assertThat(failing(s, 2)).containsOnlyKeys("flagged");
            assertThat(failing(s, 2).get("flagged")).contains("wait a few minutes");
            run(s, "%advance 3m");
            assertThat(failing(s, 2)).isEmpty();
        }
    }

    private static String rule(String identifier, String parameter, String value) {
        // The value leaves the single quotes so that the shell expands $IMAGE_ID in it.
        return "aws configservice put-config-rule --config-rule '{\"ConfigRuleName\":\"approved-amis\",\"Source\":"
                + "{\"Owner\":\"AWS\",\"SourceIdentifier\":\"" + identifier + "\"},\"InputParameters\":"
                + "\"{\\\"" + parameter + "\\\":\\\"'" + value + "'\\\"}\",\"Scope\":{\"ComplianceResourceTypes\":"
                + "[\"AWS::EC2::Instance\"]}}'";
    }
}
