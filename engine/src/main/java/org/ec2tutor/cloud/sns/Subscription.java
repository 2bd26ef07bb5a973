package org.ec2tutor.cloud.sns;

/**
 * A topic's subscription. Only SQS endpoints are delivered to here; an SQS subscription in the topic's own account
 * needs no confirmation. {@code raw} is the RawMessageDelivery attribute: the bare message instead of SNS's JSON.
 */
public record Subscription(String arn, String topicArn, String owner, String protocol, String endpoint, boolean raw) {

    Subscription withRaw(boolean value) {
        return new Subscription(arn, topicArn, owner, protocol, endpoint, value);
    }
}
