package org.ec2tutor.cloud.trail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.ApiCall;
import org.ec2tutor.cloud.ApiCallLog;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.error.CloudTrailErrors;

/**
 * CloudTrail event history (LookupEvents): the management events of one account in one Region over the last 90
 * days, newest first, filtered by at most one attribute and a time range, in pages of at most 50. No trail is
 * needed. Rules from https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_LookupEvents.html .
 */
public final class EventHistory {

    /** How far back event history reaches. */
    public static final Duration WINDOW = Duration.ofDays(90);

    /** The attribute keys LookupEvents accepts. */
    public static final List<String> ATTRIBUTE_KEYS = List.of(
            "EventId",
            "EventName",
            "ReadOnly",
            "Username",
            "ResourceType",
            "ResourceName",
            "EventSource",
            "AccessKeyId");

    private final List<ApiCallLog.Entry> calls;
    private final long seed;

    public EventHistory(List<ApiCallLog.Entry> calls, long seed) {
        this.calls = calls;
        this.seed = seed;
    }

    /** One lookup attribute: a key of {@link #ATTRIBUTE_KEYS} and the value to match. */
    public record Attribute(String key, String value) {}

    /**
     * A LookupEvents request. Null members were not given.
     *
     * @param eventCategory {@code insight} asks for Insights events (the tutor has none); null for management events
     */
    public record Query(
            List<Attribute> attributes,
            Instant startTime,
            Instant endTime,
            Integer maxResults,
            String nextToken,
            String eventCategory) {}

    /** One page of events, newest first, and the token of the next page if there is one. */
    public record Page(List<TrailEvent> events, Optional<String> nextToken) {}

    public Page lookup(AccountId account, Region region, Instant now, Query q) {
        List<Attribute> attributes = q.attributes() == null ? List.of() : q.attributes();
        if (attributes.size() > 1) {
            throw CloudTrailErrors.tooManyLookupAttributes();
        }
        for (Attribute a : attributes) {
            if (!ATTRIBUTE_KEYS.contains(a.key())) {
                throw CloudTrailErrors.invalidLookupAttribute(a.key());
            }
            if (a.value() == null || a.value().isEmpty() || a.value().length() > 2000) {
                throw CloudTrailErrors.lookupValueTooLong();
            }
        }
        if (q.maxResults() != null && (q.maxResults() < 1 || q.maxResults() > 50)) {
            throw CloudTrailErrors.invalidMaxResults();
        }
        if (q.startTime() != null && q.endTime() != null && q.startTime().isAfter(q.endTime())) {
            throw CloudTrailErrors.invalidTimeRange();
        }
        if (q.eventCategory() != null && !q.eventCategory().equals("insight")) {
            throw CloudTrailErrors.invalidEventCategory();
        }
        int fingerprint = Objects.hash(attributes, q.startTime(), q.endTime(), q.maxResults(), q.eventCategory());
        int from = Integer.MAX_VALUE;
        if (q.nextToken() != null && !q.nextToken().isEmpty()) {
            from = decode(q.nextToken(), fingerprint);
        }
        if (q.eventCategory() != null) {
            return new Page(List.of(), Optional.empty()); // no Insights events are ever raised here
        }
        Instant oldest = now.minus(WINDOW);
        Instant start = q.startTime() == null || q.startTime().isBefore(oldest) ? oldest : q.startTime();
        Instant end = q.endTime() == null ? now : q.endTime();
        int max = q.maxResults() == null ? 50 : q.maxResults();
        List<TrailEvent> page = new ArrayList<>();
        for (int i = calls.size() - 1; i >= 0; i--) {
            ApiCall c = calls.get(i).call();
            int index = calls.get(i).index();
            if (index > from
                    || !c.account().equals(account)
                    || c.region() != region
                    || !c.details().managementEvent()
                    || c.at().isBefore(start)
                    || c.at().isAfter(end)) {
                continue;
            }
            TrailEvent e = TrailEvent.of(c, index, seed);
            if (!attributes.isEmpty() && !matches(e, attributes.get(0))) {
                continue;
            }
            if (page.size() == max) {
                return new Page(page, Optional.of(encode(index, fingerprint)));
            }
            page.add(e);
        }
        return new Page(page, Optional.empty());
    }

    private static boolean matches(TrailEvent e, Attribute a) {
        String v = a.value();
        return switch (a.key()) {
            case "EventId" -> e.eventId().equals(v);
            case "EventName" -> e.eventName().equals(v);
            case "ReadOnly" -> String.valueOf(e.readOnly()).equals(v);
            case "Username" -> e.username().equals(v);
            case "ResourceType" -> e.resources().stream().anyMatch(r -> r.type().equals(v));
            case "ResourceName" -> e.resources().stream().anyMatch(r -> r.name().equals(v));
            case "EventSource" -> e.eventSource().equals(v);
            case "AccessKeyId" -> e.accessKeyId().equals(v);
            default -> false;
        };
    }

    /** A token names the next event by its index in the API history and is bound to the request's parameters. */
    private static String encode(int index, int fingerprint) {
        return Base64.getEncoder().encodeToString(("v1:" + index + ":" + fingerprint).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String token, int fingerprint) {
        try {
            String[] parts = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8).split(":", -1);
            if (parts.length == 3 && parts[0].equals("v1") && Integer.parseInt(parts[2]) == fingerprint) {
                return Integer.parseInt(parts[1]);
            }
        } catch (IllegalArgumentException e) {
            // not one of ours: refused below
        }
        throw CloudTrailErrors.invalidNextToken();
    }
}
