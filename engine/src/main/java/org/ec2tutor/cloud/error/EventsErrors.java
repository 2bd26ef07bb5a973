package org.ec2tutor.cloud.error;

/**
 * Amazon EventBridge's refusals (https://docs.aws.amazon.com/eventbridge/latest/APIReference/CommonErrors.html and
 * each operation's page; docs/governance.md says which texts are AWS's and which describe a rule AWS does not word).
 */
public final class EventsErrors {

    private EventsErrors() {}

    public static AwsException ruleNotFound(String rule) {
        return new AwsException(
                AwsErrorCode.EVENTS_RESOURCE_NOT_FOUND, "Rule " + rule + " does not exist on EventBus default.");
    }

    public static AwsException busNotFound(String bus) {
        return new AwsException(AwsErrorCode.EVENTS_RESOURCE_NOT_FOUND, "Event bus " + bus + " does not exist.");
    }

    public static AwsException ruleHasTargets() {
        return new AwsException(AwsErrorCode.VALIDATION_EXCEPTION, "Rule can't be deleted since it has targets.");
    }

    public static AwsException patternOrSchedule() {
        return new AwsException(
                AwsErrorCode.VALIDATION_EXCEPTION,
                "Parameter(s) EventPattern or ScheduleExpression must be specified.");
    }

    public static AwsException invalidSchedule() {
        return new AwsException(AwsErrorCode.VALIDATION_EXCEPTION, "Parameter ScheduleExpression is not valid.");
    }

    public static AwsException invalidState(String state) {
        return new AwsException(
                AwsErrorCode.VALIDATION_EXCEPTION,
                "1 validation error detected: Value '" + state + "' at 'state' failed to satisfy constraint: Member"
                        + " must satisfy enum value set: [ENABLED, DISABLED,"
                        + " ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS]");
    }

    public static AwsException invalidName(String field, String value) {
        return new AwsException(
                AwsErrorCode.VALIDATION_EXCEPTION,
                "1 validation error detected: Value '" + value + "' at '" + field + "' failed to satisfy constraint:"
                        + " Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+");
    }

    public static AwsException invalidPattern(String reason) {
        return new AwsException(
                AwsErrorCode.EVENTS_INVALID_EVENT_PATTERN, "Event pattern is not valid. Reason: " + reason);
    }

    public static AwsException invalidEvent(String reason) {
        return new AwsException(AwsErrorCode.VALIDATION_EXCEPTION, "Parameter Event is not valid. Reason: " + reason);
    }

    public static AwsException tooManyTargets() {
        return new AwsException(
                AwsErrorCode.EVENTS_LIMIT_EXCEEDED, "The requested resource exceeds the maximum number allowed.");
    }

    public static AwsException invalidTargetArn(String arn) {
        return new AwsException(AwsErrorCode.VALIDATION_EXCEPTION, "Parameter " + arn + " is not valid.");
    }
}
