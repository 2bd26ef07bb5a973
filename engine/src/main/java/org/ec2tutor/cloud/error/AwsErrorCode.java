package org.ec2tutor.cloud.error;

/**
 * Every AWS error code the simulated cloud can answer with, and the HTTP status AWS sends with it. The texts of the
 * messages live in {@link Ec2Errors}, one factory method per situation.
 */
public enum AwsErrorCode {
    AUTH_FAILURE("AuthFailure", 400),
    DRY_RUN_OPERATION("DryRunOperation", 412),
    UNAUTHORIZED_OPERATION("UnauthorizedOperation", 403),
    MISSING_PARAMETER("MissingParameter", 400),
    INVALID_PARAMETER("InvalidParameter", 400),
    INVALID_PARAMETER_VALUE("InvalidParameterValue", 400),
    INVALID_PARAMETER_COMBINATION("InvalidParameterCombination", 400),
    INVALID_REQUEST("InvalidRequest", 400),
    INVALID_ID("InvalidID", 400),
    INVALID_INSTANCE_ID_MALFORMED("InvalidInstanceID.Malformed", 400),
    INVALID_INSTANCE_ID_NOT_FOUND("InvalidInstanceID.NotFound", 400),
    INCORRECT_INSTANCE_STATE("IncorrectInstanceState", 400),
    OPERATION_NOT_PERMITTED("OperationNotPermitted", 400),
    UNSUPPORTED_OPERATION("UnsupportedOperation", 400),
    UNSUPPORTED("Unsupported", 400),
    UNSUPPORTED_HIBERNATION_CONFIGURATION("UnsupportedHibernationConfiguration", 400),
    INVALID_AMI_ID_MALFORMED("InvalidAMIID.Malformed", 400),
    INVALID_AMI_ID_NOT_FOUND("InvalidAMIID.NotFound", 400),
    INVALID_AMI_ID_UNAVAILABLE("InvalidAMIID.Unavailable", 400),
    INVALID_AMI_NAME_MALFORMED("InvalidAMIName.Malformed", 400),
    INVALID_AMI_NAME_DUPLICATE("InvalidAMIName.Duplicate", 400),
    INVALID_AMI_ATTRIBUTE_ITEM_VALUE("InvalidAMIAttributeItemValue", 400),
    INVALID_SNAPSHOT_ID_MALFORMED("InvalidSnapshotID.Malformed", 400),
    INVALID_SNAPSHOT_NOT_FOUND("InvalidSnapshot.NotFound", 400),
    INVALID_SNAPSHOT_IN_USE("InvalidSnapshot.InUse", 400),
    INVALID_VOLUME_ID_MALFORMED("InvalidVolumeID.Malformed", 400),
    INVALID_VOLUME_NOT_FOUND("InvalidVolume.NotFound", 400),
    INVALID_KEY_PAIR_NOT_FOUND("InvalidKeyPair.NotFound", 400),
    INVALID_RESERVED_INSTANCES_OFFERING_ID("InvalidReservedInstancesOfferingId", 400),
    INVALID_RESERVED_INSTANCES_ID("InvalidReservedInstancesId", 400),
    SPOT_MAX_PRICE_TOO_LOW("SpotMaxPriceTooLow", 400),
    INVALID_CAPACITY_RESERVATION_ID_NOT_FOUND("InvalidCapacityReservationId.NotFound", 400),
    INVALID_HOST_ID_NOT_FOUND("InvalidHostID.NotFound", 400),
    UNAVAILABLE_HOST_REQUIREMENTS("UnavailableHostRequirements", 400),
    INSUFFICIENT_HOST_CAPACITY("InsufficientHostCapacity", 400),
    INVALID_KEY_PAIR_DUPLICATE("InvalidKeyPair.Duplicate", 400),
    INVALID_KEY_PAIR_FORMAT("InvalidKeyPair.Format", 400),
    INVALID_GROUP_NOT_FOUND("InvalidGroup.NotFound", 400),
    INVALID_GROUP_DUPLICATE("InvalidGroup.Duplicate", 400),
    INVALID_PERMISSION_DUPLICATE("InvalidPermission.Duplicate", 400),
    INVALID_PERMISSION_NOT_FOUND("InvalidPermission.NotFound", 400),
    INVALID_SECURITY_GROUP_RULE_ID_NOT_FOUND("InvalidSecurityGroupRuleId.NotFound", 400),
    RULES_PER_SECURITY_GROUP_LIMIT_EXCEEDED("RulesPerSecurityGroupLimitExceeded", 400),
    SECURITY_GROUPS_PER_INTERFACE_LIMIT_EXCEEDED("SecurityGroupsPerInterfaceLimitExceeded", 400),
    DEPENDENCY_VIOLATION("DependencyViolation", 400),
    CANNOT_DELETE("CannotDelete", 400),
    INVALID_VPC_ID_NOT_FOUND("InvalidVpcID.NotFound", 400),
    INVALID_SUBNET_ID_NOT_FOUND("InvalidSubnetID.NotFound", 400),
    INVALID_VPC_RANGE("InvalidVpc.Range", 400),
    INVALID_SUBNET_RANGE("InvalidSubnet.Range", 400),
    INVALID_SUBNET_CONFLICT("InvalidSubnet.Conflict", 400),
    DEFAULT_VPC_ALREADY_EXISTS("DefaultVpcAlreadyExists", 400),
    VPC_ID_NOT_SPECIFIED("VPCIdNotSpecified", 400),
    INVALID_ALLOCATION_ID_NOT_FOUND("InvalidAllocationID.NotFound", 400),
    INVALID_ASSOCIATION_ID_NOT_FOUND("InvalidAssociationID.NotFound", 400),
    INVALID_ADDRESS_NOT_FOUND("InvalidAddress.NotFound", 400),
    INVALID_IP_ADDRESS_IN_USE("InvalidIPAddress.InUse", 400),
    RESOURCE_ALREADY_ASSOCIATED("Resource.AlreadyAssociated", 400),
    ADDRESS_LIMIT_EXCEEDED("AddressLimitExceeded", 400),
    INVALID_NETWORK_INTERFACE_ID_NOT_FOUND("InvalidNetworkInterfaceID.NotFound", 400),
    INVALID_BLOCK_DEVICE_MAPPING("InvalidBlockDeviceMapping", 400),
    INVALID_NEXT_TOKEN("InvalidNextToken", 400),
    INTERNAL_ERROR("InternalError", 500),
    INSUFFICIENT_INSTANCE_CAPACITY("InsufficientInstanceCapacity", 500),
    INSUFFICIENT_FREE_ADDRESSES_IN_SUBNET("InsufficientFreeAddressesInSubnet", 400),
    VCPU_LIMIT_EXCEEDED("VcpuLimitExceeded", 400),
    SSM_INVALID_INSTANCE_ID("InvalidInstanceId", 400),
    SSM_INVALID_DOCUMENT("InvalidDocument", 400),
    SSM_INVALID_PARAMETERS("InvalidParameters", 400),
    SSM_INVOCATION_DOES_NOT_EXIST("InvocationDoesNotExist", 400),
    SSM_UNSUPPORTED_PLATFORM_TYPE("UnsupportedPlatformType", 400),
    /** Savings Plans' and Cost Explorer's refusal of a request's values. */
    VALIDATION_EXCEPTION("ValidationException", 400),
    /** Savings Plans: the named offering or plan does not exist. */
    RESOURCE_NOT_FOUND_EXCEPTION("ResourceNotFoundException", 404),
    /** Not an AWS code: the operation exists in EC2 but this simulator does not model it. */
    OPERATION_NOT_SIMULATED("OperationNotSimulated", 400);

    private final String code;
    private final int httpStatus;

    AwsErrorCode(String code, int httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    /** The code exactly as AWS spells it, e.g. {@code InvalidInstanceID.NotFound}. */
    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public String toString() {
        return code;
    }
}
