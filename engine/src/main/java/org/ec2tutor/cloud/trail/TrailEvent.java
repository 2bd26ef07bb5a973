package org.ec2tutor.cloud.trail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ec2tutor.cloud.ApiCall;
import org.ec2tutor.cloud.json.Json;

/**
 * One API call as a CloudTrail event: the fields event history filters on, and the full record (the JSON that
 * LookupEvents returns as a string and log files hold), with the record fields of
 * https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html .
 * Ids come from the cloud's seed and the call's place in the history, so the same session gives the same ids.
 *
 * @param sequence the call's index in the cloud's API history (events are newest first by it)
 */
public record TrailEvent(
        int sequence,
        ApiCall call,
        String eventId,
        String username,
        boolean readOnly,
        List<Resource> resources,
        Map<String, Object> record) {

    /** CloudTrail's current record version. */
    public static final String EVENT_VERSION = "1.11";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    /** A resource an event names, with CloudFormation-style types as event history shows them. */
    public record Resource(String type, String name) {}

    public static TrailEvent of(ApiCall call, int sequence, long seed) {
        String eventId = uuid("event", seed, sequence);
        String accountId = call.account().value();
        boolean readOnly = isReadOnly(call.operation());
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("type", "Root");
        identity.put("principalId", accountId);
        identity.put("arn", "arn:aws:iam::" + accountId + ":root");
        identity.put("accountId", accountId);
        if (!call.caller().accessKeyId().isEmpty()) {
            identity.put("accessKeyId", call.caller().accessKeyId());
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("eventVersion", EVENT_VERSION);
        r.put("userIdentity", identity);
        r.put("eventTime", TIME.format(call.at()));
        r.put("eventSource", eventSource(call.service()));
        r.put("eventName", call.operation());
        r.put("awsRegion", call.region().id());
        r.put("sourceIPAddress", call.caller().sourceIpAddress());
        r.put("userAgent", call.caller().userAgent());
        call.errorCode().ifPresent(code -> {
            r.put("errorCode", code);
            r.put("errorMessage", call.details().errorMessage().orElse(""));
        });
        r.put("requestParameters", call.details().requestParameters());
        r.put("responseElements", call.succeeded() ? call.details().responseElements() : null);
        r.put("requestID", call.details().requestId().orElseGet(() -> uuid("request", seed, sequence)));
        r.put("eventID", eventId);
        r.put("readOnly", readOnly);
        r.put("eventType", "AwsApiCall");
        r.put("managementEvent", call.details().managementEvent());
        r.put("recipientAccountId", accountId);
        r.put("eventCategory", call.details().managementEvent() ? "Management" : "Data");
        return new TrailEvent(
                sequence,
                call,
                eventId,
                "root",
                readOnly,
                resources(call.details().requestParameters(), call.details().responseElements()),
                r);
    }

    /** {@code ec2.amazonaws.com}: where the call went. */
    public static String eventSource(String service) {
        return service + ".amazonaws.com";
    }

    public String eventName() {
        return call.operation();
    }

    public String eventSource() {
        return eventSource(call.service());
    }

    public Instant eventTime() {
        return call.at().truncatedTo(ChronoUnit.SECONDS);
    }

    public String accessKeyId() {
        return call.caller().accessKeyId();
    }

    /** The record as CloudTrail writes it: compact JSON. */
    public String json() {
        return Json.write(record);
    }

    /** Reads (Describe, Get, List, Lookup, Head) are read-only events; everything else writes. */
    public static boolean isReadOnly(String operation) {
        return operation.startsWith("Describe")
                || operation.startsWith("Get")
                || operation.startsWith("List")
                || operation.startsWith("Lookup")
                || operation.startsWith("Head");
    }

    private static String uuid(String kind, long seed, int sequence) {
        return UUID.nameUUIDFromBytes((kind + " " + seed + " " + sequence).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** Resource types by id prefix, as EC2's events in event history name them. */
    private static final Map<String, String> BY_PREFIX = prefixes();

    private static Map<String, String> prefixes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("i-", "AWS::EC2::Instance");
        m.put("ami-", "AWS::EC2::Ami");
        m.put("vol-", "AWS::EC2::Volume");
        m.put("snap-", "AWS::EC2::Snapshot");
        m.put("sg-", "AWS::EC2::SecurityGroup");
        m.put("subnet-", "AWS::EC2::Subnet");
        m.put("vpc-", "AWS::EC2::VPC");
        m.put("eni-", "AWS::EC2::NetworkInterface");
        m.put("eipalloc-", "AWS::EC2::EIP");
        m.put("lt-", "AWS::EC2::LaunchTemplate");
        m.put("key-", "AWS::EC2::KeyPair");
        m.put("sir-", "AWS::EC2::SpotInstanceRequest");
        return m;
    }

    /**
     * The resources a call names: ids under members whose name ends in {@code Id}, key pair names, bucket and trail
     * names, found anywhere in the request and response.
     */
    static List<Resource> resources(Object request, Object response) {
        Set<Resource> found = new LinkedHashSet<>();
        collect("", request, found);
        collect("", response, found);
        return new ArrayList<>(found);
    }

    private static void collect(String key, Object value, Set<Resource> out) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String k = String.valueOf(e.getKey());
                collect(k.equals("items") ? key : k, e.getValue(), out);
            }
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collect(key, v, out));
        } else if (value instanceof String s && !s.isEmpty()) {
            String k = key.toLowerCase(java.util.Locale.ROOT);
            if (k.equals("keyname")) {
                out.add(new Resource("AWS::EC2::KeyPair", s));
            } else if (k.equals("bucket") || k.equals("bucketname") || k.equals("s3bucketname")) {
                out.add(new Resource("AWS::S3::Bucket", s));
            } else if (k.equals("trailarn") || (k.equals("name") && s.startsWith("arn:aws:cloudtrail:"))) {
                out.add(new Resource("AWS::CloudTrail::Trail", s));
            } else if (k.endsWith("id") || k.endsWith("ids")) {
                BY_PREFIX.entrySet().stream()
                        .filter(p -> s.startsWith(p.getKey()))
                        .findFirst()
                        .ifPresent(p -> out.add(new Resource(p.getValue(), s)));
            }
        }
    }
}
