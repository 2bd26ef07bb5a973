package org.ec2tutor.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.ec2tutor.sdk.SimulatedAws;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.LaunchPermission;

/** What a lesson check can ask about trails, buckets and CloudTrail events. */
class GovernanceFactsTest {

    private final SimulatedAws aws = SimulatedAws.realistic(9);

    private LessonFacts facts() {
        return LessonFacts.of(aws.cloud(), aws.cloud().accounts().learner());
    }

    @Test
    void checksSeeTrailsBucketsAndEvents() {
        assertThat(facts().trails()).isEmpty();
        assertThat(facts().buckets()).isEmpty();
        assertThat(facts().eventRecorded("ModifyImageAttribute")).isFalse();

        var s3 = aws.s3("default", "us-east-1");
        s3.createBucket(b -> b.bucket("audit-logs"));
        s3.putBucketPolicy(b -> b.bucket("audit-logs").policy("""
                {"Statement":[
                 {"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"s3:GetBucketAcl",
                  "Resource":"arn:aws:s3:::audit-logs"},
                 {"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"s3:PutObject",
                  "Resource":"arn:aws:s3:::audit-logs/AWSLogs/111122223333/*"}]}
                """));
        var trail = aws.cloudTrail("default", "us-east-1");
        trail.createTrail(b -> b.name("audit").s3BucketName("audit-logs"));
        trail.startLogging(b -> b.name("audit"));

        var ec2 = aws.ec2();
        String image =
                ec2.describeImages(b -> b.owners("amazon")).images().get(0).imageId();
        // Amazon's image is not the learner's to share: refused, and a refused call is an event too.
        assertThatThrownBy(() -> ec2.modifyImageAttribute(b -> b.imageId(image)
                        .launchPermission(p ->
                                p.add(LaunchPermission.builder().group("all").build()))))
                .hasMessageContaining("Not authorized");
        aws.advance(Duration.ofMinutes(5));

        LessonFacts f = facts();
        assertThat(f.trails()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("audit");
            assertThat(t.bucket()).isEqualTo("audit-logs");
            assertThat(t.logging()).isTrue();
        });
        assertThat(f.trailLogging("us-east-1")).isTrue();
        assertThat(f.trailLogging("eu-west-1")).isFalse();
        assertThat(f.bucket("audit-logs").hasPolicy()).isTrue();
        assertThat(f.bucket("audit-logs").keys())
                .singleElement()
                .satisfies(k -> assertThat(k).startsWith("AWSLogs/111122223333/CloudTrail/us-east-1/2026/01/01/"));
        assertThat(f.eventRecorded("ModifyImageAttribute")).isTrue();
        assertThat(f.eventRecorded("ModifyImageAttribute", image)).isTrue();
        assertThat(f.eventRecorded("ModifyImageAttribute", "ami-00000000000000000"))
                .isFalse();
        assertThat(f.bucket("nope")).isNull();
    }
}
