package org.ec2tutor.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.http.HttpResponse;
import org.ec2tutor.lesson.LessonFacts;
import org.ec2tutor.sdk.SimulatedAws;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * S3's REST-XML served path-style to the real AWS SDK for Java S3 client (forcePathStyle, as against any local S3):
 * buckets, policies and objects, uploads in the SDK's default aws-chunked encoding with a trailing checksum, and
 * AWS's error documents.
 */
class S3OverHttpTest {

    private final SimulatedAws aws = SimulatedAws.realistic(7);
    private final Endpoint endpoint = EndpointSdkTest.start(aws);
    private final S3Client s3 = HttpClients.sdk(S3Client.builder().forcePathStyle(true), endpoint, "default");

    @AfterEach
    void stop() {
        s3.close();
        endpoint.close();
    }

    static String trailPolicy(String bucket) {
        return """
                {"Version":"2012-10-17","Statement":[{"Sid":"AWSCloudTrailAclCheck","Effect":"Allow",
                "Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"s3:GetBucketAcl",
                "Resource":"arn:aws:s3:::%1$s"},{"Sid":"AWSCloudTrailWrite","Effect":"Allow",
                "Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"s3:PutObject",
                "Resource":"arn:aws:s3:::%1$s/AWSLogs/111122223333/*"}]}""".formatted(bucket);
    }

    @Test
    void bucketsPoliciesAndObjectsThroughTheSdk() {
        assertThat(s3.createBucket(b -> b.bucket("audit-logs")).location()).isEqualTo("/audit-logs");
        try (S3Client eu =
                HttpClients.sdk(S3Client.builder().forcePathStyle(true), endpoint, "default", Region.EU_WEST_1)) {
            eu.createBucket(b -> b.bucket("eu-logs")
                    .createBucketConfiguration(c -> c.locationConstraint(BucketLocationConstraint.EU_WEST_1)));
        }
        // The constraint is read from the request's XML body: one that is not the endpoint's Region is refused.
        S3Exception wrongRegion = catchThrowableOfType(
                S3Exception.class,
                () -> s3.createBucket(b -> b.bucket("other-logs")
                        .createBucketConfiguration(c -> c.locationConstraint(BucketLocationConstraint.EU_WEST_1))));
        assertThat(wrongRegion.awsErrorDetails().errorCode()).isEqualTo("IllegalLocationConstraintException");
        assertThat(s3.listBuckets().buckets())
                .extracting(x -> x.name() + "@" + x.bucketRegion())
                .containsExactly("audit-logs@us-east-1", "eu-logs@eu-west-1");

        s3.putBucketPolicy(b -> b.bucket("audit-logs").policy(trailPolicy("audit-logs")));
        assertThat(s3.getBucketPolicy(b -> b.bucket("audit-logs")).policy()).isEqualTo(trailPolicy("audit-logs"));

        String etag = s3.putObject(
                        b -> b.bucket("audit-logs").key("notes/hello world.txt").contentType("text/plain"),
                        RequestBody.fromString("hello, S3"))
                .eTag();
        assertThat(etag).startsWith("\"").endsWith("\"");
        ResponseBytes<GetObjectResponse> got =
                s3.getObjectAsBytes(b -> b.bucket("audit-logs").key("notes/hello world.txt"));
        assertThat(got.asUtf8String()).isEqualTo("hello, S3");
        assertThat(got.response().contentType()).isEqualTo("text/plain");
        assertThat(got.response().eTag()).isEqualTo(etag);
        assertThat(got.response().contentLength()).isEqualTo(9L);
        assertThat(got.response().lastModified()).isNotNull();

        s3.putObject(b -> b.bucket("audit-logs").key("notes/b.txt"), RequestBody.fromString("b"));
        ListObjectsV2Response listed =
                s3.listObjectsV2(b -> b.bucket("audit-logs").prefix("notes/"));
        assertThat(listed.contents()).extracting(S3Object::key).containsExactly("notes/b.txt", "notes/hello world.txt");
        assertThat(listed.keyCount()).isEqualTo(2);
        assertThat(listed.contents().get(0).size()).isEqualTo(1L);

        s3.deleteObject(b -> b.bucket("audit-logs").key("notes/b.txt"));
        assertThat(s3.listObjectsV2(b -> b.bucket("audit-logs")).contents())
                .extracting(S3Object::key)
                .containsExactly("notes/hello world.txt");
        s3.deleteBucket(b -> b.bucket("eu-logs"));
        assertThat(s3.listBuckets().buckets()).extracting(x -> x.name()).containsExactly("audit-logs");
    }

    @Test
    void errorsAreS3sErrorDocumentsAndTheSdksExceptions() throws Exception {
        NoSuchBucketException noBucket =
                catchThrowableOfType(NoSuchBucketException.class, () -> s3.getBucketPolicy(b -> b.bucket("none")));
        assertThat(noBucket.statusCode()).isEqualTo(404);
        assertThat(noBucket.awsErrorDetails().errorMessage()).isEqualTo("The specified bucket does not exist");

        s3.createBucket(b -> b.bucket("bkt"));
        NoSuchKeyException noKey = catchThrowableOfType(
                NoSuchKeyException.class,
                () -> s3.getObjectAsBytes(b -> b.bucket("bkt").key("k")));
        assertThat(noKey.statusCode()).isEqualTo(404);
        S3Exception noPolicy = catchThrowableOfType(S3Exception.class, () -> s3.getBucketPolicy(b -> b.bucket("bkt")));
        assertThat(noPolicy.awsErrorDetails().errorCode()).isEqualTo("NoSuchBucketPolicy");

        HttpResponse<String> raw = HttpClients.get(endpoint, "default", "s3", "/none?policy");
        assertThat(raw.statusCode()).isEqualTo(404);
        assertThat(raw.body())
                .contains("<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message>"
                        + "<BucketName>none</BucketName><RequestId>");
    }

    @Test
    void s3CallsAreRecordedForCloudTrail() {
        s3.createBucket(b -> b.bucket("audit-logs"));
        s3.putObject(b -> b.bucket("audit-logs").key("k"), RequestBody.fromString("x"));

        LessonFacts facts = LessonFacts.of(
                aws.cloud(), aws.cloud().accounts().find("default").orElseThrow());
        assertThat(facts.calledOverHttp("CreateBucket")).isTrue();
        assertThat(facts.calledOverHttp("PutObject")).isTrue();
        assertThat(facts.calls("CreateBucket").get(0).accessKeyId()).isEqualTo("AKIAEC2T111122223333");
    }
}
