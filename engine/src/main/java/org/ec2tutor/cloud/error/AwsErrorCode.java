package org.ec2tutor.cloud.error;

/**
 * Every AWS error code the simulated cloud can answer with, and the HTTP status AWS sends with it. The texts of the
 * messages live in {@link Ec2Errors}, one factory method per situation.
 */
public enum AwsErrorCode {
    AUTH_FAILURE("AuthFailure", 400),
    /** The same code as AWS sends it for a Region the account has not enabled: with HTTP 401. */
    AUTH_FAILURE_REGION_NOT_ENABLED("AuthFailure", 401),
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
    INVALID_VOLUME_ZONE_MISMATCH("InvalidVolume.ZoneMismatch", 400),
    INVALID_ATTACHMENT_NOT_FOUND("InvalidAttachment.NotFound", 400),
    INCORRECT_STATE("IncorrectState", 400),
    VOLUME_IN_USE("VolumeInUse", 400),
    VOLUME_MODIFICATION_RATE_EXCEEDED("VolumeModificationRateExceeded", 400),
    CONCURRENT_SNAPSHOT_LIMIT_EXCEEDED("ConcurrentSnapshotLimitExceeded", 400),
    INVALID_PARAMETER_DEPENDENCY("InvalidParameterDependency", 400),
    INVALID_KEY_PAIR_NOT_FOUND("InvalidKeyPair.NotFound", 400),
    INVALID_RESERVED_INSTANCES_OFFERING_ID("InvalidReservedInstancesOfferingId", 400),
    INVALID_RESERVED_INSTANCES_ID("InvalidReservedInstancesId", 400),
    SPOT_MAX_PRICE_TOO_LOW("SpotMaxPriceTooLow", 400),
    // Launch templates, Spot requests, credit specifications, instance types (issue 22).
    INVALID_LAUNCH_TEMPLATE_ID_MALFORMED("InvalidLaunchTemplateId.Malformed", 400),
    INVALID_LAUNCH_TEMPLATE_ID_NOT_FOUND("InvalidLaunchTemplateId.NotFound", 400),
    INVALID_LAUNCH_TEMPLATE_ID_VERSION_NOT_FOUND("InvalidLaunchTemplateId.VersionNotFound", 400),
    INVALID_LAUNCH_TEMPLATE_NAME_MALFORMED("InvalidLaunchTemplateName.MalformedException", 400),
    INVALID_LAUNCH_TEMPLATE_NAME_NOT_FOUND("InvalidLaunchTemplateName.NotFoundException", 400),
    INVALID_LAUNCH_TEMPLATE_NAME_ALREADY_EXISTS("InvalidLaunchTemplateName.AlreadyExistsException", 400),
    INVALID_SPOT_INSTANCE_REQUEST_ID_MALFORMED("InvalidSpotInstanceRequestID.Malformed", 400),
    INVALID_SPOT_INSTANCE_REQUEST_ID_NOT_FOUND("InvalidSpotInstanceRequestID.NotFound", 400),
    INSTANCE_CREDIT_SPECIFICATION_NOT_SUPPORTED("InstanceCreditSpecification.NotSupported", 400),
    INVALID_INSTANCE_TYPE("InvalidInstanceType", 400),
    INVALID_CAPACITY_RESERVATION_ID_NOT_FOUND("InvalidCapacityReservationId.NotFound", 400),
    INVALID_HOST_ID_NOT_FOUND("InvalidHostID.NotFound", 400),
    // S3 (texts in S3Errors)
    S3_NO_SUCH_BUCKET("NoSuchBucket", 404),
    S3_ACCESS_DENIED("AccessDenied", 403),
    S3_NO_SUCH_KEY("NoSuchKey", 404),
    S3_NO_SUCH_BUCKET_POLICY("NoSuchBucketPolicy", 404),
    S3_BUCKET_ALREADY_EXISTS("BucketAlreadyExists", 409),
    S3_BUCKET_ALREADY_OWNED_BY_YOU("BucketAlreadyOwnedByYou", 409),
    S3_BUCKET_NOT_EMPTY("BucketNotEmpty", 409),
    S3_INVALID_BUCKET_NAME("InvalidBucketName", 400),
    S3_INVALID_LOCATION_CONSTRAINT("InvalidLocationConstraint", 400),
    S3_ILLEGAL_LOCATION_CONSTRAINT("IllegalLocationConstraintException", 400),
    S3_MALFORMED_POLICY("MalformedPolicy", 400),
    // CloudTrail (texts in CloudTrailErrors)
    CT_TRAIL_ALREADY_EXISTS("TrailAlreadyExistsException", 400),
    CT_TRAIL_NOT_FOUND("TrailNotFoundException", 400),
    CT_INVALID_TRAIL_NAME("InvalidTrailNameException", 400),
    CT_S3_BUCKET_DOES_NOT_EXIST("S3BucketDoesNotExistException", 400),
    CT_INSUFFICIENT_S3_BUCKET_POLICY("InsufficientS3BucketPolicyException", 403),
    CT_INVALID_TIME_RANGE("InvalidTimeRangeException", 400),
    CT_INVALID_LOOKUP_ATTRIBUTES("InvalidLookupAttributesException", 400),
    CT_INVALID_MAX_RESULTS("InvalidMaxResultsException", 400),
    CT_INVALID_NEXT_TOKEN("InvalidNextTokenException", 400),
    CT_INVALID_EVENT_CATEGORY("InvalidEventCategoryException", 400),
    CT_INVALID_PARAMETER_COMBINATION("InvalidParameterCombinationException", 400),
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
    PRIVATE_IP_ADDRESS_LIMIT_EXCEEDED("PrivateIpAddressLimitExceeded", 400),
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
    /** Account Management: a Region being enabled or disabled (the model's ConflictException, HTTP 409). */
    CONFLICT_EXCEPTION("ConflictException", 409),
    /** Account Management: the caller may not manage the account it names. */
    ACCESS_DENIED_EXCEPTION("AccessDeniedException", 403),
    /** Account Management: a throttle or quota, e.g. concurrent region-opt requests (HTTP 429). */
    TOO_MANY_REQUESTS_EXCEPTION("TooManyRequestsException", 429),
    /** Savings Plans: the named offering or plan does not exist. */
    RESOURCE_NOT_FOUND_EXCEPTION("ResourceNotFoundException", 404),
    // EventBridge, SQS, SNS and AWS Config (texts in EventsErrors, SqsErrors, SnsErrors, ConfigErrors)
    EVENTS_RESOURCE_NOT_FOUND("ResourceNotFoundException", 400),
    EVENTS_INVALID_EVENT_PATTERN("InvalidEventPatternException", 400),
    EVENTS_LIMIT_EXCEEDED("LimitExceededException", 400),
    SQS_QUEUE_DOES_NOT_EXIST("QueueDoesNotExist", 400),
    SQS_QUEUE_ALREADY_EXISTS("QueueAlreadyExists", 400),
    SQS_RECEIPT_HANDLE_IS_INVALID("ReceiptHandleIsInvalid", 400),
    SQS_INVALID_ATTRIBUTE_NAME("InvalidAttributeName", 400),
    SQS_INVALID_ATTRIBUTE_VALUE("InvalidAttributeValue", 400),
    SQS_PURGE_QUEUE_IN_PROGRESS("PurgeQueueInProgress", 403),
    SNS_NOT_FOUND("NotFound", 404),
    CONFIG_NO_SUCH_CONFIG_RULE("NoSuchConfigRuleException", 400),
    CONFIG_INVALID_PARAMETER_VALUE("InvalidParameterValueException", 400),
    CONFIG_NO_AVAILABLE_CONFIGURATION_RECORDER("NoAvailableConfigurationRecorderException", 400),
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
