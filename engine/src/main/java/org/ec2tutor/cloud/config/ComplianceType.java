package org.ec2tutor.cloud.config;

/** AWS Config's compliance of a resource with a rule, or of a rule over its resources (the model's enum). */
public enum ComplianceType {
    COMPLIANT,
    NON_COMPLIANT,
    NOT_APPLICABLE,
    INSUFFICIENT_DATA
}
