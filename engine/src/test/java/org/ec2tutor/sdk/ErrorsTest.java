package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.awsError;
import static org.ec2tutor.sdk.TestCloud.message;

import org.ec2tutor.cloud.error.AwsErrorCode;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

/** Errors reach SDK users exactly as the real SDK delivers AWS's errors. */
class ErrorsTest {

    private final TestCloud t = TestCloud.seeded(2);

    @Test
    void anErrorIsAnEc2ExceptionWithCodeMessageStatusAndRequestId() {
        Ec2Exception e = awsError(
                "InvalidInstanceID.NotFound", () -> t.ec2.stopInstances(b -> b.instanceIds("i-0123456789abcdef0")));
        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.awsErrorDetails().serviceName()).isEqualTo("Ec2");
        assertThat(e.awsErrorDetails().sdkHttpResponse().statusCode()).isEqualTo(400);
        assertThat(e.requestId()).matches("[0-9a-f-]{36}");
        assertThat(e.getMessage())
                .startsWith("The instance ID 'i-0123456789abcdef0' does not exist (Service: Ec2, "
                        + "Status Code: 400, Request ID: ");
    }

    @Test
    void dryRunAnswersDryRunOperationWith412AndChangesNothing() {
        Ec2Exception e = awsError(
                "DryRunOperation",
                () -> t.ec2.runInstances(b -> b.imageId(TestCloud.AL2023)
                        .instanceType("t3.micro")
                        .minCount(1)
                        .maxCount(1)
                        .dryRun(true)));
        assertThat(e.statusCode()).isEqualTo(412);
        assertThat(message(e)).isEqualTo("Request would have succeeded, but DryRun flag is set.");
        assertThat(t.ec2.describeInstances(b -> {}).reservations()).isEmpty();
        awsError("DryRunOperation", () -> t.ec2.describeImages(b -> b.dryRun(true)));
    }

    @Test
    void anOperationThatIsNotSimulatedSaysSoInAnEc2Exception() {
        Ec2Exception e = awsError("OperationNotSimulated", () -> t.ec2.describeVpcEndpoints(b -> {}));
        assertThat(message(e)).isEqualTo("ec2-tutor does not simulate the DescribeVpcEndpoints operation.");
        awsError("OperationNotSimulated", () -> t.ec2.describeFlowLogs(b -> {}));
    }

    @Test
    void aMissingRequiredParameterIsReported() {
        var e = awsError("MissingParameter", () -> t.ec2.stopInstances(b -> {}));
        assertThat(message(e)).isEqualTo("The request must contain the parameter InstanceId");
        awsError("MissingParameter", () -> t.ec2.runInstances(b -> b.instanceType("t3.micro")));
    }

    @Test
    void capacityBlockLaunchesAreNotSimulated() {
        awsError(
                "OperationNotSimulated",
                () -> t.ec2.runInstances(b -> b.imageId(TestCloud.AL2023)
                        .instanceType("t3.micro")
                        .minCount(1)
                        .maxCount(1)
                        .instanceMarketOptions(m -> m.marketType("capacity-block"))));
    }

    @Test
    void everyCodeHasTheSpellingAwsUses() {
        for (AwsErrorCode code : AwsErrorCode.values()) {
            // Digits only where AWS writes them (CloudTrail's S3BucketDoesNotExistException).
            assertThat(code.code()).matches("(S3|[A-Z])(S3|[A-Za-z])+(\\.[A-Z][A-Za-z]+)?");
        }
        assertThat(AwsErrorCode.INVALID_AMI_ID_NOT_FOUND.code()).isEqualTo("InvalidAMIID.NotFound");
        assertThat(AwsErrorCode.UNAUTHORIZED_OPERATION.httpStatus()).isEqualTo(403);
    }

    @Test
    void theClientNamesItsServiceAndAccount() {
        assertThat(t.ec2.serviceName()).isEqualTo("ec2");
        assertThat(t.ec2.toString()).isEqualTo("SimulatedEc2Client[default@us-east-1]");
    }

    @Test
    void theSimulatedOperationsAreListed() {
        assertThat(UnsimulatedOperations.simulatedOperations())
                .contains(
                        "RunInstances",
                        "DescribeImages",
                        "ModifyImageAttribute",
                        "GetImageBlockPublicAccessState",
                        "DeleteSnapshot")
                .hasSizeGreaterThan(35);
    }
}
