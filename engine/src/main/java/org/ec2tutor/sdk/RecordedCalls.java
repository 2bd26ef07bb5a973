package org.ec2tutor.sdk;

import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.ec2tutor.cloud.Account;
import org.ec2tutor.cloud.ApiCall;
import org.ec2tutor.cloud.Caller;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.error.AwsException;

/**
 * One call of a JSON-protocol service's simulated client, as CloudTrail records it: runs the body in one transaction
 * of the cloud, records the call (request and response members, or the error), and turns a domain refusal into the
 * service's SDK exception with a new request id.
 */
final class RecordedCalls {

    private final Cloud cloud;
    private final Account account;
    private final Region region;
    private final Caller caller;
    private final String service;
    private final BiFunction<AwsException, String, RuntimeException> exceptions;

    RecordedCalls(
            Cloud cloud,
            Account account,
            Region region,
            Caller caller,
            String service,
            BiFunction<AwsException, String, RuntimeException> exceptions) {
        this.cloud = cloud;
        this.account = account;
        this.region = region;
        this.caller = caller;
        this.service = service;
        this.exceptions = exceptions;
    }

    <T> T call(String operation, Object request, Supplier<T> body) {
        return cloud.transact(() -> {
            Instant at = cloud.now();
            Caller who = CallerContext.current().orElse(caller);
            try {
                T result = body.get();
                cloud.apiCalls()
                        .record(new ApiCall(
                                at,
                                account.id(),
                                region,
                                service,
                                operation,
                                Optional.empty(),
                                who,
                                TrailPayloads.succeeded(TrailPayloads.Style.PLAIN, operation, request, result, true)));
                return result;
            } catch (AwsException e) {
                String requestId = cloud.newRequestId();
                cloud.apiCalls()
                        .record(new ApiCall(
                                at,
                                account.id(),
                                region,
                                service,
                                operation,
                                Optional.of(e.code().code()),
                                who,
                                TrailPayloads.failed(TrailPayloads.Style.PLAIN, request, e, requestId, true)));
                throw exceptions.apply(e, requestId);
            }
        });
    }
}
