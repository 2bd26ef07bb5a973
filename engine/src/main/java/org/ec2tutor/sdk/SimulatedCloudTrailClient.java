package org.ec2tutor.sdk;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ec2tutor.cloud.Account;
import org.ec2tutor.cloud.ApiCall;
import org.ec2tutor.cloud.Caller;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.error.AwsException;
import org.ec2tutor.cloud.error.Ec2Errors;
import org.ec2tutor.cloud.trail.EventHistory;
import org.ec2tutor.cloud.trail.TrailApi;
import org.ec2tutor.cloud.trail.TrailEvent;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.CreateTrailRequest;
import software.amazon.awssdk.services.cloudtrail.model.CreateTrailResponse;
import software.amazon.awssdk.services.cloudtrail.model.DeleteTrailRequest;
import software.amazon.awssdk.services.cloudtrail.model.DeleteTrailResponse;
import software.amazon.awssdk.services.cloudtrail.model.DescribeTrailsRequest;
import software.amazon.awssdk.services.cloudtrail.model.DescribeTrailsResponse;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailRequest;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailResponse;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusRequest;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;
import software.amazon.awssdk.services.cloudtrail.model.ListTrailsRequest;
import software.amazon.awssdk.services.cloudtrail.model.ListTrailsResponse;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsRequest;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsResponse;
import software.amazon.awssdk.services.cloudtrail.model.Resource;
import software.amazon.awssdk.services.cloudtrail.model.StartLoggingRequest;
import software.amazon.awssdk.services.cloudtrail.model.StartLoggingResponse;
import software.amazon.awssdk.services.cloudtrail.model.StopLoggingRequest;
import software.amazon.awssdk.services.cloudtrail.model.StopLoggingResponse;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.cloudtrail.model.TrailInfo;

/**
 * The real {@link CloudTrailClient} interface on the simulated cloud: trails (create, delete, describe, get, list,
 * start and stop logging, status) and event history (LookupEvents). Every other CloudTrail operation answers
 * {@code OperationNotSimulated}. Errors are the SDK's CloudTrail exceptions with AWS's codes.
 */
public final class SimulatedCloudTrailClient implements CloudTrailClient {

    /** The status strings GetTrailStatus carries besides its timestamps. */
    private static final DateTimeFormatter STATUS_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final Cloud cloud;
    private final Account account;
    private final Region region;
    private final Caller caller;

    private SimulatedCloudTrailClient(Cloud cloud, Account account, Region region, Caller caller) {
        this.cloud = cloud;
        this.account = account;
        this.region = region;
        this.caller = caller;
    }

    /** A client whose calls are recorded as made through {@code surface} with the account's keys. */
    public static CloudTrailClient create(Cloud cloud, Account account, Region region, Caller.Surface surface) {
        return UnsimulatedOperations.guard(
                CloudTrailClient.class,
                new SimulatedCloudTrailClient(cloud, account, region, InProcessCallers.of(surface, account)),
                "SimulatedCloudTrailClient[" + account.profile() + "@" + region + "]",
                op -> ServiceExceptions.cloudTrail(Ec2Errors.notSimulated(op), cloud.newRequestId()));
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
        // The cloud outlives its clients.
    }

    private <T> T call(String operation, Object request, Function<TrailApi, T> body) {
        return cloud.transact(() -> {
            Instant at = cloud.now();
            Caller who = CallerContext.current().orElse(caller);
            try {
                T result = body.apply(cloud.cloudTrail(account, region));
                cloud.apiCalls()
                        .record(new ApiCall(
                                at,
                                account.id(),
                                region,
                                "cloudtrail",
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
                                "cloudtrail",
                                operation,
                                Optional.of(e.code().code()),
                                who,
                                TrailPayloads.failed(TrailPayloads.Style.PLAIN, request, e, requestId, true)));
                throw ServiceExceptions.cloudTrail(e, requestId);
            }
        });
    }

    @Override
    public CreateTrailResponse createTrail(CreateTrailRequest r) {
        return call("CreateTrail", r, api -> {
            var t = api.createTrail(
                    r.name(),
                    r.s3BucketName(),
                    r.s3KeyPrefix(),
                    Boolean.TRUE.equals(r.isMultiRegionTrail()),
                    !Boolean.FALSE.equals(r.includeGlobalServiceEvents()));
            return CreateTrailResponse.builder()
                    .name(t.name())
                    .s3BucketName(t.bucket())
                    .s3KeyPrefix(t.keyPrefix().isEmpty() ? null : t.keyPrefix())
                    .includeGlobalServiceEvents(t.includeGlobalServiceEvents())
                    .isMultiRegionTrail(t.multiRegion())
                    .trailARN(t.arn())
                    .logFileValidationEnabled(false)
                    .isOrganizationTrail(false)
                    .build();
        });
    }

    @Override
    public DeleteTrailResponse deleteTrail(DeleteTrailRequest r) {
        return call("DeleteTrail", r, api -> {
            api.deleteTrail(r.name());
            return DeleteTrailResponse.builder().build();
        });
    }

    @Override
    public StartLoggingResponse startLogging(StartLoggingRequest r) {
        return call("StartLogging", r, api -> {
            api.startLogging(r.name());
            return StartLoggingResponse.builder().build();
        });
    }

    @Override
    public StopLoggingResponse stopLogging(StopLoggingRequest r) {
        return call("StopLogging", r, api -> {
            api.stopLogging(r.name());
            return StopLoggingResponse.builder().build();
        });
    }

    @Override
    public GetTrailStatusResponse getTrailStatus(GetTrailStatusRequest r) {
        return call("GetTrailStatus", r, api -> {
            var t = api.trail(r.name());
            var b = GetTrailStatusResponse.builder().isLogging(t.logging());
            t.startLoggingTime().ifPresent(s -> b.startLoggingTime(s).timeLoggingStarted(STATUS_TIME.format(s)));
            t.stopLoggingTime().ifPresent(s -> b.stopLoggingTime(s).timeLoggingStopped(STATUS_TIME.format(s)));
            t.latestDeliveryTime()
                    .ifPresent(d -> b.latestDeliveryTime(d)
                            .latestDeliveryAttemptTime(STATUS_TIME.format(d))
                            .latestDeliveryAttemptSucceeded(STATUS_TIME.format(d)));
            t.latestDeliveryError().ifPresent(b::latestDeliveryError);
            b.latestNotificationAttemptTime("").latestNotificationAttemptSucceeded("");
            if (t.latestDeliveryTime().isEmpty()) {
                b.latestDeliveryAttemptTime("").latestDeliveryAttemptSucceeded("");
            }
            if (t.stopLoggingTime().isEmpty()) {
                b.timeLoggingStopped("");
            }
            return b.build();
        });
    }

    @Override
    public DescribeTrailsResponse describeTrails(DescribeTrailsRequest r) {
        return call(
                "DescribeTrails",
                r,
                api -> DescribeTrailsResponse.builder()
                        .trailList(api
                                .describeTrails(
                                        r.hasTrailNameList() ? r.trailNameList() : List.of(),
                                        !Boolean.FALSE.equals(r.includeShadowTrails()))
                                .stream()
                                .map(SimulatedCloudTrailClient::trail)
                                .toList())
                        .build());
    }

    @Override
    public GetTrailResponse getTrail(GetTrailRequest r) {
        return call(
                "GetTrail",
                r,
                api -> GetTrailResponse.builder()
                        .trail(trail(api.trail(r.name())))
                        .build());
    }

    @Override
    public ListTrailsResponse listTrails(ListTrailsRequest r) {
        return call(
                "ListTrails",
                r,
                api -> ListTrailsResponse.builder()
                        .trails(api.describeTrails(List.of(), true).stream()
                                .map(t -> TrailInfo.builder()
                                        .trailARN(t.arn())
                                        .name(t.name())
                                        .homeRegion(t.homeRegion().id())
                                        .build())
                                .toList())
                        .build());
    }

    private static Trail trail(org.ec2tutor.cloud.trail.Trail t) {
        return Trail.builder()
                .name(t.name())
                .s3BucketName(t.bucket())
                .s3KeyPrefix(t.keyPrefix().isEmpty() ? null : t.keyPrefix())
                .includeGlobalServiceEvents(t.includeGlobalServiceEvents())
                .isMultiRegionTrail(t.multiRegion())
                .homeRegion(t.homeRegion().id())
                .trailARN(t.arn())
                .logFileValidationEnabled(false)
                .hasCustomEventSelectors(false)
                .hasInsightSelectors(false)
                .isOrganizationTrail(false)
                .build();
    }

    @Override
    public LookupEventsResponse lookupEvents(LookupEventsRequest r) {
        return call("LookupEvents", r, api -> {
            List<EventHistory.Attribute> attributes = r.hasLookupAttributes()
                    ? r.lookupAttributes().stream()
                            .map(a -> new EventHistory.Attribute(a.attributeKeyAsString(), a.attributeValue()))
                            .toList()
                    : List.of();
            EventHistory.Page page = api.lookupEvents(new EventHistory.Query(
                    attributes, r.startTime(), r.endTime(), r.maxResults(), r.nextToken(), r.eventCategoryAsString()));
            return LookupEventsResponse.builder()
                    .events(page.events().stream()
                            .map(SimulatedCloudTrailClient::event)
                            .toList())
                    .nextToken(page.nextToken().orElse(null))
                    .build();
        });
    }

    private static Event event(TrailEvent e) {
        var b = Event.builder()
                .eventId(e.eventId())
                .eventName(e.eventName())
                .readOnly(String.valueOf(e.readOnly()))
                .eventTime(e.eventTime())
                .eventSource(e.eventSource())
                .username(e.username())
                .resources(e.resources().stream()
                        .map(x -> Resource.builder()
                                .resourceType(x.type())
                                .resourceName(x.name())
                                .build())
                        .toList())
                .cloudTrailEvent(e.json());
        if (!e.accessKeyId().isEmpty()) {
            b.accessKeyId(e.accessKeyId());
        }
        return b.build();
    }
}
