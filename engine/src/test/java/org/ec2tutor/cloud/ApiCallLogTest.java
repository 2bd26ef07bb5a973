package org.ec2tutor.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ec2tutor.cloud.trail.EventHistory;
import org.ec2tutor.cloud.trail.TrailEvent;
import org.junit.jupiter.api.Test;

/**
 * The API history stays bounded when one cell makes 100,000 calls (issue 21), and what lessons and CloudTrail read
 * of the 90-day window survives such a loop: the rare calls a check counts or looks for, and every event's id.
 */
class ApiCallLogTest {

    private static final AccountId ACCOUNT = new AccountId("123456789012");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static ApiCall call(Instant at, String operation) {
        return new ApiCall(at, ACCOUNT, Region.US_EAST_1, "ec2", operation, Optional.empty(), Caller.CONSOLE);
    }

    private static EventHistory.Page lookup(ApiCallLog log, String eventName, Instant now) {
        return new EventHistory(log.entries(), 21)
                .lookup(
                        ACCOUNT,
                        Region.US_EAST_1,
                        now,
                        new EventHistory.Query(
                                List.of(new EventHistory.Attribute("EventName", eventName)),
                                null,
                                null,
                                null,
                                null,
                                null));
    }

    @Test
    void aHundredThousandCallsKeepTheHistoryBoundedAndTheRareCallsALessonChecks() {
        ApiCallLog log = new ApiCallLog();
        log.record(call(T0, "StopInstances"));
        log.record(call(T0, "StopInstances"));
        log.record(call(T0, "LookupEvents"));
        List<String> stopIds = lookup(log, "StopInstances", T0).events().stream()
                .map(TrailEvent::eventId)
                .toList();
        Instant at = T0;
        for (int i = 0; i < 100_000; i++) {
            at = at.plusMillis(10);
            log.record(call(at, i % 2 == 0 ? "DescribeInstances" : "DescribeRegions"));
        }
        List<ApiCall> kept = log.calls();
        // Unbounded, this would hold 100,003 calls (and every later cell would read them all).
        assertThat(kept).hasSize(ApiCallLog.CAPACITY + 3 + 2 * ApiCallLog.PER_KIND);
        assertThat(log.size()).isEqualTo(100_003);
        assertThat(kept.stream().filter(c -> c.operation().equals("StopInstances")))
                .as("a lesson counts two stops")
                .hasSize(2);
        assertThat(kept.stream().filter(c -> c.operation().equals("LookupEvents")))
                .hasSize(1);
        assertThat(kept).isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));
        // lookup-events still finds them, with the ids it showed before the loop.
        assertThat(lookup(log, "StopInstances", at).events())
                .extracting(TrailEvent::eventId)
                .hasSize(2)
                .isEqualTo(stopIds);
    }

    @Test
    void callsKeepTheirIndexesAndTheCallsOfTheRunningInputAreFoundPastCapacity() {
        ApiCallLog log = new ApiCallLog();
        List<Integer> told = new ArrayList<>();
        log.listen((c, index) -> told.add(index));
        for (int i = 0; i < ApiCallLog.CAPACITY + 5; i++) {
            log.record(call(T0.plusSeconds(i), "DescribeRegions"));
        }
        int before = log.size();
        log.record(call(T0.plusSeconds(ApiCallLog.CAPACITY + 5), "RunInstances"));
        // What the lesson's feedback line looks at: the input's own calls, although the oldest were dropped.
        assertThat(log.since(before)).extracting(ApiCall::operation).containsExactly("RunInstances");
        // EventBridge's events and trails are told distinct indexes, never a reused one.
        assertThat(told).doesNotHaveDuplicates().hasSize(ApiCallLog.CAPACITY + 6);
        List<ApiCallLog.Entry> entries = log.entries();
        assertThat(entries.get(entries.size() - 1).index()).isEqualTo(ApiCallLog.CAPACITY + 5);
    }

    @Test
    void callsOlderThanNinetyDaysAreDroppedEvenTheRareOnesKeptBeyondCapacity() {
        ApiCallLog log = new ApiCallLog();
        log.record(call(T0, "StopInstances"));
        for (int i = 1; i <= ApiCallLog.CAPACITY; i++) {
            log.record(call(T0.plusSeconds(i), "DescribeRegions"));
        }
        assertThat(log.calls()).extracting(ApiCall::operation).contains("StopInstances");
        log.record(call(T0.plus(ApiCallLog.RETENTION).plus(Duration.ofDays(1)), "DescribeRegions"));
        assertThat(log.calls()).extracting(ApiCall::operation).containsOnly("DescribeRegions");
        assertThat(log.calls()).hasSize(1);
    }
}
