package org.ec2tutor.cloud.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a learner reads when a call is refused: the code, the HTTP status and the exact message of each factory.
 * A wording change here changes what the SDK and the {@code aws} CLI print, so each row pins it byte for byte.
 */
class Ec2ErrorsTest {

    private static final String ID = "i-0123456789abcdef0";

    static Stream<Arguments> factories() {
        return Stream.of(
                row(
                        "invalidAvailabilityZone",
                        () -> Ec2Errors.invalidAvailabilityZone("us-east-1z"),
                        "InvalidParameterValue",
                        400,
                        "Invalid availability zone: [us-east-1z]"),
                row(
                        "notTaggableHere",
                        () -> Ec2Errors.notTaggableHere("volume"),
                        "InvalidParameterValue",
                        400,
                        "'volume' is not a valid taggable resource type for this operation."),
                row(
                        "reservedTagKey",
                        Ec2Errors::reservedTagKey,
                        "InvalidParameterValue",
                        400,
                        "Tag keys starting with 'aws:' are reserved for internal use"),
                row(
                        "multipleAttributeTypes",
                        () -> Ec2Errors.multipleAttributeTypes(List.of("description", "launchPermission")),
                        "InvalidParameterCombination",
                        400,
                        "Fields for multiple attribute types specified: description, launchPermission"),
                row(
                        "startTimeAfterEndTime",
                        Ec2Errors::startTimeAfterEndTime,
                        "InvalidParameterValue",
                        400,
                        "The start time must be before the end time."),
                row(
                        "instanceTypesNotFound",
                        () -> Ec2Errors.instanceTypesNotFound(List.of("t9.huge")),
                        "InvalidInstanceType",
                        400,
                        "The following supplied instance types do not exist: [t9.huge]"),
                row("internalError", Ec2Errors::internalError, "InternalError", 500, "An internal error has occurred"),
                row(
                        "invalidValueFor (KeyName)",
                        () -> Ec2Errors.invalidValueFor("", "KeyName"),
                        "InvalidParameterValue",
                        400,
                        "Invalid value '' for KeyName."),
                row(
                        "spotTenancyNotSimulated",
                        () -> Ec2Errors.spotTenancyNotSimulated("dedicated"),
                        "OperationNotSimulated",
                        400,
                        "ec2-tutor does not simulate the RunInstances of Spot Instances with Placement.Tenancy "
                                + "dedicated operation."),
                row(
                        "marketTypeNotSimulated",
                        () -> Ec2Errors.marketTypeNotSimulated("capacity-block"),
                        "OperationNotSimulated",
                        400,
                        "ec2-tutor does not simulate the RunInstances with MarketType capacity-block operation."),
                row(
                        "instanceAttributeNotSimulated",
                        () -> Ec2Errors.instanceAttributeNotSimulated("kernel"),
                        "OperationNotSimulated",
                        400,
                        "ec2-tutor does not simulate the ModifyInstanceAttribute of kernel operation."),
                row(
                        "hostFamilyNotSimulated",
                        () -> Ec2Errors.hostFamilyNotSimulated("x2iedn", List.of("c5", "m5")),
                        "InvalidParameterValue",
                        400,
                        "Dedicated Hosts of instance family 'x2iedn' are not simulated; ec2-tutor has c5, m5."),
                row(
                        "capacityReservationPlatformNotSimulated",
                        () -> Ec2Errors.capacityReservationPlatformNotSimulated("Windows"),
                        "InvalidParameterValue",
                        400,
                        "ec2-tutor simulates Capacity Reservations for Linux/UNIX only, not Windows."),
                row(
                        "capacityReservationMatchingNotSimulated",
                        Ec2Errors::capacityReservationMatchingNotSimulated,
                        "InvalidParameterValue",
                        400,
                        "ec2-tutor simulates open instance matching only."),
                row(
                        "capacityReservationTenancyNotSimulated",
                        Ec2Errors::capacityReservationTenancyNotSimulated,
                        "InvalidParameterValue",
                        400,
                        "ec2-tutor simulates default tenancy only."),
                row(
                        "capacityReservationEndDateNeedsLimited",
                        Ec2Errors::capacityReservationEndDateNeedsLimited,
                        "InvalidParameterCombination",
                        400,
                        "EndDate can only be specified if EndDateType is limited."),
                row(
                        "capacityReservationEndDateInPast",
                        Ec2Errors::capacityReservationEndDateInPast,
                        "InvalidParameterValue",
                        400,
                        "The EndDate must be in the future."),
                row(
                        "noInstanceToInterrupt",
                        () -> Ec2Errors.noInstanceToInterrupt(ID),
                        "InvalidParameterValue",
                        400,
                        "No instance " + ID + " in this account and Region."),
                row(
                        "onDemandNotInterrupted",
                        () -> Ec2Errors.onDemandNotInterrupted(ID),
                        "InvalidParameterValue",
                        400,
                        ID + " is an On-Demand instance; only Spot Instances are interrupted."),
                row(
                        "notRunningNotInterrupted",
                        () -> Ec2Errors.notRunningNotInterrupted(ID, "stopped"),
                        "InvalidParameterValue",
                        400,
                        ID + " is stopped; EC2 interrupts running Spot Instances only."),
                row(
                        "interruptionAlreadyNoticed",
                        () -> Ec2Errors.interruptionAlreadyNoticed(ID, Instant.parse("2026-01-01T00:02:00Z")),
                        "InvalidParameterValue",
                        400,
                        ID + " already has its notice: EC2 acts at 2026-01-01T00:02:00Z."),
                row(
                        "cannotStart",
                        () -> Ec2Errors.cannotStart(ID),
                        "IncorrectInstanceState",
                        400,
                        "The instance '" + ID + "' is not in a state from which it can be started."),
                row(
                        "cannotStop",
                        () -> Ec2Errors.cannotStop(ID),
                        "IncorrectInstanceState",
                        400,
                        "This instance '" + ID + "' is not in a state from which it can be stopped."),
                row(
                        "neverReachedRunning",
                        () -> Ec2Errors.neverReachedRunning(ID),
                        "IncorrectInstanceState",
                        400,
                        "Instance '" + ID + "' cannot be stopped as it has never reached the 'running' state."),
                row(
                        "cannotReboot",
                        () -> Ec2Errors.cannotReboot(ID),
                        "IncorrectInstanceState",
                        400,
                        "The instance '" + ID + "' is not in a state from which it can be rebooted."),
                row(
                        "cannotModify",
                        () -> Ec2Errors.cannotModify(ID),
                        "IncorrectInstanceState",
                        400,
                        "The instance '" + ID + "' is not in a state from which it can be modified."),
                row(
                        "typeArchitectureMismatch",
                        () -> Ec2Errors.typeArchitectureMismatch("m6g.large", "x86_64"),
                        "InvalidParameterValue",
                        400,
                        "The instance type 'm6g.large' is not compatible with the instance's architecture 'x86_64'."),
                row(
                        "noDeviceMappedAt",
                        () -> Ec2Errors.noDeviceMappedAt("/dev/sdz"),
                        "InvalidParameterValue",
                        400,
                        "No device is currently mapped at /dev/sdz"),
                row(
                        "instanceIdsWithMaxResults",
                        Ec2Errors::instanceIdsWithMaxResults,
                        "InvalidParameterCombination",
                        400,
                        "The parameter instancesSet cannot be used with the parameter maxResults"),
                row(
                        "maxResultsOutOfRange",
                        () -> Ec2Errors.maxResultsOutOfRange(3),
                        "InvalidParameterValue",
                        400,
                        "Value ( 3 ) for parameter maxResults is invalid. Expecting a value greater than 5."),
                row(
                        "minCountNotPositive",
                        () -> Ec2Errors.minCountNotPositive(0),
                        "InvalidParameterValue",
                        400,
                        "Invalid value '0' for MinCount. Must be greater than 0."),
                row(
                        "maxCountBelowMinCount",
                        Ec2Errors::maxCountBelowMinCount,
                        "InvalidParameterValue",
                        400,
                        "MaxCount must be greater than or equal to MinCount."),
                row(
                        "rootDeviceCannotBeRemoved",
                        () -> Ec2Errors.rootDeviceCannotBeRemoved("/dev/xvda"),
                        "InvalidParameterValue",
                        400,
                        "The root device /dev/xvda cannot be removed."),
                row(
                        "hostIdNeedsHostTenancy",
                        Ec2Errors::hostIdNeedsHostTenancy,
                        "InvalidParameterCombination",
                        400,
                        "The parameter HostId can only be used with a tenancy of 'host'."),
                row(
                        "persistentSpotNeedsStopOrHibernate",
                        Ec2Errors::persistentSpotNeedsStopOrHibernate,
                        "InvalidParameterCombination",
                        400,
                        "persistent Spot Instance requests are only supported "
                                + "when InstanceInterruptionBehavior is set to either hibernate or stop"),
                row(
                        "oneTimeSpotNeedsTerminate",
                        Ec2Errors::oneTimeSpotNeedsTerminate,
                        "InvalidParameterCombination",
                        400,
                        "one-time Spot Instance requests are only supported "
                                + "when InstanceInterruptionBehavior is set to terminate"),
                row(
                        "ssmParameterNotFound",
                        () -> Ec2Errors.ssmParameterNotFound("resolve:ssm:/x", "/x"),
                        "InvalidParameterValue",
                        400,
                        "Invalid value 'resolve:ssm:/x' for ImageId. The SSM parameter '/x' could not be found."),
                row(
                        "userDataNotBase64",
                        Ec2Errors::userDataNotBase64,
                        "InvalidParameterValue",
                        400,
                        "Invalid BASE64 encoding of user data."),
                row(
                        "userDataTooLarge",
                        Ec2Errors::userDataTooLarge,
                        "InvalidParameterValue",
                        400,
                        "User data is limited to 16384 bytes"),
                row(
                        "volumeSizeOutOfRange",
                        () -> Ec2Errors.volumeSizeOutOfRange(20000),
                        "InvalidParameterValue",
                        400,
                        "Volume of 20000GiB is out of range: size must be between 1 and 16384 GiB."),
                row(
                        "deviceNeedsSizeOrSnapshot",
                        () -> Ec2Errors.deviceNeedsSizeOrSnapshot("/dev/sdf"),
                        "InvalidBlockDeviceMapping",
                        400,
                        "The request must contain the parameter size or snapshotId for device /dev/sdf"),
                row(
                        "hostTypeOrFamily",
                        Ec2Errors::hostTypeOrFamily,
                        "InvalidParameterCombination",
                        400,
                        "Specify either InstanceType or InstanceFamily, not both."),
                row(
                        "imageVolumeSizeFixed",
                        () -> Ec2Errors.imageVolumeSizeFixed("/dev/xvda"),
                        "InvalidParameterValue",
                        400,
                        "The volume size of /dev/xvda cannot be changed when creating an image."),
                row(
                        "snapshotNotCompleted",
                        () -> Ec2Errors.snapshotNotCompleted("snap-0123"),
                        "InvalidParameterValue",
                        400,
                        "Snapshot snap-0123 is not in the 'completed' state."),
                row(
                        "ebsDeviceNeedsSnapshot",
                        () -> Ec2Errors.ebsDeviceNeedsSnapshot("/dev/sdf"),
                        "InvalidBlockDeviceMapping",
                        400,
                        "snapshotId must be specified for EBS volume /dev/sdf"),
                row(
                        "rootDeviceNotMapped",
                        () -> Ec2Errors.rootDeviceNotMapped("/dev/xvda"),
                        "InvalidBlockDeviceMapping",
                        400,
                        "The device name /dev/xvda of the root device is not in the block device mapping"),
                row(
                        "organizationArnExpected",
                        () -> Ec2Errors.organizationArnExpected("o-abc"),
                        "InvalidParameterValue",
                        400,
                        "Invalid value 'o-abc' for OrganizationArn. Specify the ARN of the organization, not its ID."),
                row(
                        "organizationalUnitArnExpected",
                        () -> Ec2Errors.organizationalUnitArnExpected("ou-abc"),
                        "InvalidParameterValue",
                        400,
                        "Invalid value 'ou-abc' for OrganizationalUnitArn. "
                                + "Specify the ARN of the organizational unit, not its ID."),
                row(
                        "onlyLaunchPermissionResets",
                        () -> Ec2Errors.onlyLaunchPermissionResets("description"),
                        "InvalidParameterValue",
                        400,
                        "Invalid value 'description' for attribute. Only launchPermission can be reset."),
                row(
                        "deprecationTimeInPast",
                        Ec2Errors::deprecationTimeInPast,
                        "InvalidParameterValue",
                        400,
                        "The deprecation time must be in the future."),
                row(
                        "deprecationTimeTooFar",
                        Ec2Errors::deprecationTimeTooFar,
                        "InvalidParameterValue",
                        400,
                        "The deprecation time can't be more than 10 years in the future."),
                row(
                        "publicDeprecationTimeTooFar",
                        Ec2Errors::publicDeprecationTimeTooFar,
                        "InvalidParameterValue",
                        400,
                        "The deprecation time of a public AMI can't be more than 2 years after its creation date."),
                row(
                        "disabledFilterNeedsIncludeDisabled",
                        Ec2Errors::disabledFilterNeedsIncludeDisabled,
                        "InvalidParameter",
                        400,
                        "When filtering by the 'disabled' state, 'IncludeDisabled' must be "
                                + "set to 'true' in the request."),
                row(
                        "ssmNoTargets",
                        Ec2Errors::ssmNoTargets,
                        "InvalidParameters",
                        400,
                        "Specify at least one instance ID or target."),
                row(
                        "ssmCommandsMissing",
                        Ec2Errors::ssmCommandsMissing,
                        "InvalidParameters",
                        400,
                        "Parameter \"commands\" is required."));
    }

    private static Arguments row(String factory, Supplier<AwsException> call, String code, int status, String message) {
        return Arguments.of(factory, call, code, status, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("factories")
    void eachFactoryAnswersWithAwsCodeStatusAndWording(
            String factory, Supplier<AwsException> call, String code, int status, String message) {
        AwsException e = call.get();
        assertThat(e.code().code()).isEqualTo(code);
        assertThat(e.code().httpStatus()).isEqualTo(status);
        assertThat(e.getMessage()).isEqualTo(message);
    }
}
