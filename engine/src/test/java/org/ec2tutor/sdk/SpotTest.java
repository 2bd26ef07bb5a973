package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ec2tutor.sdk.TestCloud.AL2023;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.billing.LineItem;
import org.ec2tutor.cloud.billing.SpotPrices;
import org.ec2tutor.cloud.billing.UsageType;
import org.ec2tutor.cloud.ec2.Instance;
import org.ec2tutor.cloud.guest.GuestShell;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.SpotMarketOptions;
import software.amazon.awssdk.services.ec2.model.SpotPrice;

/** Spot Instances (issue 7): launch at the Spot price, the price history, interruptions with each behaviour. */
class SpotTest {

    private final TestCloud t = TestCloud.seeded(17);
    private final Instant start = t.cloud.now();

    private String spot(Consumer<SpotMarketOptions.Builder> options, Consumer<RunInstancesRequest.Builder> more) {
        return t.launch(t.ec2, b -> {
            b.imageId(AL2023)
                    .instanceType("t3.micro")
                    .placement(p -> p.availabilityZone("us-east-1a"))
                    .instanceMarketOptions(m -> m.marketType("spot").spotOptions(options));
            more.accept(b);
        });
    }

    private Instance domain(String id) {
        return t.cloud.transact(() -> t.cloud
                .ec2(t.cloud.accounts().learner(), Region.US_EAST_1)
                .instances()
                .describeOne(id));
    }

    private Instant interrupt(String id) {
        return t.cloud.transact(() -> t.cloud
                .ec2(t.cloud.accounts().learner(), Region.US_EAST_1)
                .spotInterruptions()
                .interrupt(id));
    }

    private String imds(String id, String path) {
        return t.cloud.transact(() -> new GuestShell(domain(id).guest())
                // Amazon Linux 2023 requires IMDSv2: a session token first.
                .run(
                        "TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token"
                                + " -H 'X-aws-ec2-metadata-token-ttl-seconds: 60')\n"
                                + "curl -s -H \"X-aws-ec2-metadata-token: $TOKEN\""
                                + " http://169.254.169.254/latest/meta-data/" + path,
                        t.cloud.now())
                .output());
    }

    private List<LineItem> spotLines() {
        return t
                .cloud
                .transact(() -> t.cloud
                        .ec2World()
                        .bill(
                                t.cloud.accounts().learner().id(),
                                start,
                                t.cloud.now().plus(Duration.ofDays(30))))
                .items()
                .stream()
                .filter(i -> i.type() == UsageType.SPOT)
                .toList();
    }

    private BigDecimal currentPrice(String zone) {
        List<SpotPrice> now = t.ec2.describeSpotPriceHistory(
                        b -> b.instanceTypesWithStrings("t3.micro").availabilityZone(zone))
                .spotPriceHistory();
        assertThat(now).hasSize(1);
        return new BigDecimal(now.get(0).spotPrice());
    }

    @Test
    void aSpotInstanceIsMarkedAsSuchAndBilledAtTheSpotPrice() {
        BigDecimal price = currentPrice("us-east-1a");
        assertThat(price).isLessThan(new BigDecimal("0.0104")).isGreaterThan(new BigDecimal("0.0025"));
        String id = spot(o -> {}, b -> {});
        var described = t.ec2.describeInstances(b -> b.instanceIds(id))
                .reservations()
                .get(0)
                .instances()
                .get(0);
        assertThat(described.instanceLifecycleAsString()).isEqualTo("spot");
        assertThat(described.spotInstanceRequestId()).matches("sir-[0-9a-f]{8}");
        t.advance(Duration.ofSeconds(30));
        t.advance(Duration.ofHours(1));
        LineItem line = spotLines().get(0);
        assertThat(line.usageType()).isEqualTo("SpotUsage:t3.micro");
        assertThat(line.purchaseType()).isEqualTo("Spot Instances");
        assertThat(line.quantity()).isEqualByComparingTo("1");
        assertThat(line.costUsd())
                .as("an hour at the price of the moment (the price holds three hours)")
                .isEqualByComparingTo(price.setScale(6));
    }

    @Test
    void thePriceHistoryChangesEveryThreeHoursAndDependsOnTheSeedOnly() {
        t.advance(Duration.ofDays(1));
        List<SpotPrice> day = t.ec2.describeSpotPriceHistory(b -> b.instanceTypesWithStrings("m5.large")
                        .availabilityZone("us-east-1b")
                        .startTime(t.cloud.now().minus(Duration.ofDays(1))))
                .spotPriceHistory();
        assertThat(day).hasSize(9);
        assertThat(day).extracting(SpotPrice::timestamp).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(day).extracting(SpotPrice::spotPrice).doesNotHaveDuplicates();
        TestCloud same = TestCloud.seeded(17);
        same.advance(Duration.ofDays(1));
        assertThat(same.ec2
                        .describeSpotPriceHistory(b -> b.instanceTypesWithStrings("m5.large")
                                .availabilityZone("us-east-1b")
                                .startTime(same.cloud.now().minus(Duration.ofDays(1))))
                        .spotPriceHistory())
                .isEqualTo(day);
        TestCloud other = TestCloud.seeded(18);
        assertThat(other.ec2
                        .describeSpotPriceHistory(
                                b -> b.instanceTypesWithStrings("m5.large").availabilityZone("us-east-1b"))
                        .spotPriceHistory()
                        .get(0)
                        .spotPrice())
                .isNotEqualTo(t.ec2.describeSpotPriceHistory(b -> b.instanceTypesWithStrings("m5.large")
                                .availabilityZone("us-east-1b")
                                .startTime(start)
                                .endTime(start))
                        .spotPriceHistory()
                        .get(0)
                        .spotPrice());
    }

    @Test
    void aTerminateInterruptionGivesTwoMinutesNoticeAndTheFirstHourIsFree() {
        String id = spot(o -> {}, b -> {});
        t.advance(Duration.ofSeconds(30));
        t.advance(Duration.ofMinutes(20));
        assertThat(imds(id, "spot/instance-action")).contains("404 - Not Found");
        Instant at = interrupt(id);
        assertThat(at).isEqualTo(t.cloud.now().plus(Duration.ofMinutes(2)));
        assertThat(imds(id, "spot/instance-action"))
                .isEqualTo("{\"action\": \"terminate\", \"time\": \""
                        + at.toString().replace(".000", "") + "\"}");
        assertThat(domain(id).state().awsName())
                .as("still running during the notice")
                .isEqualTo("running");
        t.advance(Duration.ofMinutes(2));
        var i = t.ec2.describeInstances(b -> b.instanceIds(id))
                .reservations()
                .get(0)
                .instances()
                .get(0);
        assertThat(i.state().nameAsString()).isEqualTo("shutting-down");
        assertThat(i.stateReason().code()).isEqualTo("Server.SpotInstanceTermination");
        assertThat(i.stateTransitionReason()).startsWith("Service initiated (");
        t.advance(Duration.ofMinutes(1));
        assertThat(domain(id).state().awsName()).isEqualTo("terminated");
        assertThat(spotLines())
                .as("interrupted by EC2 in its first hour: not charged")
                .isEmpty();
    }

    @Test
    void aStopInterruptionStopsAPersistentRequestsInstanceAndBillsItsHours() {
        String id = spot(o -> o.spotInstanceType("persistent").instanceInterruptionBehavior("stop"), b -> {});
        t.advance(Duration.ofSeconds(30));
        t.advance(Duration.ofHours(2));
        interrupt(id);
        t.advance(Duration.ofMinutes(2));
        var i = t.ec2.describeInstances(b -> b.instanceIds(id))
                .reservations()
                .get(0)
                .instances()
                .get(0);
        assertThat(i.state().nameAsString()).isEqualTo("stopping");
        assertThat(i.stateReason().code()).isEqualTo("Server.SpotInstanceShutdown");
        t.advance(Duration.ofMinutes(5));
        assertThat(domain(id).state().awsName()).isEqualTo("stopped");
        assertThat(spotLines().get(0).quantity())
                .as("2 h 2 min, then nothing while stopped")
                .isEqualByComparingTo(
                        BigDecimal.valueOf(7320).divide(BigDecimal.valueOf(3600), 6, RoundingMode.HALF_EVEN));
    }

    @Test
    void aHibernateInterruptionKeepsTheMemory() {
        String id = spot(
                o -> o.spotInstanceType("persistent").instanceInterruptionBehavior("hibernate"),
                b -> b.hibernationOptions(h -> h.configured(true))
                        .blockDeviceMappings(BlockDeviceMapping.builder()
                                .deviceName("/dev/xvda")
                                .ebs(e -> e.volumeSize(10).encrypted(true))
                                .build()));
        t.advance(Duration.ofSeconds(30));
        t.advance(Duration.ofMinutes(5));
        t.cloud.transact(() -> new GuestShell(domain(id).guest()).run("echo kept > /dev/shm/state", t.cloud.now()));
        interrupt(id);
        t.advance(Duration.ofMinutes(10));
        assertThat(domain(id).state().awsName()).isEqualTo("stopped");
        assertThat(domain(id).hibernated()).isTrue();
        t.ec2.startInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofMinutes(1));
        assertThat(t.cloud.transact(() -> new GuestShell(domain(id).guest())
                        .run("cat /dev/shm/state", t.cloud.now())
                        .output()))
                .isEqualTo("kept\n");
    }

    @Test
    void badSpotRequestsGetAwsErrorsAndLaunchNothing() {
        BigDecimal price = currentPrice("us-east-1a");
        assertThatThrownBy(() -> spot(o -> o.maxPrice("0.0001"), b -> {}))
                .isInstanceOf(Ec2Exception.class)
                .hasMessageContaining("Your Spot request price of 0.0001 is lower than the minimum required Spot "
                        + "request fulfillment price of "
                        + price.stripTrailingZeros().toPlainString() + ".")
                .satisfies(e -> assertThat(((Ec2Exception) e).awsErrorDetails().errorCode())
                        .isEqualTo("SpotMaxPriceTooLow"));
        assertThatThrownBy(() -> spot(o -> o.spotInstanceType("persistent"), b -> {}))
                .hasMessageContaining("persistent Spot Instance requests are only supported when "
                        + "InstanceInterruptionBehavior is set to either hibernate or stop");
        assertThat(t.ec2.describeInstances(b -> {}).reservations()).isEmpty();

        String oneTime = spot(o -> {}, b -> {});
        t.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> t.ec2.stopInstances(b -> b.instanceIds(oneTime)))
                .hasMessageContaining("associated with a one-time Spot Instance request");
        String onDemand = t.launch(t.ec2, b -> b.imageId(AL2023).instanceType("t3.micro"));
        assertThatThrownBy(() -> interrupt(onDemand)).hasMessageContaining("is an On-Demand instance");
    }

    @Test
    void aMaximumPriceBelowALaterPriceStepGetsTheInstanceInterruptedThere() {
        BigDecimal max = currentPrice("us-east-1a");
        String capped = spot(o -> o.maxPrice(max.toPlainString()), b -> {});
        String uncapped = spot(o -> {}, b -> {});
        var interrupted = t.describe(capped);
        for (int i = 0; i < 1440 && !interrupted.state().nameAsString().equals("terminated"); i++) {
            t.advance(Duration.ofMinutes(30)); // a terminated instance is listed for an hour only
            interrupted = t.describe(capped);
        }
        assertThat(interrupted.state().nameAsString()).isEqualTo("terminated");
        assertThat(interrupted.stateReason().code()).isEqualTo("Server.SpotInstanceTermination");
        // EC2 acted two minutes after the first price step above the maximum, and not before it.
        Instant acted = Instant.parse(interrupted
                .stateTransitionReason()
                .replaceAll(".*\\((\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}:\\d{2}) GMT\\).*", "$1T$2Z"));
        Instant step = acted.minus(Duration.ofMinutes(2));
        assertThat(step.getEpochSecond() % Duration.ofHours(3).toSeconds()).isZero();
        var prices = t.cloud.ec2World().spotPrices();
        assertThat(prices.price("t3.micro", Region.US_EAST_1, "us-east-1a", step))
                .isGreaterThan(max);
        for (Instant s = SpotPrices.stepStart(start); s.isBefore(step); s = s.plus(Duration.ofHours(3))) {
            assertThat(prices.price("t3.micro", Region.US_EAST_1, "us-east-1a", s))
                    .isLessThanOrEqualTo(max);
        }
        assertThat(t.describe(uncapped).state().nameAsString())
                .as("the default maximum is the On-Demand price")
                .isEqualTo("running");
    }
}
