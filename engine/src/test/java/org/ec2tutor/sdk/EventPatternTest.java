package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.InvalidEventPatternException;

/**
 * EventBridge's pattern matching, table-driven through the real client's TestEventPattern: each row is a pattern, an
 * event (the envelope plus a detail) and whether it matches, as the EventBridge User Guide's operator page describes.
 */
class EventPatternTest {

    private static final EventBridgeClient EVENTS = SimulatedAws.realistic(3).events("default", "us-east-1");

    /** An EC2 state-change event with the given detail members. */
    private static String event(String detail) {
        return """
                {"version":"0","id":"6a7e8feb-b491-4cf7-a9f1-bf3703467718","detail-type":"EC2 Instance State-change \
                Notification","source":"aws.ec2","account":"111122223333","time":"2026-01-01T00:00:00Z",\
                "region":"us-east-1","resources":["arn:aws:ec2:us-east-1:111122223333:instance/i-0abc"],\
                "detail":%s}""".formatted(detail);
    }

    static Stream<Arguments> rows() {
        String running = "{\"instance-id\":\"i-0abc\",\"state\":\"running\",\"count\":3,\"ip\":\"10.0.1.7\","
                + "\"tags\":[\"web\",\"prod\"],\"gone\":null}";
        return Stream.of(
                // exact values: OR within a list, AND across fields
                Arguments.of("{\"source\":[\"aws.ec2\"]}", running, true),
                Arguments.of("{\"source\":[\"aws.s3\"]}", running, false),
                Arguments.of(
                        "{\"source\":[\"aws.ec2\"],\"detail\":{\"state\":[\"stopped\",\"running\"]}}", running, true),
                Arguments.of("{\"source\":[\"aws.ec2\"],\"detail\":{\"state\":[\"stopped\"]}}", running, false),
                Arguments.of("{\"detail\":{\"gone\":[null]}}", running, true),
                Arguments.of("{\"detail\":{\"count\":[3]}}", running, true),
                // an event array matches when any element matches
                Arguments.of("{\"detail\":{\"tags\":[\"prod\"]}}", running, true),
                Arguments.of("{\"resources\":[{\"prefix\":\"arn:aws:ec2:us-east-1:\"}]}", running, true),
                // prefix, suffix, equals-ignore-case, wildcard
                Arguments.of("{\"detail\":{\"instance-id\":[{\"prefix\":\"i-0\"}]}}", running, true),
                Arguments.of("{\"detail\":{\"instance-id\":[{\"prefix\":\"vol-\"}]}}", running, false),
                Arguments.of("{\"detail\":{\"state\":[{\"prefix\":{\"equals-ignore-case\":\"RUN\"}}]}}", running, true),
                Arguments.of("{\"detail\":{\"state\":[{\"suffix\":\"ing\"}]}}", running, true),
                Arguments.of("{\"detail\":{\"state\":[{\"suffix\":\"ed\"}]}}", running, false),
                Arguments.of("{\"detail\":{\"state\":[{\"equals-ignore-case\":\"RUNNING\"}]}}", running, true),
                Arguments.of("{\"detail\":{\"instance-id\":[{\"wildcard\":\"i-*c\"}]}}", running, true),
                // anything-but: a value, a list, a prefix; never a missing field
                Arguments.of("{\"detail\":{\"state\":[{\"anything-but\":\"pending\"}]}}", running, true),
                Arguments.of("{\"detail\":{\"state\":[{\"anything-but\":[\"pending\",\"running\"]}]}}", running, false),
                Arguments.of("{\"detail\":{\"state\":[{\"anything-but\":{\"prefix\":\"run\"}}]}}", running, false),
                Arguments.of("{\"detail\":{\"missing\":[{\"anything-but\":\"x\"}]}}", running, false),
                // numeric ranges
                Arguments.of("{\"detail\":{\"count\":[{\"numeric\":[\">\",0,\"<=\",5]}]}}", running, true),
                Arguments.of("{\"detail\":{\"count\":[{\"numeric\":[\">\",3]}]}}", running, false),
                Arguments.of("{\"detail\":{\"count\":[{\"numeric\":[\"=\",3.0e0]}]}}", running, true),
                Arguments.of("{\"detail\":{\"state\":[{\"numeric\":[\">\",0]}]}}", running, false),
                // exists
                Arguments.of("{\"detail\":{\"state\":[{\"exists\":true}]}}", running, true),
                Arguments.of("{\"detail\":{\"missing\":[{\"exists\":false}]}}", running, true),
                Arguments.of("{\"detail\":{\"state\":[{\"exists\":false}]}}", running, false),
                // cidr
                Arguments.of("{\"detail\":{\"ip\":[{\"cidr\":\"10.0.0.0/16\"}]}}", running, true),
                Arguments.of("{\"detail\":{\"ip\":[{\"cidr\":\"10.1.0.0/16\"}]}}", running, false),
                // $or: any of the alternatives, ANDed with the other fields
                Arguments.of(
                        "{\"source\":[\"aws.ec2\"],\"$or\":[{\"detail\":{\"state\":[\"stopped\"]}},"
                                + "{\"detail\":{\"count\":[{\"numeric\":[\">\",2]}]}}]}",
                        running,
                        true),
                Arguments.of(
                        "{\"source\":[\"aws.s3\"],\"$or\":[{\"detail\":{\"state\":[\"running\"]}},"
                                + "{\"detail\":{\"count\":[3]}}]}",
                        running,
                        false),
                // a nested pattern needs a nested object
                Arguments.of("{\"detail\":{\"state\":{\"name\":[\"running\"]}}}", running, false));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("rows")
    void patternsMatchAsEventBridgeDocumentsThem(String pattern, String detail, boolean matches) {
        assertThat(EVENTS.testEventPattern(b -> b.eventPattern(pattern).event(event(detail)))
                        .result())
                .isEqualTo(matches);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("[\"aws.ec2\"]", "Filter is not an object"),
                Arguments.of("{\"source\":\"aws.ec2\"}", "Match value must be String, number, true, false, or null"),
                Arguments.of("{\"source\":[{\"starts-with\":\"aws\"}]}", "Unrecognized match type starts-with"),
                Arguments.of("{\"detail\":{\"n\":[{\"numeric\":[\"~\",1]}]}}", "Unrecognized numeric range operator"),
                Arguments.of("{\"detail\":{\"n\":[{\"exists\":\"yes\"}]}}", "exists match pattern must be either"),
                Arguments.of("not json", "Filter is not valid JSON"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void badPatternsAreRefusedWithInvalidEventPatternException(String pattern, String reason) {
        InvalidEventPatternException e = catchThrowableOfType(
                InvalidEventPatternException.class,
                () -> EVENTS.testEventPattern(b -> b.eventPattern(pattern).event(event("{}"))));
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidEventPatternException");
        assertThat(e.awsErrorDetails().errorMessage()).startsWith("Event pattern is not valid. Reason: " + reason);
    }
}
