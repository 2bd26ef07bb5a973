package org.ec2tutor.cloud.error;

/**
 * AWS Config's refusals. Which texts are AWS's (seen in real answers) and which are the simulator's wording for a
 * rule AWS states without text is listed in docs/governance.md, section 8.
 */
public final class ConfigErrors {

    private ConfigErrors() {}

    /** A single named rule that does not exist (DeleteConfigRule, GetComplianceDetailsByConfigRule, ...). */
    public static AwsException noSuchRule(String name) {
        return new AwsException(
                AwsErrorCode.CONFIG_NO_SUCH_CONFIG_RULE,
                "The ConfigRule '" + name + "' provided in the request is invalid. Please check the configRule name.");
    }

    /** A list of rule names of which at least one does not exist (DescribeConfigRules and the like). */
    public static AwsException noSuchRules() {
        return new AwsException(
                AwsErrorCode.CONFIG_NO_SUCH_CONFIG_RULE,
                "One or more ConfigRules provided in the request are invalid. Please check the configRule names.");
    }

    public static AwsException invalidSourceIdentifier(String identifier) {
        return new AwsException(
                AwsErrorCode.CONFIG_INVALID_PARAMETER_VALUE,
                "The sourceIdentifier " + identifier + " is invalid. Please refer to the documentation for a list of"
                        + " valid sourceIdentifiers that can be used when AWS is the Owner.");
    }

    public static AwsException missingParameters(String names) {
        return new AwsException(
                AwsErrorCode.CONFIG_INVALID_PARAMETER_VALUE,
                "The required parameter [" + names + "] is not present in the inputParameters");
    }

    public static AwsException unknownParameters(String inputParameters) {
        return new AwsException(
                AwsErrorCode.CONFIG_INVALID_PARAMETER_VALUE,
                "Unknown parameters provided in the inputParameters: " + inputParameters);
    }

    public static AwsException invalidJson(String inputParameters) {
        return new AwsException(
                AwsErrorCode.CONFIG_INVALID_PARAMETER_VALUE,
                "Invalid json " + inputParameters + " passed in the InputParameters field");
    }

    public static AwsException frequencyNotAllowed() {
        return new AwsException(
                AwsErrorCode.CONFIG_INVALID_PARAMETER_VALUE,
                "A maximum execution frequency for this rule is not allowed because only a change in resources"
                        + " triggers this managed rule.");
    }

    /** The simulator's wording: AWS refuses a PutConfigRule that names no rule, its text is not published. */
    public static AwsException ruleNameRequired() {
        return new AwsException(
                AwsErrorCode.CONFIG_INVALID_PARAMETER_VALUE,
                "ConfigRuleName, ConfigRuleArn or ConfigRuleId must be specified.");
    }

    /** A part of AWS Config the simulator leaves out (custom rules, other managed rules). */
    public static AwsException notSimulated(String what) {
        return new AwsException(AwsErrorCode.OPERATION_NOT_SIMULATED, "ec2-tutor does not simulate " + what + ".");
    }

    /** The simulator's wording for a value AWS refuses without a published text. */
    public static AwsException invalidValue(String what) {
        return new AwsException(AwsErrorCode.CONFIG_INVALID_PARAMETER_VALUE, what);
    }
}
