package org.ec2tutor.cloud;

import java.time.Instant;
import java.util.Optional;

/**
 * One API call as CloudTrail would record it: who (account and {@link Caller}), where, when, which operation, its
 * error code if it failed, and what CloudTrail's record shows of the request and response ({@link Details}).
 */
public record ApiCall(
        Instant at,
        AccountId account,
        Region region,
        String service,
        String operation,
        Optional<String> errorCode,
        Caller caller,
        Details details) {

    /** A call recorded without its parameters (the session's console reads). */
    public ApiCall(
            Instant at,
            AccountId account,
            Region region,
            String service,
            String operation,
            Optional<String> errorCode,
            Caller caller) {
        this(at, account, region, service, operation, errorCode, caller, Details.NONE);
    }

    public boolean succeeded() {
        return errorCode.isEmpty();
    }

    /**
     * What CloudTrail's record carries beyond the call's identity, taken when the call was made: the request's and
     * response's members as plain JSON values (see {@code cloud.json.Json}; null when CloudTrail shows none), the
     * error message of a failure, the request id, and whether the call is a management event (S3's object calls
     * are data events, which event history never shows).
     */
    public record Details(
            Object requestParameters,
            Object responseElements,
            Optional<String> errorMessage,
            Optional<String> requestId,
            boolean managementEvent) {

        public static final Details NONE = new Details(null, null, Optional.empty(), Optional.empty(), true);
    }
}
