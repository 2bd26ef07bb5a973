package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Minimal S3 through the real S3Client interface: buckets, policies, objects and S3's refusals. */
class S3Test {

    private final SimulatedAws aws = SimulatedAws.realistic(7);
    private final S3Client s3 = aws.s3("default", "us-east-1");
    private final S3Client s3Ireland = aws.s3("default", "eu-west-1");
    private final S3Client teammate = aws.s3("teammate", "us-east-1");

    private static S3Exception refusal(Runnable call) {
        return catchThrowableOfType(S3Exception.class, call::run);
    }

    @Test
    void aBucketIsCreatedListedAndDeleted() {
        assertThat(s3.createBucket(b -> b.bucket("trail-logs-1")).location()).isEqualTo("/trail-logs-1");
        aws.advance(Duration.ofMinutes(1));
        s3Ireland.createBucket(
                b -> b.bucket("ireland-logs").createBucketConfiguration(c -> c.locationConstraint("eu-west-1")));
        var listed = s3.listBuckets().buckets();
        assertThat(listed).extracting(b -> b.name()).containsExactly("ireland-logs", "trail-logs-1");
        assertThat(listed).extracting(b -> b.bucketRegion()).containsExactly("eu-west-1", "us-east-1");
        assertThat(listed.get(1).creationDate()).hasToString("2026-01-01T00:00:00Z");
        assertThat(teammate.listBuckets().buckets()).isEmpty();
        s3.deleteBucket(b -> b.bucket("trail-logs-1"));
        assertThat(s3.listBuckets().buckets()).extracting(b -> b.name()).containsExactly("ireland-logs");
    }

    @Test
    void bucketNamesAreOneNamespaceAcrossAccounts() {
        s3.createBucket(b -> b.bucket("shared-name"));
        var taken = refusal(() -> teammate.createBucket(b -> b.bucket("shared-name")));
        assertThat(taken).isInstanceOf(BucketAlreadyExistsException.class);
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.awsErrorDetails().errorMessage())
                .isEqualTo("The requested bucket name is not available. The bucket namespace is shared by all users"
                        + " of the system. Please select a different name and try again.");
        // us-east-1 answers 200 to its owner again (legacy); other Regions refuse.
        assertThat(s3.createBucket(b -> b.bucket("shared-name")).location()).isEqualTo("/shared-name");
        s3Ireland.createBucket(
                b -> b.bucket("eu-name").createBucketConfiguration(c -> c.locationConstraint("eu-west-1")));
        var mine = refusal(() -> s3Ireland.createBucket(
                b -> b.bucket("eu-name").createBucketConfiguration(c -> c.locationConstraint("eu-west-1"))));
        assertThat(mine).isInstanceOf(BucketAlreadyOwnedByYouException.class);
        assertThat(mine.awsErrorDetails().errorMessage())
                .isEqualTo("Your previous request to create the named bucket succeeded and you already own it.");
    }

    @Test
    void theLocationConstraintMustNameTheEndpointsRegion() {
        assertThat(refusal(() -> s3.createBucket(b ->
                                b.bucket("x-bucket").createBucketConfiguration(c -> c.locationConstraint("us-east-1"))))
                        .awsErrorDetails()
                        .errorCode())
                .isEqualTo("InvalidLocationConstraint");
        var none = refusal(() -> s3Ireland.createBucket(b -> b.bucket("x-bucket")));
        assertThat(none.awsErrorDetails().errorCode()).isEqualTo("IllegalLocationConstraintException");
        assertThat(none.awsErrorDetails().errorMessage())
                .isEqualTo("The unspecified location constraint is incompatible for the region specific endpoint this"
                        + " request was sent to.");
        var other = refusal(() -> s3.createBucket(
                b -> b.bucket("x-bucket").createBucketConfiguration(c -> c.locationConstraint("eu-west-1"))));
        assertThat(other.awsErrorDetails().errorMessage()).startsWith("The eu-west-1 location constraint");
        assertThat(refusal(() -> s3.createBucket(b -> b.bucket("Bad_Name")))
                        .awsErrorDetails()
                        .errorCode())
                .isEqualTo("InvalidBucketName");
        assertThat(s3.listBuckets().buckets()).isEmpty();
    }

    @Test
    void objectsArePutReadListedAndDeleted() {
        s3.createBucket(b -> b.bucket("notes"));
        var put = s3.putObject(b -> b.bucket("notes").key("a/one.txt"), RequestBody.fromString("hello"));
        assertThat(put.eTag()).isEqualTo("\"5d41402abc4b2a76b9719d911017c592\""); // MD5 of "hello"
        s3.putObject(b -> b.bucket("notes").key("a/two.txt"), RequestBody.fromString("two"));
        s3.putObject(b -> b.bucket("notes").key("b/three.txt"), RequestBody.fromString("three"));
        s3.putObject(b -> b.bucket("notes").key("top.txt"), RequestBody.fromString("top"));

        var got = s3.getObjectAsBytes(b -> b.bucket("notes").key("a/one.txt"));
        assertThat(got.asString(StandardCharsets.UTF_8)).isEqualTo("hello");
        assertThat(got.response().contentLength()).isEqualTo(5L);

        ListObjectsV2Response underA = s3.listObjectsV2(b -> b.bucket("notes").prefix("a/"));
        assertThat(underA.contents()).extracting(S3Object::key).containsExactly("a/one.txt", "a/two.txt");
        assertThat(underA.keyCount()).isEqualTo(2);
        ListObjectsV2Response folders = s3.listObjectsV2(b -> b.bucket("notes").delimiter("/"));
        assertThat(folders.commonPrefixes()).extracting(p -> p.prefix()).containsExactly("a/", "b/");
        assertThat(folders.contents()).extracting(S3Object::key).containsExactly("top.txt");
        ListObjectsV2Response first = s3.listObjectsV2(b -> b.bucket("notes").maxKeys(3));
        assertThat(first.isTruncated()).isTrue();
        ListObjectsV2Response rest =
                s3.listObjectsV2(b -> b.bucket("notes").continuationToken(first.nextContinuationToken()));
        assertThat(rest.contents()).extracting(S3Object::key).containsExactly("top.txt");

        var notEmpty = refusal(() -> s3.deleteBucket(b -> b.bucket("notes")));
        assertThat(notEmpty.awsErrorDetails().errorCode()).isEqualTo("BucketNotEmpty");
        assertThat(notEmpty.awsErrorDetails().errorMessage()).isEqualTo("The bucket you tried to delete is not empty");
        for (String key : new String[] {"a/one.txt", "a/two.txt", "b/three.txt", "top.txt"}) {
            s3.deleteObject(b -> b.bucket("notes").key(key));
        }
        assertThat(refusal(() -> s3.getObjectAsBytes(b -> b.bucket("notes").key("top.txt"))))
                .isInstanceOf(NoSuchKeyException.class);
        s3.deleteBucket(b -> b.bucket("notes"));
        var gone = refusal(() -> s3.listObjectsV2(b -> b.bucket("notes")));
        assertThat(gone).isInstanceOf(NoSuchBucketException.class);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.awsErrorDetails().errorMessage()).isEqualTo("The specified bucket does not exist");
    }

    @Test
    void aBucketPolicyIsCheckedForShapeAndReadBack() {
        s3.createBucket(b -> b.bucket("policy-bucket"));
        assertThat(refusal(() -> s3.getBucketPolicy(b -> b.bucket("policy-bucket")))
                        .awsErrorDetails()
                        .errorCode())
                .isEqualTo("NoSuchBucketPolicy");
        var notJson =
                refusal(() -> s3.putBucketPolicy(b -> b.bucket("policy-bucket").policy("allow all")));
        assertThat(notJson.awsErrorDetails().errorCode()).isEqualTo("MalformedPolicy");
        assertThat(notJson.awsErrorDetails().errorMessage())
                .isEqualTo("Policies must be valid JSON and the first byte must be '{'");
        assertThat(refusal(() -> s3.putBucketPolicy(
                                b -> b.bucket("policy-bucket").policy("{\"Version\":\"2012-10-17\"}")))
                        .awsErrorDetails()
                        .errorMessage())
                .isEqualTo("Missing required field Statement");
        String otherBucket = "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::someone-else/*\"}]}";
        assertThat(refusal(() -> s3.putBucketPolicy(
                                b -> b.bucket("policy-bucket").policy(otherBucket)))
                        .awsErrorDetails()
                        .errorMessage())
                .isEqualTo("Policy has invalid resource");
        String policy = "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::policy-bucket/*\"}]}";
        s3.putBucketPolicy(b -> b.bucket("policy-bucket").policy(policy));
        assertThat(s3.getBucketPolicy(b -> b.bucket("policy-bucket")).policy()).isEqualTo(policy);
        assertThat(refusal(() -> teammate.getBucketPolicy(b -> b.bucket("policy-bucket")))
                        .awsErrorDetails()
                        .errorCode())
                .isEqualTo("AccessDenied");
    }

    @Test
    void anOperationTheTutorDoesNotModelSaysSo() {
        s3.createBucket(b -> b.bucket("tagged"));
        assertThat(refusal(() -> s3.getBucketTagging(b -> b.bucket("tagged")))
                        .awsErrorDetails()
                        .errorCode())
                .isEqualTo("OperationNotSimulated");
    }
}
