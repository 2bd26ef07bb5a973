package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.ec2tutor.cloud.ApiCallLog;
import org.junit.jupiter.api.Test;

/**
 * The API history lessons read is bounded as CloudTrail's event history is (90 days) and by a count, so a script that
 * calls in a loop does not slow every later cell (issue 21).
 */
class ApiHistoryBoundTest {

    @Test
    void theHistoryKeepsTheMostRecentCallsUpToItsCapacity() {
        TestCloud t = TestCloud.seeded(21);
        for (int i = 0; i < ApiCallLog.CAPACITY + 50; i++) {
            t.ec2.describeRegions();
        }
        t.ec2.describeAvailabilityZones();
        var calls = t.cloud.apiCalls().calls();
        // The newest CAPACITY calls, and before them the newest few of the repeated kind.
        assertThat(calls).hasSize(ApiCallLog.CAPACITY + ApiCallLog.PER_KIND);
        assertThat(calls.get(calls.size() - 1).operation()).isEqualTo("DescribeAvailabilityZones");
    }

    @Test
    void callsOlderThanNinetyDaysAreGone() {
        TestCloud t = TestCloud.seeded(21);
        t.ec2.describeRegions();
        t.advance(Duration.ofDays(91));
        t.ec2.describeAvailabilityZones();
        assertThat(t.cloud.apiCalls().calls())
                .extracting(c -> c.operation())
                .containsExactly("DescribeAvailabilityZones");
    }
}
