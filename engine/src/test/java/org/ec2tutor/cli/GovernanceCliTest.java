package org.ec2tutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** CloudTrail and S3 as a learner types them: aws s3api, aws s3, aws cloudtrail. */
class GovernanceCliTest {

    private static final String LEARNER = "111122223333";

    private final Path dir;
    private final CliFixture f;

    GovernanceCliTest() throws IOException {
        dir = Files.createTempDirectory("governance");
        Files.writeString(dir.resolve("notes.txt"), "hello from the tutor\n");
        Files.writeString(dir.resolve("policy.json"), """
                {"Version":"2012-10-17","Statement":[
                 {"Sid":"AWSCloudTrailAclCheck","Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},
                  "Action":"s3:GetBucketAcl","Resource":"arn:aws:s3:::audit-logs"},
                 {"Sid":"AWSCloudTrailWrite","Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},
                  "Action":"s3:PutObject","Resource":"arn:aws:s3:::audit-logs/AWSLogs/111122223333/*",
                  "Condition":{"StringEquals":{"s3:x-amz-acl":"bucket-owner-full-control"}}}]}
                """);
        f = new CliFixture(5, dir);
    }

    @Test
    void bucketsAndObjectsThroughS3api() throws IOException {
        assertThat(f.ok("aws s3api create-bucket --bucket notes-bucket"))
                .isEqualTo("{\n    \"Location\": \"/notes-bucket\"\n}\n");
        assertThat(f.ok("aws s3api list-buckets --query 'Buckets[].Name' --output text"))
                .isEqualTo("notes-bucket\n");
        String put = f.ok("aws s3api put-object --bucket notes-bucket --key docs/notes.txt --body notes.txt");
        assertThat(put).contains("\"ETag\": \"\\\"").contains("\"ServerSideEncryption\": \"AES256\"");
        String got = f.ok("aws s3api get-object --bucket notes-bucket --key docs/notes.txt copy.txt");
        assertThat(got).contains("\"ContentLength\": 21");
        assertThat(Files.readString(dir.resolve("copy.txt"))).isEqualTo("hello from the tutor\n");
        assertThat(f.ok("aws s3api list-objects-v2 --bucket notes-bucket --prefix docs/ --query 'Contents[].Key' "
                        + "--output text"))
                .isEqualTo("docs/notes.txt\n");

        CliResult notEmpty = f.run("aws s3api delete-bucket --bucket notes-bucket");
        assertThat(notEmpty.exitCode()).isEqualTo(254);
        assertThat(notEmpty.stderr())
                .isEqualTo("\nAn error occurred (BucketNotEmpty) when calling the DeleteBucket operation: The bucket"
                        + " you tried to delete is not empty\n");
        f.ok("aws s3api delete-object --bucket notes-bucket --key docs/notes.txt");
        f.ok("aws s3api delete-bucket --bucket notes-bucket");
        assertThat(f.run("aws s3api list-objects-v2 --bucket notes-bucket").stderr())
                .isEqualTo("\nAn error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified"
                        + " bucket does not exist\n");
    }

    @Test
    void theCliChecksStreamingArgumentsBeforeCallingS3() {
        f.ok("aws s3api create-bucket --bucket notes-bucket");
        CliResult noOutfile = f.run("aws s3api get-object --bucket notes-bucket --key k");
        assertThat(noOutfile.exitCode()).isEqualTo(252);
        assertThat(noOutfile.stderr()).contains("the following arguments are required: outfile");
        CliResult noFile = f.run("aws s3api put-object --bucket notes-bucket --key k --body missing.txt");
        assertThat(noFile.exitCode()).isEqualTo(252);
        assertThat(noFile.stderr()).contains("Error parsing parameter '--body'");
        CliResult noBucket = f.run("aws s3api create-bucket");
        assertThat(noBucket.stderr()).contains("the following arguments are required: --bucket");
        assertThat(f.ok("aws s3api list-objects-v2 --bucket notes-bucket --query 'KeyCount'"))
                .isEqualTo("0\n");
    }

    @Test
    void theHighLevelS3CommandsListAndCopy() throws IOException {
        f.ok("aws s3 mb s3://notes-bucket");
        assertThat(f.ok("aws s3 cp notes.txt s3://notes-bucket/docs/"))
                .isEqualTo("upload: notes.txt to s3://notes-bucket/docs/notes.txt\n");
        f.advance(Duration.ofMinutes(3));
        f.ok("aws s3 cp notes.txt s3://notes-bucket/top.txt");
        assertThat(f.ok("aws s3 ls")).isEqualTo("2026-01-01 00:00:00 notes-bucket\n");
        assertThat(f.ok("aws s3 ls s3://notes-bucket"))
                .isEqualTo("                           PRE docs/\n2026-01-01 00:03:00         21 top.txt\n");
        assertThat(f.ok("aws s3 ls s3://notes-bucket --recursive"))
                .isEqualTo("2026-01-01 00:00:00         21 docs/notes.txt\n2026-01-01 00:03:00         21 top.txt\n");
        assertThat(f.ok("aws s3 cp s3://notes-bucket/docs/notes.txt back.txt"))
                .isEqualTo("download: s3://notes-bucket/docs/notes.txt to back.txt\n");
        assertThat(Files.readString(dir.resolve("back.txt"))).isEqualTo("hello from the tutor\n");
        CliResult missing = f.run("aws s3 cp s3://notes-bucket/nothing.txt here.txt");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.stderr())
                .isEqualTo("fatal error: An error occurred (404) when calling the HeadObject operation: Key "
                        + "\"nothing.txt\" does not exist\n");
        CliResult noSuchBucket = f.run("aws s3 cp notes.txt s3://nobody-has-this/");
        assertThat(noSuchBucket.exitCode()).isEqualTo(1);
        assertThat(noSuchBucket.stderr())
                .startsWith("upload failed: notes.txt to s3://nobody-has-this/notes.txt An"
                        + " error occurred (NoSuchBucket)");
        assertThat(f.ok("aws s3 rm s3://notes-bucket/top.txt")).isEqualTo("delete: s3://notes-bucket/top.txt\n");
    }

    @Test
    void aTrailLogsIntoItsBucketAndEventHistoryShowsWhoDidWhat() {
        f.ok("aws s3api create-bucket --bucket audit-logs");
        CliResult noPolicy = f.run("aws cloudtrail create-trail --name audit --s3-bucket-name audit-logs");
        assertThat(noPolicy.exitCode()).isEqualTo(254);
        assertThat(noPolicy.stderr())
                .isEqualTo("\nAn error occurred (InsufficientS3BucketPolicyException) when calling the CreateTrail"
                        + " operation: Incorrect S3 bucket policy is detected for bucket: audit-logs\n");
        f.ok("aws s3api put-bucket-policy --bucket audit-logs --policy file://policy.json");
        assertThat(f.ok("aws s3api get-bucket-policy --bucket audit-logs --query Policy --output text"))
                .contains("cloudtrail.amazonaws.com");
        assertThat(f.ok("aws cloudtrail create-trail --name audit --s3-bucket-name audit-logs --query TrailARN "
                        + "--output text"))
                .isEqualTo("arn:aws:cloudtrail:us-east-1:" + LEARNER + ":trail/audit\n");
        f.ok("aws cloudtrail start-logging --name audit");
        assertThat(f.ok("aws cloudtrail get-trail-status --name audit --query IsLogging"))
                .isEqualTo("true\n");
        String id = f.launch();
        f.advance(Duration.ofMinutes(5));
        assertThat(f.ok("aws s3 ls s3://audit-logs/AWSLogs/" + LEARNER + "/CloudTrail/us-east-1/2026/01/01/"))
                .matches("2026-01-01 00:05:00 +\\d+ " + LEARNER
                        + "_CloudTrail_us-east-1_20260101T0005Z_[0-9a-f]{16}\\.json\\.gz\n");
        assertThat(f.ok("aws cloudtrail describe-trails --query 'trailList[0].[Name,S3BucketName,HomeRegion]' "
                        + "--output text"))
                .isEqualTo("audit\taudit-logs\tus-east-1\n");

        assertThat(f.ok("aws cloudtrail lookup-events --lookup-attributes "
                        + "AttributeKey=EventName,AttributeValue=RunInstances --query 'Events[0].[EventName,Username]' "
                        + "--output text"))
                .isEqualTo("RunInstances\troot\n");
        assertThat(f.ok("aws cloudtrail lookup-events --lookup-attributes AttributeKey=ResourceName,AttributeValue="
                        + id + " --query 'Events[].EventName' --output text"))
                .isEqualTo("RunInstances\n");
        // CloudTrailEvent is a JSON string; the CLI's user agent and the learner's key are in it.
        String record = f.ok(
                "aws cloudtrail lookup-events --max-results 1 --lookup-attributes "
                        + "AttributeKey=EventName,AttributeValue=RunInstances --query 'Events[0].CloudTrailEvent' --output text");
        assertThat(record).contains("\"userAgent\":\"aws-cli/2.27.0").contains("\"accessKeyId\":\"AKIA");
        assertThat(f.ok("aws cloudtrail lookup-events --start-time 2026-01-01T00:05:00Z --query 'length(Events)'"))
                .isEqualTo("4\n"); // the two ls lines' ListObjectsV2 are data events: not here

        CliResult twoKeys = f.run("aws cloudtrail lookup-events --lookup-attributes "
                + "AttributeKey=EventName,AttributeValue=A AttributeKey=ReadOnly,AttributeValue=true");
        assertThat(twoKeys.stderr()).contains("(InvalidLookupAttributesException) when calling the LookupEvents");
        CliResult range = f.run("aws cloudtrail lookup-events --start-time 2026-01-02 --end-time 2026-01-01");
        assertThat(range.stderr()).contains("(InvalidTimeRangeException)");

        f.ok("aws cloudtrail stop-logging --name audit");
        assertThat(f.ok("aws cloudtrail get-trail-status --name audit --query IsLogging"))
                .isEqualTo("false\n");
        f.ok("aws cloudtrail delete-trail --name audit");
        assertThat(f.run("aws cloudtrail get-trail-status --name audit").stderr())
                .contains("(TrailNotFoundException)");
    }

    @Test
    void lookupEventsPagesThroughEverything() {
        for (int i = 0; i < 7; i++) {
            f.ok("aws ec2 describe-regions");
        }
        // --max-items cuts the joined pages and gives a token to resume from, as the CLI's paginator does.
        CliResult first = f.run("aws cloudtrail lookup-events --max-items 3 --query 'length(Events)'");
        assertThat(first.stdout()).isEqualTo("3\n");
        assertThat(f.ok("aws cloudtrail lookup-events --query 'length(Events)'"))
                .isEqualTo("8\n");
    }

    @Test
    void helpAndCompletionKnowTheNewServices() {
        assertThat(f.ok("aws help")).contains("cloudtrail").contains("s3api").contains("s3 ");
        assertThat(f.ok("aws cloudtrail help")).contains("lookup-events").contains("create-trail");
        assertThat(f.ok("aws s3api help")).contains("put-object").contains("create-bucket");
    }
}
