package org.ec2tutor.cloud.error;

import java.util.List;

/**
 * The one place that knows AWS's error texts. Each method returns the exception for one situation; the message is
 * AWS's own wording (see shared/reference/ec2-behaviour.md), ids substituted.
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
        return error(AwsErrorCode.MISSING_PARAMETER,
                "The request must contain the parameter " + parameter);
    }

    public static AwsException invalidParameterValue(String message) {
        return error(AwsErrorCode.INVALID_PARAMETER_VALUE, message);
    }

    public static AwsException invalidValueFor(String value, String parameter) {
        return error(AwsErrorCode.INVALID_PARAMETER_VALUE, "Invalid value '" + value + "' for " + parameter + ".");
    }

    public static AwsException invalidParameter(String message) {
        return error(AwsErrorCode.INVALID_PARAMETER, message);
    }

    public static AwsException invalidParameterCombination(String message) {
        return error(AwsErrorCode.INVALID_PARAMETER_COMBINATION, message);
    }

    public static AwsException invalidFilter(String name) {
        return error(AwsErrorCode.INVALID_PARAMETER_VALUE, "The filter '" + name + "' is invalid");
    }

    public static AwsException invalidNextToken(String token) {
        return error(AwsErrorCode.INVALID_NEXT_TOKEN, "The token '" + token + "' is invalid.");
    }

    public static AwsException notSimulated(String operation) {
        return error(AwsErrorCode.OPERATION_NOT_SIMULATED,
                "ec2-tutor does not simulate the " + operation + " operation.");
    }

    public static AwsException invalidResourceId(String id) {
        return error(AwsErrorCode.INVALID_ID, "The ID '" + id + "' is not valid");
    }

    // --- instances -----------------------------------------------------------------------------------------

    public static AwsException instanceIdMalformed(String id) {
        return error(AwsErrorCode.INVALID_INSTANCE_ID_MALFORMED, "Invalid id: \"" + id + "\"");
    }

    public static AwsException instancesNotFound(List<String> ids) {
        if (ids.size() == 1) {
            return error(AwsErrorCode.INVALID_INSTANCE_ID_NOT_FOUND,
                    "The instance ID '" + ids.get(0) + "' does not exist");
        }
        return error(AwsErrorCode.INVALID_INSTANCE_ID_NOT_FOUND,
                "The instance IDs '" + String.join(", ", ids) + "' do not exist");
    }

    public static AwsException incorrectInstanceState(String message) {
        return error(AwsErrorCode.INCORRECT_INSTANCE_STATE, message);
    }

    public static AwsException notStopped(String id) {
        return error(AwsErrorCode.INCORRECT_INSTANCE_STATE, "The instance '" + id + "' is not in the 'stopped' state.");
    }

    public static AwsException terminationProtected(String id, String attribute) {
        return error(AwsErrorCode.OPERATION_NOT_PERMITTED, "The instance '" + id
                + "' may not be terminated. Modify its '" + attribute + "' instance attribute and try again.");
    }

    public static AwsException stopProtected(String id) {
        return error(AwsErrorCode.OPERATION_NOT_PERMITTED, "The instance '" + id
                + "' may not be stopped. Modify its 'disableApiStop' instance attribute and try again.");
    }

    public static AwsException notEbsBacked(String id) {
        return error(AwsErrorCode.UNSUPPORTED_OPERATION, "The instance '" + id
                + "' does not have an 'ebs' root device type and cannot be stopped.");
    }

    public static AwsException hibernationNotConfigured(String id) {
        return error(AwsErrorCode.UNSUPPORTED_HIBERNATION_CONFIGURATION,
                "The instance can't be hibernated because it was not configured at launch for hibernation: " + id);
    }

    public static AwsException hibernationNotReadyYet() {
        return error(AwsErrorCode.UNSUPPORTED_HIBERNATION_CONFIGURATION, "Instance is not ready to hibernate yet");
    }

    public static AwsException hibernationRootNotEncrypted() {
        return error(AwsErrorCode.UNSUPPORTED_HIBERNATION_CONFIGURATION,
                "For hibernation, the root device volume must be encrypted.");
    }

    public static AwsException hibernationUnsupportedType(String type) {
        return error(AwsErrorCode.UNSUPPORTED_HIBERNATION_CONFIGURATION,
                "The instance type '" + type + "' does not support hibernation.");
    }

    public static AwsException hibernatedCannotBeModified(String id) {
        return error(AwsErrorCode.INCORRECT_INSTANCE_STATE,
                "The instance '" + id + "' is hibernated and cannot be modified until it is started.");
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
        return error(AwsErrorCode.UNSUPPORTED, "The requested configuration is currently not supported. "
                + "Please check the documentation for supported configurations.");
    }

    public static AwsException typeNotOfferedInZone(String type, String zone, List<String> offeredIn) {
        return error(AwsErrorCode.UNSUPPORTED, "Your requested instance type (" + type
                + ") is not supported in your requested Availability Zone (" + zone
                + "). Please retry your request by not specifying an Availability Zone or choosing "
                + String.join(", ", offeredIn) + ".");
    }

    public static AwsException insufficientCapacity(String type, String zone, List<String> otherZones) {
        return error(AwsErrorCode.INSUFFICIENT_INSTANCE_CAPACITY, "We currently do not have sufficient " + type
                + " capacity in the Availability Zone you requested (" + zone
                + "). Our system will be working on provisioning additional capacity. You can currently get " + type
                + " capacity by not specifying an Availability Zone in your request or choosing "
                + String.join(", ", otherZones) + ".");
    }

    public static AwsException insufficientFreeAddresses(String subnetId) {
        return error(AwsErrorCode.INSUFFICIENT_FREE_ADDRESSES_IN_SUBNET, "There are not enough free addresses in "
                + "subnet '" + subnetId + "' to satisfy the requested number of instances.");
    }

    public static AwsException vcpuLimitExceeded(int limit) {
        return error(AwsErrorCode.VCPU_LIMIT_EXCEEDED, "You have requested more vCPU capacity than your current "
                + "vCPU limit of " + limit + " allows for the instance bucket that the specified instance type "
                + "belongs to. Please visit http://aws.amazon.com/contact-us/ec2-request to request an adjustment "
                + "to this limit.");
    }

    public static AwsException keyPairNotFound(String name) {
        return error(AwsErrorCode.INVALID_KEY_PAIR_NOT_FOUND, "The key pair '" + name + "' does not exist");
    }

    /** The EC2 error-code reference: "The specified Reserved Instances offering does not exist." */
    public static AwsException reservedInstancesOfferingNotFound() {
        return error(AwsErrorCode.INVALID_RESERVED_INSTANCES_OFFERING_ID,
                "The specified Reserved Instances offering does not exist.");
    }

    /** The EC2 error-code reference: "The specified Reserved Instance does not exist." */
    public static AwsException reservedInstancesNotFound(String id) {
        return error(AwsErrorCode.INVALID_RESERVED_INSTANCES_ID, "The Reserved Instance ID '" + id
                + "' does not exist");
    }

    /** The code AWS answers for an unknown reservation; the wording is [I] (not observed). */
    public static AwsException capacityReservationNotFound(String id) {
        return error(AwsErrorCode.INVALID_CAPACITY_RESERVATION_ID_NOT_FOUND,
                "The capacity reservation ID '" + id + "' does not exist");
    }

    /** The code AWS answers for an unknown Dedicated Host; the wording is [I] (not observed). */
    public static AwsException hostNotFound(String id) {
        return error(AwsErrorCode.INVALID_HOST_ID_NOT_FOUND, "The host ID '" + id + "' does not exist");
    }

    /** Tenancy host with no allocated host that can take the instance; wording [I]. */
    public static AwsException noHostAvailable(String type) {
        return error(AwsErrorCode.UNAVAILABLE_HOST_REQUIREMENTS, "There are no valid Dedicated Hosts available on "
                + "which you can launch an instance of type " + type + ".");
    }

    /** A launch onto a named host that has no room left; wording [I]. */
    public static AwsException hostFull(String hostId) {
        return error(AwsErrorCode.INSUFFICIENT_HOST_CAPACITY, "Insufficient capacity on Dedicated Host " + hostId
                + ".");
    }

    /** [O] wording (shared/reference/ec2-behaviour.md section 5.1). */
    public static AwsException spotMaxPriceTooLow(java.math.BigDecimal maxPrice, java.math.BigDecimal current) {
        return error(AwsErrorCode.SPOT_MAX_PRICE_TOO_LOW, "Your Spot request price of " + maxPrice.toPlainString()
                + " is lower than the minimum required Spot request fulfillment price of " + current.toPlainString()
                + ".");
    }

    /** [O] wording (shared/reference/ec2-behaviour.md section 2.11). */
    public static AwsException oneTimeSpotCannotStop(String id) {
        return error(AwsErrorCode.UNSUPPORTED_OPERATION, "You can't stop the Spot Instance '" + id
                + "' because it is associated with a one-time Spot Instance request. You can only stop Spot "
                + "Instances associated with persistent Spot Instance requests.");
    }

    public static AwsException keyPairDuplicate(String name) {
        return error(AwsErrorCode.INVALID_KEY_PAIR_DUPLICATE, "The keypair already exists");
    }

    public static AwsException volumeSmallerThanSnapshot(int size, String snapshotId, int snapshotSize) {
        return error(AwsErrorCode.INVALID_BLOCK_DEVICE_MAPPING, "Volume of size " + size
                + "GB is smaller than snapshot '" + snapshotId + "', expect size >= " + snapshotSize + "GB");
    }

    // --- images --------------------------------------------------------------------------------------------

    public static AwsException imageIdMalformed(String id) {
        return error(AwsErrorCode.INVALID_AMI_ID_MALFORMED, "Invalid id: \"" + id + "\" (expecting \"ami-...\")");
    }

    public static AwsException imagesNotFound(List<String> ids) {
        if (ids.size() == 1) {
            return error(AwsErrorCode.INVALID_AMI_ID_NOT_FOUND, "The image id '[" + ids.get(0) + "]' does not exist");
        }
        return error(AwsErrorCode.INVALID_AMI_ID_NOT_FOUND,
                "The image ids '[" + String.join(", ", ids) + "]' do not exist");
    }

    public static AwsException imageNoLongerAvailable(String id) {
        return error(AwsErrorCode.INVALID_AMI_ID_UNAVAILABLE, "The image ID '" + id + "' is no longer available");
    }

    public static AwsException imagePending(String id) {
        return error(AwsErrorCode.INVALID_AMI_ID_UNAVAILABLE,
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
        return error(AwsErrorCode.INVALID_AMI_NAME_MALFORMED, "AMI names must be between 3 and 128 characters long,"
                + " and may contain letters, numbers, '(', ')', '.', '-', '/' and '_'");
    }

    public static AwsException amiNameDuplicate(String name, String existingId) {
        return error(AwsErrorCode.INVALID_AMI_NAME_DUPLICATE,
                "AMI name " + name + " is already in use by AMI " + existingId);
    }

    public static AwsException invalidAttributeItem(String value, String itemType) {
        return error(AwsErrorCode.INVALID_AMI_ATTRIBUTE_ITEM_VALUE,
                "Invalid attribute item value \"" + value + "\" for " + itemType + " item type.");
    }

    public static AwsException publicSharingBlocked() {
        return error(AwsErrorCode.OPERATION_NOT_PERMITTED, "You can\u2019t publicly share this image because block "
                + "public access for AMIs is enabled for this account. To publicly share the image, you must call "
                + "the DisableImageBlockPublicAccess API.");
    }

    public static AwsException instanceNotImageable(String id) {
        return invalidParameterValue("Invalid value '" + id
                + "' for instanceId. Instance is not in state 'running' or 'stopping' or 'stopped'");
    }

    public static AwsException disabledFilterNeedsIncludeDisabled() {
        return invalidParameter("When filtering by the 'disabled' state, 'IncludeDisabled' must be set to 'true' "
                + "in the request.");
    }

    public static AwsException noAccessToImageStorage() {
        return error(AwsErrorCode.INVALID_REQUEST, "You do not have permission to access the storage of this ami");
    }

    // --- Systems Manager Run Command --------------------------------------------------------------------------

    public static AwsException ssmInstancesNotValid(List<String> ids, String account) {
        return error(AwsErrorCode.SSM_INVALID_INSTANCE_ID, "Instances [[" + String.join(", ", ids)
                + "]] not in a valid state for account " + account);
    }

    public static AwsException ssmDocumentNotFound(String name) {
        return error(AwsErrorCode.SSM_INVALID_DOCUMENT, "Document with name " + name + " does not exist.");
    }

    public static AwsException ssmParameters(String message) {
        return error(AwsErrorCode.SSM_INVALID_PARAMETERS, message);
    }

    public static AwsException ssmInvocationDoesNotExist() {
        return error(AwsErrorCode.SSM_INVOCATION_DOES_NOT_EXIST, "");
    }

    public static AwsException ssmInvalidCommandId() {
        return error(AwsErrorCode.SSM_INVALID_COMMAND_ID, "");
    }

    public static AwsException ssmUnsupportedPlatform(String document) {
        return error(AwsErrorCode.SSM_UNSUPPORTED_PLATFORM_TYPE, "The document " + document
                + " is not supported on the platform of the target instances (Windows).");
    }

    // --- volumes and snapshots -----------------------------------------------------------------------------

    public static AwsException snapshotIdMalformed(String id) {
        return error(AwsErrorCode.INVALID_SNAPSHOT_ID_MALFORMED, "Invalid id: \"" + id + "\" (expecting \"snap-...\")");
    }

    public static AwsException snapshotNotFound(String id) {
        return error(AwsErrorCode.INVALID_SNAPSHOT_NOT_FOUND, "The snapshot '" + id + "' does not exist.");
    }

    public static AwsException snapshotInUse(String snapshotId, String imageId) {
        return error(AwsErrorCode.INVALID_SNAPSHOT_IN_USE,
                "The snapshot " + snapshotId + " is currently in use by " + imageId);
    }

    public static AwsException volumeIdMalformed(String id) {
        return error(AwsErrorCode.INVALID_VOLUME_ID_MALFORMED, "Invalid id: \"" + id + "\" (expecting \"vol-...\")");
    }

    public static AwsException volumeNotFound(String id) {
        return error(AwsErrorCode.INVALID_VOLUME_NOT_FOUND, "The volume '" + id + "' does not exist.");
    }
}
