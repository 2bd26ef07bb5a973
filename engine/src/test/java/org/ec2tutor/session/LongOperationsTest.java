package org.ec2tutor.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Long operations are bounded and interruptible (issue 21): Spot price history reaches back AWS's 90 days and pages
 * linearly, the bill after a century is quick and quicker when read again, and an interrupt stops an aws line.
 */
class LongOperationsTest {

    private static Session session() {
        return Session.start(SessionOptions.scripted(21).withoutJava());
    }

    @Test
    void spotPriceHistoryStartsAtMostNinetyDaysBack() {
        try (Session s = session()) {
            s.execute("%advance 210d");
            CellResult r = s.execute("aws ec2 describe-spot-price-history --instance-types t3.micro"
                    + " --availability-zone us-east-1a --start-time 2026-01-01T00:00:00Z --max-results 1000"
                    + " --query 'SpotPriceHistory[-1].Timestamp' --output text");
            assertThat(r.succeeded()).as(r.asText()).isTrue();
            Instant oldest = Instant.parse(r.stdout().strip().replace("+00:00", "Z"));
            assertThat(oldest)
                    .isAfterOrEqualTo(Instant.parse("2026-07-30T00:00:00Z").minus(Duration.ofDays(90)));
        }
    }

    @Test
    void seventMonthsOfEveryTypesSpotHistoryPagesInSeconds() {
        try (Session s = session()) {
            s.execute("%advance 210d");
            // 148 s before (every page recomputed the whole history, seven months of it); ~1.6 s now. --page-size
            // sets each call's MaxResults while the CLI pages through them all (--max-results would ask for one page).
            CellResult r = assertTimeoutPreemptively(
                    Duration.ofSeconds(30),
                    () -> s.execute("aws ec2 describe-spot-price-history --start-time 2026-01-01T00:00:00Z"
                            + " --page-size 1000 --query 'length(SpotPriceHistory)'"));
            assertThat(r.succeeded()).as(r.asText()).isTrue();
            assertThat(Long.parseLong(r.stdout().strip())).isGreaterThan(1000);
        }
    }

    @Test
    void theBillAfterACenturyOfSpotUseIsQuickAndQuickerAgain() {
        try (Session s = session()) {
            s.execute("aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro --count 5"
                    + " --instance-market-options MarketType=spot");
            s.execute("%advance 36500d");
            CellResult first = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> s.execute("%bill"));
            assertThat(first.asText()).contains("SpotUsage:t3.micro");
            s.execute("%advance 1d");
            long start = System.nanoTime();
            CellResult again = s.execute("%bill");
            assertThat(again.succeeded()).isTrue();
            // Each open period's Spot cost so far is remembered: one more day is priced, not a century again.
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void anInterruptStopsAnAwsLineBetweenPagesAndTheSessionGoesOn() throws Exception {
        try (Session s = session()) {
            s.execute("%advance 90d");
            CompletableFuture<CellResult> running = CompletableFuture.supplyAsync(
                    () -> s.execute("aws ec2 describe-spot-price-history --start-time 2026-01-01T00:00:00Z"
                            + " --page-size 5 --query 'length(SpotPriceHistory)'"));
            Thread.sleep(300);
            long start = System.nanoTime();
            s.interrupt();
            CellResult r = running.get(10, TimeUnit.SECONDS);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            assertThat(r.succeeded()).isFalse();
            assertThat(s.execute("echo next").stdout()).isEqualTo("next\n");
        }
    }
}
