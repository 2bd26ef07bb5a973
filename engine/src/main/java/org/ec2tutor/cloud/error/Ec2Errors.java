package org.ec2tutor.cloud.error;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The one place that knows AWS's error texts. Each method returns the exception for one situation and takes only the
 * values that vary (ids, names, numbers); the message is AWS's own wording (docs/ec2-behaviour.md section 6),
 * written here once. Callers never pass message text.
 */
public final class Ec2Errors {

    private Ec2Errors() {}

    private static AwsException error(AwsErrorCode code, String message) {
        return new AwsException(code, message);
    }

    // --- generic -------------------------------------------------------------------------------------------

    public static AwsException dryRun() {
        return error(AwsErrorCode.DRY_RUN_OPERATION, "Request would have succeeded, but DryRun flag is set.");
    }

    public static AwsException missingParameter(String parameter) {
        return error(AwsErrorCode.MISSING_PARAMETER, "The request must contain the parameter " + parameter);
    }

    private static AwsException invalidParameterValue(String message) {
        return error(AwsErrorCode.INVALID_PARAMETER_VALUE, message);
    }

    public static AwsException invalidValueFor(String value, String parameter) {
        return error(AwsErrorCode.INVALID_PARAMETER_VALUE, "Invalid value '" + value + "' for " + parameter + ".");
    }

    private static AwsException invalidParameterCombination(String message) {
        return error(AwsErrorCode.INVALID_PARAMETER_COMBINATION, message);
    }

    public static AwsException invalidFilter(String name) {
        return error(AwsErrorCode.INVALID_PARAMETER_VALUE, "The filter '" + name + "' is invalid");
    }

    public static AwsException invalidNextToken(String token) {
        return error(AwsErrorCode.INVALID_NEXT_TOKEN, "The token '" + token + "' is invalid.");
    }

    public static AwsException notSimulated(String operation) {
        return error(
                AwsErrorCode.OPERATION_NOT_SIMULATED, "ec2-tutor does not simulate the " + operation + " operation.");
    }

    public static AwsException invalidResourceId(String id) {
        return error(AwsErrorCode.INVALID_ID, "The ID '" + id + "' is not valid");
    }

    /** A fault in the simulator itself, answered as AWS answers its own faults. */
    public static AwsException internalError() {
        return error(AwsErrorCode.INTERNAL_ERROR, "An internal error has occurred");
    }

    public static AwsException invalidAvailabilityZone(String zone) {
        return invalidParameterValue("Invalid availability zone: [" + zone + "]");
    }

    public static AwsException notTaggableHere(String resourceType) {
        return invalidParameterValue(
                "'" + resourceType + "' is not a valid taggable resource type for this operation.");
    }

    public static AwsException reservedTagKey() {
        return invalidParameterValue("Tag keys starting with 'aws:' are reserved for internal use");
    }

    /** Modify*Attribute changes one attribute per call. */
    public static AwsException multipleAttributeTypes(List<String> attributes) {
        return invalidParameterCombination(
                "Fields for multiple attribute types specified: " + String.join(", ", attributes));
    }

    public static AwsException startTimeAfterEndTime() {
        return invalidParameterValue("The start time must be before the end time.");
    }

    /** DescribeInstanceTypes naming a type that does not exist (observed: scylladb/scylla-cluster-tests#12419). */
    public static AwsException instanceTypesNotFound(List<String> types) {
        return error(
                AwsErrorCode.INVALID_INSTANCE_TYPE,
                "The following supplied instance types do not exist: [" + String.join(", ", types) + "]");
    }

    // --- features ec2-tutor does not simulate (not AWS errors: the learner is told plainly) -------------------

    public static AwsException spotTenancyNotSimulated(String tenancy) {
        return notSimulated("RunInstances of Spot Instances with Placement.Tenancy " + tenancy);
    }

    public static AwsException marketTypeNotSimulated(String marketType) {
        return notSimulated("RunInstances with MarketType " + marketType);
    }

    public static AwsException instanceAttributeNotSimulated(String attribute) {
        return notSimulated("ModifyInstanceAttribute of " + attribute);
    }

    public static AwsException hostFamilyNotSimulated(String family, List<String> simulated) {
        return invalidParameterValue("Dedicated Hosts of instance family '" + family + "' are not simulated; "
                + "ec2-tutor has " + String.join(", ", simulated) + ".");
    }

    public static AwsException capacityReservationPlatformNotSimulated(String platform) {
        return invalidParameterValue(
                "ec2-tutor simulates Capacity Reservations for Linux/UNIX only, not " + platform + ".");
    }

    public static AwsException capacityReservationMatchingNotSimulated() {
        return invalidParameterValue("ec2-tutor simulates open instance matching only.");
    }

    public static AwsException capacityReservationTenancyNotSimulated() {
        return invalidParameterValue("ec2-tutor simulates default tenancy only.");
    }

    // --- the tutor's Spot interruption (a simulator action, not an AWS call) ------------------------------------

    public static AwsException noInstanceToInterrupt(String id) {
        return invalidParameterValue("No instance " + id + " in this account and Region.");
    }

    public static AwsException onDemandNotInterrupted(String id) {
        return invalidParameterValue(id + " is an On-Demand instance; only Spot Instances are interrupted.");
    }

    public static AwsException notRunningNotInterrupted(String id, String state) {
        return invalidParameterValue(id + " is " + state + "; EC2 interrupts running Spot Instances only.");
    }

    public static AwsException interruptionAlreadyNoticed(String id, Instant actsAt) {
        return invalidParameterValue(id + " already has its notice: EC2 acts at " + actsAt + ".");
    }

    // --- instances -----------------------------------------------------------------------------------------

    public static AwsException instanceIdMalformed(String id) {
        return error(AwsErrorCode.INVALID_INSTANCE_ID_MALFORMED, "Invalid id: \"" + id + "\"");
    }

    public static AwsException instancesNotFound(List<String> ids) {
        if (ids.size() == 1) {
            return error(
                    AwsErrorCode.INVALID_INSTANCE_ID_NOT_FOUND, "The instance ID '" + ids.get(0) + "' does not exist");
        }
        return error(
                AwsErrorCode.INVALID_INSTANCE_ID_NOT_FOUND,
                "The instance IDs '" + String.join(", ", ids) + "' do not exist");
    }

    /** The refusals of the instance state machine (StartInstances, StopInstances, RebootInstances). */
    public static AwsException cannotStart(String id) {
        return error(
                AwsErrorCode.INCORRECT_INSTANCE_STATE,
                "The instance '" + id + "' is not in a state from which it can be started.");
    }

    /** AWS's own text says "This instance", unlike its siblings. */
    public static AwsException cannotStop(String id) {
        return error(
                AwsErrorCode.INCORRECT_INSTANCE_STATE,
                "This instance '" + id + "' is not in a state from which it can be stopped.");
    }

    public static AwsException neverReachedRunning(String id) {
        return error(
                AwsErrorCode.INCORRECT_INSTANCE_STATE,
                "Instance '" + id + "' cannot be stopped as it has never reached the 'running' state.");
    }

    public static AwsException cannotReboot(String id) {
        return error(
                AwsErrorCode.INCORRECT_INSTANCE_STATE,
                "The instance '" + id + "' is not in a state from which it can be rebooted.");
    }

    public static AwsException cannotModify(String id) {
        return error(
                AwsErrorCode.INCORRECT_INSTANCE_STATE,
                "The instance '" + id + "' is not in a state from which it can be modified.");
    }

    public static AwsException typeArchitectureMismatch(String type, String instanceArchitecture) {
        return invalidParameterValue("The instance type '" + type
                + "' is not compatible with the instance's architecture '" + instanceArchitecture + "'.");
    }

    public static AwsException noDeviceMappedAt(String deviceName) {
        return invalidParameterValue("No device is currently mapped at " + deviceName);
    }

    /** DescribeInstances takes instance ids or a page size, not both. */
    public static AwsException instanceIdsWithMaxResults() {
        return invalidParameterCombination("The parameter instancesSet cannot be used with the parameter maxResults");
    }

    public static AwsException maxResultsOutOfRange(int maxResults) {
        return invalidParameterValue(
                "Value ( " + maxResults + " ) for parameter maxResults is invalid. Expecting a value greater than 5.");
    }

    public static AwsException minCountNotPositive(int minCount) {
        return invalidParameterValue("Invalid value '" + minCount + "' for MinCount. Must be greater than 0.");
    }

    public static AwsException maxCountBelowMinCount() {
        return invalidParameterValue("MaxCount must be greater than or equal to MinCount.");
    }

    public static AwsException rootDeviceCannotBeRemoved(String rootDeviceName) {
        return invalidParameterValue("The root device " + rootDeviceName + " cannot be removed.");
    }

    public static AwsException hostIdNeedsHostTenancy() {
        return invalidParameterCombination("The parameter HostId can only be used with a tenancy of 'host'.");
    }

    /** [I] wording: the rule is AWS's (a persistent request stops or hibernates). */
    public static AwsException persistentSpotNeedsStopOrHibernate() {
        return invalidParameterCombination("persistent Spot Instance requests are only supported when "
                + "InstanceInterruptionBehavior is set to either hibernate or stop");
    }

    /** [I] wording: the rule is AWS's (stop and hibernate need a persistent request). */
    public static AwsException oneTimeSpotNeedsTerminate() {
        return invalidParameterCombination("one-time Spot Instance requests are only supported when "
                + "InstanceInterruptionBehavior is set to terminate");
    }

    public static AwsException ssmParameterNotFound(String imageId, String parameter) {
        return invalidParameterValue("Invalid value '" + imageId + "' for ImageId. The SSM parameter '" + parameter
                + "' could not be found.");
    }

    public static AwsException userDataNotBase64() {
        return invalidParameterValue("Invalid BASE64 encoding of user data.");
    }

    public static AwsException userDataTooLarge() {
        return invalidParameterValue("User data is limited to 16384 bytes");
    }

    public static AwsException volumeSizeOutOfRange(int sizeGib) {
        return invalidParameterValue(
                "Volume of " + sizeGib + "GiB is out of range: size must be between 1 and 16384 " + "GiB.");
    }

    public static AwsException deviceNeedsSizeOrSnapshot(String deviceName) {
        return error(
                AwsErrorCode.INVALID_BLOCK_DEVICE_MAPPING,
                "The request must contain the parameter size or snapshotId for device " + deviceName);
    }

    public static AwsException notStopped(String id) {
        return error(AwsErrorCode.INCORRECT_INSTANCE_STATE, "The instance '" + id + "' is not in the 'stopped' state.");
    }

    public static AwsException terminationProtected(String id, String attribute) {
        return error(
                AwsErrorCode.OPERATION_NOT_PERMITTED,
                "The instance '" + id + "' may not be terminated. Modify its '" + attribute
                        + "' instance attribute and try again.");
    }

    public static AwsException stopProtected(String id) {
        return error(
                AwsErrorCode.OPERATION_NOT_PERMITTED,
                "The instance '" + id
                        + "' may not be stopped. Modify its 'disableApiStop' instance attribute and try again.");
    }

    public static AwsException hibernationNotConfigured(String id) {
        return error(
                AwsErrorCode.UNSUPPORTED_HIBERNATION_CONFIGURATION,
                "The instance can't be hibernated because it was not configured at launch for hibernation: " + id);
    }

    public static AwsException hibernationNotReadyYet() {
        return error(AwsErrorCode.UNSUPPORTED_HIBERNATION_CONFIGURATION, "Instance is not ready to hibernate yet");
    }

    public static AwsException hibernationRootNotEncrypted() {
        return error(
                AwsErrorCode.UNSUPPORTED_HIBERNATION_CONFIGURATION,
                "For hibernation, the root device volume must be encrypted.");
    }

    public static AwsException hibernationUnsupportedType(String type) {
        return error(
                AwsErrorCode.UNSUPPORTED_HIBERNATION_CONFIGURATION,
                "The instance type '" + type + "' does not support hibernation.");
    }

    public static AwsException hibernatedCannotBeModified(String id) {
        return error(
                AwsErrorCode.INCORRECT_INSTANCE_STATE,
                "The instance '" + id + "' is hibernated and cannot be modified until it is started.");
    }

    /** RunInstances with {@code IamInstanceProfile.Name} the account has no profile of [O]. */
    public static AwsException instanceProfileNameInvalid(String name) {
        return invalidParameterValue("Value (" + name
                + ") for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name");
    }

    /** AssociateIamInstanceProfile on an instance that has one [O] (aws-samples/one-observability-demo#201). */
    public static AwsException existingProfileAssociation(String instanceId) {
        return error(AwsErrorCode.INCORRECT_STATE, "There is an existing association for instance " + instanceId);
    }

    /** Replacing (or disassociating) an association that is not the instance's current one [O] (aws/aws-cli#5251). */
    public static AwsException notTheActiveAssociation(String associationId) {
        return error(
                AwsErrorCode.INCORRECT_STATE, "The association " + associationId + " is not the active association");
    }

    /** The same for {@code IamInstanceProfile.Arn} (wording by analogy with the name's [I]). */
    public static AwsException instanceProfileArnInvalid(String arn) {
        return invalidParameterValue("Value (" + arn
                + ") for parameter iamInstanceProfile.arn is invalid. Invalid IAM Instance Profile ARN");
    }

    public static AwsException unknownInstanceType(String type) {
        return invalidValueFor(type, "InstanceType");
    }

    public static AwsException architectureMismatch(String typeArch, String imageArch) {
        return invalidParameterValue("The architecture '" + typeArch
                + "' of the specified instance type does not match the architecture '" + imageArch
                + "' of the specified AMI. Specify an instance type and an AMI that have matching architectures, "
                + "and try again. You can use 'describe-instance-types' or 'describe-images' to discover the "
                + "architecture of the instance type or AMI.");
    }

    public static AwsException unsupportedConfiguration() {
        return error(
                AwsErrorCode.UNSUPPORTED,
                "The requested configuration is currently not supported. "
                        + "Please check the documentation for supported configurations.");
    }

    public static AwsException typeNotOfferedInZone(String type, String zone, List<String> offeredIn) {
        return error(
                AwsErrorCode.UNSUPPORTED,
                "Your requested instance type (" + type
                        + ") is not supported in your requested Availability Zone (" + zone
                        + "). Please retry your request by not specifying an Availability Zone or choosing "
                        + String.join(", ", offeredIn) + ".");
    }

    public static AwsException insufficientCapacity(String type, String zone, List<String> otherZones) {
        return error(
                AwsErrorCode.INSUFFICIENT_INSTANCE_CAPACITY,
                "We currently do not have sufficient " + type
                        + " capacity in the Availability Zone you requested (" + zone
                        + "). Our system will be working on provisioning additional capacity. You can currently get "
                        + type
                        + " capacity by not specifying an Availability Zone in your request or choosing "
                        + String.join(", ", otherZones) + ".");
    }

    public static AwsException insufficientFreeAddresses(String subnetId) {
        return error(
                AwsErrorCode.INSUFFICIENT_FREE_ADDRESSES_IN_SUBNET,
                "There are not enough free addresses in " + "subnet '" + subnetId
                        + "' to satisfy the requested number of instances.");
    }

    public static AwsException vcpuLimitExceeded(int limit) {
        return error(
                AwsErrorCode.VCPU_LIMIT_EXCEEDED,
                "You have requested more vCPU capacity than your current "
                        + "vCPU limit of " + limit + " allows for the instance bucket that the specified instance type "
                        + "belongs to. Please visit http://aws.amazon.com/contact-us/ec2-request to request an adjustment "
                        + "to this limit.");
    }

    public static AwsException keyPairNotFound(String name) {
        return error(AwsErrorCode.INVALID_KEY_PAIR_NOT_FOUND, "The key pair '" + name + "' does not exist");
    }

    /** The EC2 error-code reference: "The specified Reserved Instances offering does not exist." */
    public static AwsException reservedInstancesOfferingNotFound() {
        return error(
                AwsErrorCode.INVALID_RESERVED_INSTANCES_OFFERING_ID,
                "The specified Reserved Instances offering does not exist.");
    }

    /** The EC2 error-code reference: "The specified Reserved Instance does not exist." */
    public static AwsException reservedInstancesNotFound(String id) {
        return error(
                AwsErrorCode.INVALID_RESERVED_INSTANCES_ID, "The Reserved Instance ID '" + id + "' does not exist");
    }

    /** The code AWS answers for an unknown reservation; the wording is [I] (not observed). */
    public static AwsException capacityReservationNotFound(String id) {
        return error(
                AwsErrorCode.INVALID_CAPACITY_RESERVATION_ID_NOT_FOUND,
                "The capacity reservation ID '" + id + "' does not exist");
    }

    /** The code AWS answers for an unknown Dedicated Host; the wording is [I] (not observed). */
    public static AwsException hostNotFound(String id) {
        return error(AwsErrorCode.INVALID_HOST_ID_NOT_FOUND, "The host ID '" + id + "' does not exist");
    }

    /** Tenancy host with no allocated host that can take the instance; wording [I]. */
    public static AwsException noHostAvailable(String type) {
        return error(
                AwsErrorCode.UNAVAILABLE_HOST_REQUIREMENTS,
                "There are no valid Dedicated Hosts available on " + "which you can launch an instance of type " + type
                        + ".");
    }

    /** A launch onto a named host that has no room left; wording [I]. */
    public static AwsException hostFull(String hostId) {
        return error(
                AwsErrorCode.INSUFFICIENT_HOST_CAPACITY, "Insufficient capacity on Dedicated Host " + hostId + ".");
    }

    /** [O] wording (docs/ec2-behaviour.md section 6). */
    public static AwsException spotMaxPriceTooLow(BigDecimal maxPrice, BigDecimal current) {
        return error(
                AwsErrorCode.SPOT_MAX_PRICE_TOO_LOW,
                "Your Spot request price of " + maxPrice.toPlainString()
                        + " is lower than the minimum required Spot request fulfillment price of "
                        + current.toPlainString()
                        + ".");
    }

    // --- launch templates (docs/ec2-behaviour.md section 20, "Launch templates")
    // ----------------------------------------

    /** Observed: getmoto/moto#5477, aws/karpenter-provider-aws#5665. */
    public static AwsException launchTemplateIdNotFound(String id) {
        return error(
                AwsErrorCode.INVALID_LAUNCH_TEMPLATE_ID_NOT_FOUND,
                "The specified launch template, with template ID " + id + ", does not exist.");
    }

    /** Observed (see launchTemplateIdNotFound). */
    public static AwsException launchTemplateNameNotFound(String name) {
        return error(
                AwsErrorCode.INVALID_LAUNCH_TEMPLATE_NAME_NOT_FOUND,
                "The specified launch template, with template name " + name + ", does not exist.");
    }

    /** Observed: github-aws-runners/terraform-aws-github-runner#1382. */
    public static AwsException launchTemplateNameInUse() {
        return error(AwsErrorCode.INVALID_LAUNCH_TEMPLATE_NAME_ALREADY_EXISTS, "Launch template name already in use.");
    }

    /** [I] wording, in the form of AWS's other malformed-id messages; the code is AWS's. */
    public static AwsException launchTemplateIdMalformed(String id) {
        return error(
                AwsErrorCode.INVALID_LAUNCH_TEMPLATE_ID_MALFORMED, "Invalid id: \"" + id + "\" (expecting \"lt-...\")");
    }

    /** [I] wording (the API reference's naming rule); the code is AWS's. */
    public static AwsException launchTemplateNameMalformed() {
        return error(
                AwsErrorCode.INVALID_LAUNCH_TEMPLATE_NAME_MALFORMED,
                "A launch template name must be between 3 and 128 characters, and may contain letters, numbers, "
                        + "and the following characters: - ( ) . / _.'");
    }

    /** [I] wording (moto's); the code is AWS's. */
    public static AwsException launchTemplateVersionNotFound(String version, String templateId) {
        return error(
                AwsErrorCode.INVALID_LAUNCH_TEMPLATE_ID_VERSION_NOT_FOUND,
                "Could not find the specified version " + version + " for the launch template with ID " + templateId
                        + ".");
    }

    /** Observed: awsdocs/aws-cloudformation-user-guide#453. */
    public static AwsException launchTemplateDataMissing() {
        return error(
                AwsErrorCode.MISSING_PARAMETER,
                "No launch template data was provided. Launch template data is required to create a launch "
                        + "template.");
    }

    /** [I] wording: a template is named by id or by name, not both. */
    public static AwsException launchTemplateIdAndName() {
        return invalidParameterCombination(
                "Both the launch template ID and the launch template name were specified, but only one is allowed.");
    }

    /** [I] wording: neither an id nor a name. */
    public static AwsException launchTemplateNotNamed() {
        return missingParameter("LaunchTemplateId or LaunchTemplateName");
    }

    /** [I] wording: the API reference says the default version cannot be deleted, only the whole template. */
    public static AwsException cannotDeleteDefaultVersion() {
        return invalidParameterValue("The default version of a launch template cannot be deleted. Delete the launch "
                + "template instead, or make another version the default first.");
    }

    // --- Spot requests (docs/ec2-behaviour.md section 20, "Spot requests")
    // --------------------------------------------

    /** [I] wording, in the form of the instance message; the code is AWS's. */
    public static AwsException spotRequestNotFound(String id) {
        return error(
                AwsErrorCode.INVALID_SPOT_INSTANCE_REQUEST_ID_NOT_FOUND,
                "The spot instance request ID '" + id + "' does not exist");
    }

    /** [I] wording; the code is AWS's. */
    public static AwsException spotRequestIdMalformed(String id) {
        return error(
                AwsErrorCode.INVALID_SPOT_INSTANCE_REQUEST_ID_MALFORMED,
                "Invalid id: \"" + id + "\" (expecting \"sir-...\")");
    }

    /** RequestSpotInstances: stop and hibernate need a persistent request (API reference, RequestSpotInstances). */
    public static AwsException stopOrHibernateNeedsPersistentRequest() {
        return invalidParameterCombination(
                "Instance interruption behavior 'stop' or 'hibernate' requires a persistent Spot request.");
    }

    /** [I] wording: ValidUntil in the past. */
    public static AwsException validUntilInThePast() {
        return invalidParameterValue("The ValidUntil date must be in the future.");
    }

    // --- credit specifications ------------------------------------------------------------------------------

    /** Observed: hashicorp/terraform-provider-aws#5067 (RunInstances of an m5.large with a credit specification). */
    public static AwsException creditSpecificationNotSupported(String type) {
        return error(
                AwsErrorCode.INSTANCE_CREDIT_SPECIFICATION_NOT_SUPPORTED,
                "The " + type + " instance type does not support T2 Unlimited.");
    }

    /** [O] wording (docs/ec2-behaviour.md section 6). */
    public static AwsException oneTimeSpotCannotStop(String id) {
        return error(
                AwsErrorCode.UNSUPPORTED_OPERATION,
                "You can't stop the Spot Instance '" + id
                        + "' because it is associated with a one-time Spot Instance request. You can only stop Spot "
                        + "Instances associated with persistent Spot Instance requests.");
    }

    /** [I] wording; the rule (exactly one of the two) is the AllocateHosts reference's. */
    public static AwsException hostTypeOrFamily() {
        return invalidParameterCombination("Specify either InstanceType or InstanceFamily, not both.");
    }

    public static AwsException capacityReservationEndDateNeedsLimited() {
        return invalidParameterCombination("EndDate can only be specified if EndDateType is limited.");
    }

    public static AwsException capacityReservationEndDateInPast() {
        return invalidParameterValue("The EndDate must be in the future.");
    }

    public static AwsException keyPairDuplicate(String name) {
        return error(AwsErrorCode.INVALID_KEY_PAIR_DUPLICATE, "The keypair '" + name + "' already exists.");
    }

    public static AwsException volumeSmallerThanSnapshot(int size, String snapshotId, int snapshotSize) {
        return error(
                AwsErrorCode.INVALID_BLOCK_DEVICE_MAPPING,
                "Volume of size " + size + "GB is smaller than snapshot '" + snapshotId + "', expect size >= "
                        + snapshotSize + "GB");
    }

    // --- images --------------------------------------------------------------------------------------------

    public static AwsException imageIdMalformed(String id) {
        return error(AwsErrorCode.INVALID_AMI_ID_MALFORMED, "Invalid id: \"" + id + "\" (expecting \"ami-...\")");
    }

    public static AwsException imagesNotFound(List<String> ids) {
        if (ids.size() == 1) {
            return error(AwsErrorCode.INVALID_AMI_ID_NOT_FOUND, "The image id '[" + ids.get(0) + "]' does not exist");
        }
        return error(
                AwsErrorCode.INVALID_AMI_ID_NOT_FOUND, "The image ids '[" + String.join(", ", ids) + "]' do not exist");
    }

    public static AwsException imageNoLongerAvailable(String id) {
        return error(AwsErrorCode.INVALID_AMI_ID_UNAVAILABLE, "The image ID '" + id + "' is no longer available");
    }

    public static AwsException imagePending(String id) {
        return error(
                AwsErrorCode.INVALID_AMI_ID_UNAVAILABLE,
                "The AMI ID '" + id + "' is currently pending and may not be used for this operation");
    }

    public static AwsException imagePendingCannotRun(String id) {
        return error(AwsErrorCode.INVALID_AMI_ID_UNAVAILABLE, "AMI '" + id + "' is pending, and cannot be run");
    }

    public static AwsException imageNotAvailable(String id) {
        return error(AwsErrorCode.INVALID_AMI_ID_UNAVAILABLE, "The image ID '" + id + "' is not available");
    }

    public static AwsException notAuthorizedForImage(String id) {
        return error(AwsErrorCode.AUTH_FAILURE, "Not authorized for image:" + id);
    }

    public static AwsException notAuthorizedForImages(String id) {
        return error(AwsErrorCode.AUTH_FAILURE, "Not authorized for images: [" + id + "]");
    }

    public static AwsException restrictedAttribute() {
        return error(AwsErrorCode.AUTH_FAILURE, "Unauthorized attempt to access restricted resource");
    }

    public static AwsException amiNameMalformed() {
        return error(
                AwsErrorCode.INVALID_AMI_NAME_MALFORMED,
                "AMI names must be between 3 and 128 characters long,"
                        + " and may contain letters, numbers, '(', ')', '.', '-', '/' and '_'");
    }

    public static AwsException amiNameDuplicate(String name, String existingId) {
        return error(
                AwsErrorCode.INVALID_AMI_NAME_DUPLICATE,
                "AMI name " + name + " is already in use by AMI " + existingId);
    }

    public static AwsException invalidAttributeItem(String value, String itemType) {
        return error(
                AwsErrorCode.INVALID_AMI_ATTRIBUTE_ITEM_VALUE,
                "Invalid attribute item value \"" + value + "\" for " + itemType + " item type.");
    }

    public static AwsException publicSharingBlocked() {
        return error(
                AwsErrorCode.OPERATION_NOT_PERMITTED,
                "You can\u2019t publicly share this image because block "
                        + "public access for AMIs is enabled for this account. To publicly share the image, you must call "
                        + "the DisableImageBlockPublicAccess API.");
    }

    public static AwsException instanceNotImageable(String id) {
        return invalidParameterValue("Invalid value '" + id
                + "' for instanceId. Instance is not in state 'running' or 'stopping' or 'stopped'");
    }

    public static AwsException disabledFilterNeedsIncludeDisabled() {
        return error(
                AwsErrorCode.INVALID_PARAMETER,
                "When filtering by the 'disabled' state, 'IncludeDisabled' " + "must be set to 'true' in the request.");
    }

    public static AwsException imageVolumeSizeFixed(String deviceName) {
        return invalidParameterValue("The volume size of " + deviceName + " cannot be changed when creating an image.");
    }

    public static AwsException snapshotNotCompleted(String id) {
        return invalidParameterValue("Snapshot " + id + " is not in the 'completed' state.");
    }

    public static AwsException ebsDeviceNeedsSnapshot(String deviceName) {
        return error(
                AwsErrorCode.INVALID_BLOCK_DEVICE_MAPPING, "snapshotId must be specified for EBS volume " + deviceName);
    }

    public static AwsException rootDeviceNotMapped(String rootDeviceName) {
        return error(
                AwsErrorCode.INVALID_BLOCK_DEVICE_MAPPING,
                "The device name " + rootDeviceName + " of the root device is not in the block device mapping");
    }

    public static AwsException organizationArnExpected(String value) {
        return invalidParameterValue(
                "Invalid value '" + value + "' for OrganizationArn. Specify the ARN of the organization, not its ID.");
    }

    public static AwsException organizationalUnitArnExpected(String value) {
        return invalidParameterValue("Invalid value '" + value
                + "' for OrganizationalUnitArn. Specify the ARN of the organizational unit, not its ID.");
    }

    /** ResetImageAttribute resets launch permissions only. */
    public static AwsException onlyLaunchPermissionResets(String attribute) {
        return invalidParameterValue(
                "Invalid value '" + attribute + "' for attribute. Only launchPermission can be reset.");
    }

    public static AwsException deprecationTimeInPast() {
        return invalidParameterValue("The deprecation time must be in the future.");
    }

    public static AwsException deprecationTimeTooFar() {
        return invalidParameterValue("The deprecation time can't be more than 10 years in the future.");
    }

    public static AwsException publicDeprecationTimeTooFar() {
        return invalidParameterValue(
                "The deprecation time of a public AMI can't be more than 2 years after its creation date.");
    }

    public static AwsException noAccessToImageStorage() {
        return error(AwsErrorCode.INVALID_REQUEST, "You do not have permission to access the storage of this ami");
    }

    // --- Systems Manager Run Command --------------------------------------------------------------------------

    public static AwsException ssmInstancesNotValid(List<String> ids, String account) {
        return error(
                AwsErrorCode.SSM_INVALID_INSTANCE_ID,
                "Instances [[" + String.join(", ", ids) + "]] not in a valid state for account " + account);
    }

    public static AwsException ssmDocumentNotFound(String name) {
        return error(AwsErrorCode.SSM_INVALID_DOCUMENT, "Document with name " + name + " does not exist.");
    }

    public static AwsException ssmNoTargets() {
        return error(AwsErrorCode.SSM_INVALID_PARAMETERS, "Specify at least one instance ID or target.");
    }

    public static AwsException ssmCommandsMissing() {
        return error(AwsErrorCode.SSM_INVALID_PARAMETERS, "Parameter \"commands\" is required.");
    }

    public static AwsException ssmInvocationDoesNotExist() {
        return error(AwsErrorCode.SSM_INVOCATION_DOES_NOT_EXIST, "");
    }

    public static AwsException ssmUnsupportedPlatform(String document) {
        return error(
                AwsErrorCode.SSM_UNSUPPORTED_PLATFORM_TYPE,
                "The document " + document + " is not supported on the platform of the target instances (Windows).");
    }

    // --- volumes and snapshots -----------------------------------------------------------------------------

    public static AwsException snapshotIdMalformed(String id) {
        return error(AwsErrorCode.INVALID_SNAPSHOT_ID_MALFORMED, "Invalid id: \"" + id + "\" (expecting \"snap-...\")");
    }

    public static AwsException snapshotNotFound(String id) {
        return error(AwsErrorCode.INVALID_SNAPSHOT_NOT_FOUND, "The snapshot '" + id + "' does not exist.");
    }

    public static AwsException snapshotInUse(String snapshotId, String imageId) {
        return error(
                AwsErrorCode.INVALID_SNAPSHOT_IN_USE,
                "The snapshot " + snapshotId + " is currently in use by " + imageId);
    }

    public static AwsException volumeIdMalformed(String id) {
        return error(AwsErrorCode.INVALID_VOLUME_ID_MALFORMED, "Invalid id: \"" + id + "\" (expecting \"vol-...\")");
    }

    public static AwsException volumeNotFound(String id) {
        return error(AwsErrorCode.INVALID_VOLUME_NOT_FOUND, "The volume '" + id + "' does not exist.");
    }

    // --- EBS volumes, snapshots and encryption by default (docs/ec2-behaviour.md section 17) ----------------

    /** [I] wording in the form of the launch-time size check; the ranges per type are AWS's. */
    public static AwsException volumeSizeOutOfRange(String volumeType, int sizeGib, int min, int max) {
        return invalidParameterValue("Volume of " + sizeGib + "GiB is out of range for volumeType " + volumeType
                + ": size must be between " + min + " and " + max + " GiB.");
    }

    /** [O] the wording pasted for gp2. */
    public static AwsException iopsNotSupported(String volumeType) {
        return invalidParameterCombination("The parameter iops is not supported for " + volumeType + " volumes.");
    }

    /** [O] velero-plugin-for-aws #119. */
    public static AwsException iopsRequired(String volumeType) {
        return invalidParameterCombination("The parameter iops must be specified for " + volumeType + " volumes.");
    }

    /** [O] runs-on #426. */
    public static AwsException throughputOnlyForGp3() {
        return invalidParameterCombination("throughput can only be specified for volumeType gp3.");
    }

    /** [O] rocicorp/mono #4410: the ratio printed with six decimals. */
    public static AwsException iopsRatioTooHigh(double ratio, int maximum) {
        return invalidParameterValue(String.format(
                Locale.ROOT, "Iops to volume size ratio of %.6f is too high; maximum is %d", ratio, maximum));
    }

    /** [I] wording; the ranges are AWS's. */
    public static AwsException iopsOutOfRange(String volumeType, int iops, int min, int max) {
        return invalidParameterValue("Volume iops of " + iops + " is out of range for volumeType " + volumeType
                + ": iops must be between " + min + " and " + max + ".");
    }

    /** [I] wording; the range is AWS's. */
    public static AwsException throughputOutOfRange(int throughput, int min, int max) {
        return invalidParameterValue("Throughput of " + throughput + " MiB/s is out of range: throughput must be "
                + "between " + min + " and " + max + " MiB/s.");
    }

    /** [I] wording; the rule (a key only with Encrypted=true) is AWS's. */
    public static AwsException kmsKeyNeedsEncrypted() {
        return error(
                AwsErrorCode.INVALID_PARAMETER_DEPENDENCY,
                "The parameter KmsKeyId requires the parameter Encrypted to be set.");
    }

    /** [O] aws-ebs-csi-driver #1801 (DetachVolume of an available volume); used for every wrong volume state. */
    public static AwsException volumeIncorrectState(String volumeId, String state) {
        return error(AwsErrorCode.INCORRECT_STATE, "Volume '" + volumeId + "' is in the '" + state + "' state.");
    }

    /** [O] nixops-aws #104 (DeleteVolume); AttachVolume answers the same code [V], its wording is [I]. */
    public static AwsException volumeAttached(String volumeId, String instanceId) {
        return error(AwsErrorCode.VOLUME_IN_USE, "Volume " + volumeId + " is currently attached to " + instanceId);
    }

    /** [O] linuxkit #2388, aws-ebs-csi-driver #52. */
    public static AwsException volumeZoneMismatch(String volumeId, String instanceId) {
        return error(
                AwsErrorCode.INVALID_VOLUME_ZONE_MISMATCH,
                "The volume '" + volumeId + "' is not in the same availability zone as instance '" + instanceId + "'");
    }

    /** [O] nanovms/ops #1189. */
    public static AwsException deviceInUse(String device) {
        return invalidParameterValue(
                "Invalid value '" + device + "' for unixDevice. Attachment point " + device + " is already in use");
    }

    /** [O] base2genomics/batchit #15. */
    public static AwsException invalidDeviceName(String device) {
        return invalidParameterValue("Value (" + device + ") for parameter device is invalid. " + device
                + " is not a valid EBS device name.");
    }

    /** [I] wording; the rule (no root detach while the instance runs) is AWS's. */
    public static AwsException rootVolumeDetach(String volumeId, String instanceId) {
        return error(
                AwsErrorCode.INCORRECT_STATE,
                "Unable to detach root volume '" + volumeId + "' from instance '" + instanceId + "'");
    }

    /** [I] wording. */
    public static AwsException volumeNotAttachedTo(String volumeId, String instanceId) {
        return error(
                AwsErrorCode.INVALID_ATTACHMENT_NOT_FOUND,
                "Volume '" + volumeId + "' is not attached to instance '" + instanceId + "'.");
    }

    /** [I] wording; AttachVolume works on running or stopped instances only [V]. */
    public static AwsException instanceNotReadyForVolume(String instanceId) {
        return error(
                AwsErrorCode.INCORRECT_INSTANCE_STATE,
                "The instance '" + instanceId + "' is not in a valid state for this operation.");
    }

    /** [I] wording; the rule (size never shrinks) is AWS's. */
    public static AwsException volumeCannotShrink(int targetGib, int currentGib) {
        return invalidParameterValue(
                "New size " + targetGib + "GiB cannot be smaller than existing size " + currentGib + "GiB.");
    }

    /** [I] wording. */
    public static AwsException volumeModificationUnchanged(String volumeId) {
        return invalidParameterValue(
                "Modification of volume '" + volumeId + "' requested no change to its size, type, IOPS or throughput.");
    }

    /** [I] wording: a modification is still modifying or optimizing. */
    public static AwsException volumeBeingModified(String volumeId) {
        return error(
                AwsErrorCode.INCORRECT_STATE,
                "Volume '" + volumeId + "' is being modified; wait until its modification is completed.");
    }

    /**
     * The 2026 rule (four modifications per volume in any rolling 24 hours); the first sentence is the observed
     * pre-2026 wording (sodafoundation/strato #1094), the second is [I].
     */
    public static AwsException volumeModificationRateExceeded() {
        return error(
                AwsErrorCode.VOLUME_MODIFICATION_RATE_EXCEEDED,
                "You've reached the maximum modification rate per volume limit. A volume can be modified at most 4 "
                        + "times in any 24-hour period.");
    }

    /** [I] wording; the limit (5 pending per volume, 1 for st1/sc1) is AWS's. */
    public static AwsException concurrentSnapshotLimit() {
        return error(
                AwsErrorCode.CONCURRENT_SNAPSHOT_LIMIT_EXCEEDED,
                "Maximum allowed in-progress snapshots for a single volume exceeded.");
    }

    /** [I] wording; the rule (no sharing of snapshots under the AWS managed key) is AWS's. */
    public static AwsException snapshotDefaultKeyNotShareable(String snapshotId) {
        return error(
                AwsErrorCode.OPERATION_NOT_PERMITTED,
                "Snapshot " + snapshotId
                        + " is encrypted with the AWS managed key (alias/aws/ebs) and cannot be shared.");
    }

    /** [I] wording; the rule (only unencrypted snapshots can be public) is AWS's. */
    public static AwsException encryptedSnapshotNotPublic(String snapshotId) {
        return error(
                AwsErrorCode.OPERATION_NOT_PERMITTED, "Encrypted snapshot " + snapshotId + " cannot be made public.");
    }

    /** [I] wording; the rule (block public access for snapshots refuses new public sharing) is AWS's. */
    public static AwsException snapshotPublicSharingBlocked() {
        return error(
                AwsErrorCode.OPERATION_NOT_PERMITTED,
                "Block public access for snapshots is enabled in this Region: snapshots cannot be made public.");
    }

    // --- VPCs, subnets and security groups (docs/ec2-behaviour.md sections 9 and 10) ---------------------

    public static AwsException securityGroupNotFound(String id) {
        return error(AwsErrorCode.INVALID_GROUP_NOT_FOUND, "The security group '" + id + "' does not exist");
    }

    /** A {@code GroupName} parameter only looks in the default VPC; {@code none} when there is none. */
    public static AwsException securityGroupNotInDefaultVpc(String name, String vpcId) {
        return error(
                AwsErrorCode.INVALID_GROUP_NOT_FOUND,
                "The security group '" + name + "' does not exist in default VPC '" + vpcId + "'");
    }

    public static AwsException securityGroupDuplicate(String name, String vpcId) {
        return error(
                AwsErrorCode.INVALID_GROUP_DUPLICATE,
                "The security group '" + name + "' already exists for VPC '" + vpcId + "'");
    }

    /** [I] wording. */
    public static AwsException groupNameLooksLikeId() {
        return invalidParameterValue("Group names may not be in the format sg-*.");
    }

    public static AwsException securityGroupInUse(String id) {
        return error(AwsErrorCode.DEPENDENCY_VIOLATION, "resource " + id + " has a dependent object");
    }

    public static AwsException cannotDeleteDefaultGroup(String id) {
        return error(
                AwsErrorCode.CANNOT_DELETE,
                "the specified group: \"" + id + "\" name: \"default\" cannot be deleted by a user");
    }

    /**
     * AWS's lower-case wording: {@code the specified rule "peer: 0.0.0.0/0, TCP, from port: 22, to port: 22, ALLOW"
     * already exists}; all traffic is {@code ALL}, other protocol numbers {@code protocol: N} (ICMP's form is [I]).
     */
    public static AwsException permissionDuplicate(String protocol, int from, int to, String peer) {
        String what;
        if (protocol.equals("-1")) {
            what = "ALL";
        } else if (protocol.equals("tcp") || protocol.equals("udp") || protocol.startsWith("icmp")) {
            what = protocol.toUpperCase(java.util.Locale.ROOT) + ", from port: " + from + ", to port: " + to;
        } else {
            what = "protocol: " + protocol;
        }
        return error(
                AwsErrorCode.INVALID_PERMISSION_DUPLICATE,
                "the specified rule \"peer: " + peer + ", " + what + ", ALLOW\" already exists");
    }

    public static AwsException permissionNotFound() {
        return error(
                AwsErrorCode.INVALID_PERMISSION_NOT_FOUND, "The specified rule does not exist in this security group");
    }

    /** [I] wording (the code is AWS's). */
    public static AwsException securityGroupRuleNotFound(String id) {
        return error(
                AwsErrorCode.INVALID_SECURITY_GROUP_RULE_ID_NOT_FOUND,
                "The security group rule ID '" + id + "' does not exist");
    }

    public static AwsException rulesPerGroupLimitExceeded() {
        return error(
                AwsErrorCode.RULES_PER_SECURITY_GROUP_LIMIT_EXCEEDED,
                "The maximum number of rules per security group has been reached.");
    }

    /** [I] wording. */
    public static AwsException portsRequired() {
        return invalidParameterValue(
                "Invalid value 'Must specify both from and to ports with TCP/UDP.' for ipPermissions.");
    }

    /** [I] wording. */
    public static AwsException invalidPortRange(int from, int to) {
        return invalidParameterValue("Invalid TCP/UDP port range: from port " + from + ", to port " + to + ".");
    }

    /** [I] wording. */
    public static AwsException unknownProtocol(String protocol) {
        return invalidParameterValue("Invalid value '" + protocol + "' for IP protocol. Unknown protocol.");
    }

    /** [I] wording. */
    public static AwsException cidrMalformed(String cidr) {
        return invalidParameterValue("CIDR block " + cidr + " is malformed");
    }

    /** [I] wording. */
    public static AwsException cidrInvalid(String cidr) {
        return invalidParameterValue(
                "Value (" + cidr + ") for parameter cidrBlock is invalid. This is not a valid CIDR block.");
    }

    /** [I] wording. */
    public static AwsException invalidVpcRange(String cidr) {
        return error(AwsErrorCode.INVALID_VPC_RANGE, "The CIDR '" + cidr + "' is invalid.");
    }

    /** [I] wording. */
    public static AwsException invalidSubnetRange(String cidr) {
        return error(AwsErrorCode.INVALID_SUBNET_RANGE, "The CIDR '" + cidr + "' is invalid.");
    }

    /** [I] wording. */
    public static AwsException subnetConflict(String cidr) {
        return error(AwsErrorCode.INVALID_SUBNET_CONFLICT, "The CIDR '" + cidr + "' conflicts with another subnet");
    }

    /** [I] wording. */
    public static AwsException vpcNotFound(String id) {
        return error(AwsErrorCode.INVALID_VPC_ID_NOT_FOUND, "The vpc ID '" + id + "' does not exist");
    }

    /** [I] wording. */
    public static AwsException subnetNotFound(String id) {
        return error(AwsErrorCode.INVALID_SUBNET_ID_NOT_FOUND, "The subnet ID '" + id + "' does not exist");
    }

    /** [I] wording. */
    public static AwsException vpcHasDependencies(String id) {
        return error(AwsErrorCode.DEPENDENCY_VIOLATION, "The vpc '" + id + "' has dependencies and cannot be deleted.");
    }

    /** [I] wording. */
    public static AwsException subnetHasDependencies(String id) {
        return error(
                AwsErrorCode.DEPENDENCY_VIOLATION, "The subnet '" + id + "' has dependencies and cannot be deleted.");
    }

    /** [I] wording (moto's); the code is AWS's. */
    public static AwsException defaultVpcAlreadyExists() {
        return error(
                AwsErrorCode.DEFAULT_VPC_ALREADY_EXISTS,
                "A Default VPC already exists for this account in this region.");
    }

    /** [I] wording. */
    public static AwsException noDefaultVpc() {
        return error(AwsErrorCode.VPC_ID_NOT_SPECIFIED, "No default VPC for this user");
    }

    /** [I] wording. */
    public static AwsException noDefaultVpcForGroup() {
        return error(
                AwsErrorCode.VPC_ID_NOT_SPECIFIED,
                "No default VPC for this user. GroupName is only supported for EC2-Classic and default VPC.");
    }

    /** [I] wording. */
    public static AwsException groupAndSubnetInDifferentNetworks(String groupId, String subnetId) {
        return error(
                AwsErrorCode.INVALID_PARAMETER,
                "Security group " + groupId + " and subnet " + subnetId + " belong to different networks.");
    }

    /** A tag without a key: a client error, never an internal one. [I] wording. */
    public static AwsException tagKeyMissing() {
        return invalidParameterValue("Tag key must be specified.");
    }

    /** [I] wording; the code is AWS's. */
    public static AwsException keyPairFormat() {
        return error(AwsErrorCode.INVALID_KEY_PAIR_FORMAT, "Key is not in valid OpenSSH public key format");
    }

    /** [I] wording: the name form is observed, this id form follows it. */
    public static AwsException keyPairIdNotFound(String id) {
        return error(AwsErrorCode.INVALID_KEY_PAIR_NOT_FOUND, "The key pair ID '" + id + "' does not exist");
    }

    // --- Elastic IPs (docs/ec2-behaviour.md section 12) ---------------------------------------------------

    public static AwsException allocationNotFound(String id) {
        return error(AwsErrorCode.INVALID_ALLOCATION_ID_NOT_FOUND, "The allocation ID '" + id + "' does not exist");
    }

    public static AwsException associationNotFound(String id) {
        return error(AwsErrorCode.INVALID_ASSOCIATION_ID_NOT_FOUND, "The association ID '" + id + "' does not exist");
    }

    /** [I] wording. */
    public static AwsException addressNotFound(String ip) {
        return error(AwsErrorCode.INVALID_ADDRESS_NOT_FOUND, "Address '" + ip + "' not found.");
    }

    public static AwsException addressInUse(String ip) {
        return error(AwsErrorCode.INVALID_IP_ADDRESS_IN_USE, "Address " + ip + " is in use.");
    }

    public static AwsException addressAlreadyAssociated(String allocationId, String associationId) {
        return error(
                AwsErrorCode.RESOURCE_ALREADY_ASSOCIATED,
                "resource " + allocationId + " is already associated with associate-id " + associationId);
    }

    public static AwsException addressLimitExceeded() {
        return error(AwsErrorCode.ADDRESS_LIMIT_EXCEEDED, "The maximum number of addresses has been reached.");
    }

    public static AwsException releaseNeedsAllocationId() {
        return invalidParameterValue("You must specify an allocation id when releasing a VPC elastic IP address");
    }

    /** Any EC2 call in an opt-in Region the account has not enabled. */
    public static AwsException regionNotEnabled() {
        return error(
                AwsErrorCode.AUTH_FAILURE_REGION_NOT_ENABLED,
                "AWS was not able to validate the provided access credentials");
    }

    /** [I] wording: DescribeRegions naming a Region that does not exist. */
    public static AwsException invalidRegion(String name) {
        return invalidParameterValue("Invalid region: " + name);
    }

    /** [I] wording. */
    public static AwsException incorrectInstanceStateForAddress(String instanceId) {
        return error(
                AwsErrorCode.INCORRECT_INSTANCE_STATE,
                "The instance '" + instanceId + "' is not in a valid state for this operation.");
    }

    /** Past the instance type's IPv4 addresses per interface [O] (aws/amazon-vpc-cni-k8s#989). */
    public static AwsException privateIpLimitExceeded() {
        return error(AwsErrorCode.PRIVATE_IP_ADDRESS_LIMIT_EXCEEDED, "Number of private addresses will exceed limit.");
    }

    /** An address outside the subnet's usable range [O] (RunInstances' wording for --private-ip-address). */
    public static AwsException addressOutsideSubnet(String ip) {
        return invalidParameterValue("Address " + ip + " does not fall within the subnet's address range");
    }

    /** [I] wording: named private addresses can go to one instance only. */
    public static AwsException namedAddressesForOneInstance() {
        return invalidParameterCombination(
                "Private IP addresses can only be specified when launching a single instance.");
    }

    /** [I] wording. */
    public static AwsException privateIpsAndCount() {
        return invalidParameterCombination(
                "The parameters PrivateIpAddresses and SecondaryPrivateIpAddressCount cannot be used together.");
    }

    /** [I] wording. */
    public static AwsException primaryAddressCannotBeUnassigned(String ip) {
        return invalidParameterValue("The primary private IP address " + ip + " cannot be unassigned.");
    }

    /** [I] wording. */
    public static AwsException addressNotAssigned(String ip, String networkInterfaceId) {
        return invalidParameterValue(
                "Some of the specified addresses are not assigned to interface " + networkInterfaceId + ": " + ip);
    }

    /** [I] wording. */
    public static AwsException networkInterfaceNotFound(String id) {
        return error(
                AwsErrorCode.INVALID_NETWORK_INTERFACE_ID_NOT_FOUND,
                "The networkInterface ID '" + id + "' does not exist");
    }

    /** [I] wording; the code is AWS's. */
    public static AwsException tooManyGroups() {
        return error(
                AwsErrorCode.SECURITY_GROUPS_PER_INTERFACE_LIMIT_EXCEEDED,
                "The maximum number of security groups per interface has been reached.");
    }

    // --- Savings Plans and Cost Explorer (docs/billing.md) ----------------------------------------------------

    /** CreateSavingsPlan with an offering id that names no offering. */
    public static AwsException savingsPlanOfferingNotFound(String offeringId) {
        return error(AwsErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, "Savings Plan offering " + offeringId + " not found");
    }

    /** A commitment outside the model's range (0.001 to 1,000,000 USD an hour, at most five decimals). */
    public static AwsException invalidCommitment(String commitment) {
        return error(
                AwsErrorCode.VALIDATION_EXCEPTION,
                "commitment " + commitment + " must be a number from 0.001 to 1000000 with at most 5 decimal places");
    }

    /** A value of a Savings Plans request member the service does not accept. */
    public static AwsException invalidSavingsPlansValue(String member, String value) {
        return error(AwsErrorCode.VALIDATION_EXCEPTION, "Invalid value '" + value + "' for " + member);
    }

    /** A purchase time in the past (a future one queues the plan; queuing is not simulated). */
    public static AwsException purchaseTimeNotSimulated() {
        return notSimulated("CreateSavingsPlan with a purchaseTime (queued Savings Plans)");
    }

    /** Cost Explorer: the time period's end is not after its start (AWS's own words, docs/billing.md). */
    public static AwsException costExplorerStartAfterEnd() {
        return error(AwsErrorCode.VALIDATION_EXCEPTION, "Start date (and hour) should be before end date (and hour)");
    }

    /** Cost Explorer: a date that is not YYYY-MM-DD (or, for HOURLY, YYYY-MM-DDThh:mm:ssZ). */
    public static AwsException costExplorerBadDate(String date) {
        return error(AwsErrorCode.VALIDATION_EXCEPTION, "Invalid date format: " + date);
    }

    /** Cost Explorer: a metric name that is not one of the model's. */
    public static AwsException costExplorerBadMetric(String metric) {
        return error(
                AwsErrorCode.VALIDATION_EXCEPTION,
                "Metric " + metric + " is not supported; use AmortizedCost, BlendedCost, NetAmortizedCost, "
                        + "NetUnblendedCost, NormalizedUsageAmount, UnblendedCost or UsageQuantity");
    }

    /** Cost Explorer: a request value the service refuses (granularity, group-by, filter). */
    public static AwsException costExplorerInvalid(String detail) {
        return error(AwsErrorCode.VALIDATION_EXCEPTION, detail);
    }
}
