package org.ec2tutor.cloud;

import java.time.Instant;
import java.util.Optional;

/**
 * One API call as CloudTrail would record it: who (account and {@link Caller}), where, when, which operation, and its
 * error code if it failed.
 */
public record ApiCall(
        Instant at,
        AccountId account,
        Region region,
        String service,
        String operation,
        Optional<String> errorCode,
        Caller caller) {

    public boolean succeeded() {
        return errorCode.isEmpty();
    }
}
