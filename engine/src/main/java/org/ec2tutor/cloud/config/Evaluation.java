package org.ec2tutor.cloud.config;

import java.time.Instant;

/**
 * The latest result of one rule for one resource.
 *
 * @param orderingTimestamp when the configuration change (or the request) that caused the evaluation happened
 * @param invokedAt when Config ran the rule
 * @param recordedAt when Config recorded the result (the same instant here)
 */
public record Evaluation(
        String ruleName,
        String resourceType,
        String resourceId,
        ComplianceType compliance,
        Instant orderingTimestamp,
        Instant invokedAt,
        Instant recordedAt) {}
