package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.AL2023;
import static org.ec2tutor.sdk.TestCloud.awsError;

import java.time.Duration;
import java.util.List;
import org.ec2tutor.cloud.billing.LineItem;
import org.ec2tutor.cloud.billing.UsageType;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Host;
import software.amazon.awssdk.services.ec2.model.ReleaseHostsResponse;

/** Dedicated Hosts and Dedicated Instances: placement, capacity, release rules, per-host billing (issue 7). */
class DedicatedHostsTest {

    private final TestCloud t = TestCloud.seeded(21);

    private List<LineItem> lines(UsageType type) {
        return t.bill().items().stream().filter(i -> i.type() == type).toList();
    }

    private String allocate(String family, String autoPlacement) {
        return t.ec2.allocateHosts(b ->
                        b.instanceFamily(family).availabilityZone("us-east-1a").autoPlacement(autoPlacement))
                .hostIds()
                .get(0);
    }

    private Host host(String id) {
        return t.ec2.describeHosts(b -> b.hostIds(id)).hosts().get(0);
    }

    private String launchOnHost(String type, String hostId) {
        return t.launch(
                t.ec2,
                b -> b.imageId(AL2023)
                        .instanceType(type)
                        .placement(p -> p.tenancy("host").hostId(hostId)));
    }

    @Test
    void aHostIsBilledPerHostWhateverRunsOnItAndItsInstancesAreNot() {
        String hostId = allocate("m5", "off");
        assertThat(hostId).matches("h-[0-9a-f]{17}");
        String a = launchOnHost("m5.large", hostId);
        String b = launchOnHost("m5.xlarge", hostId);
        t.advance(Duration.ofHours(2));
        assertThat(TestCloud.describe(t.ec2, a).placement().tenancyAsString()).isEqualTo("host");
        assertThat(TestCloud.describe(t.ec2, b).placement().hostId()).isEqualTo(hostId);
        Host described = host(hostId);
        assertThat(described.instances()).extracting(i -> i.instanceId()).containsExactly(a, b);
        assertThat(described.availableCapacity().availableVCpus()).isEqualTo(96 - 2 - 4);
        assertThat(lines(UsageType.COMPUTE))
                .as("instances on a host have no compute line")
                .isEmpty();
        LineItem hostLine = lines(UsageType.DEDICATED_HOST).get(0);
        assertThat(hostLine.usageType()).isEqualTo("HostUsage:m5");
        assertThat(hostLine.resourceId()).isEqualTo(hostId);
        assertThat(hostLine.quantity()).isEqualByComparingTo("2");
        assertThat(hostLine.costUsd()).isEqualByComparingTo("10.138"); // 2 h x 5.069
    }

    @Test
    void releasingNeedsTheHostEmptyAndStopsItsCharges() {
        String hostId = allocate("m5", "on");
        String id =
                t.launch(t.ec2, b -> b.imageId(AL2023).instanceType("m5.large").placement(p -> p.tenancy("host")));
        assertThat(TestCloud.describe(t.ec2, id).placement().hostId())
                .as("auto-placement")
                .isEqualTo(hostId);
        t.advance(Duration.ofMinutes(30));
        ReleaseHostsResponse refused = t.ec2.releaseHosts(b -> b.hostIds(hostId));
        assertThat(refused.successful()).isEmpty();
        assertThat(refused.unsuccessful().get(0).error().code()).isEqualTo("InvalidHost.Occupied");
        assertThat(host(hostId).stateAsString()).isEqualTo("available");

        t.ec2.terminateInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofMinutes(30));
        assertThat(t.ec2.releaseHosts(b -> b.hostIds(hostId, "h-0123456789abcdef0"))
                        .unsuccessful())
                .extracting(u -> u.error().code())
                .containsExactly("InvalidHostID.NotFound");
        assertThat(host(hostId).stateAsString()).isEqualTo("released");
        t.advance(Duration.ofHours(5));
        assertThat(lines(UsageType.DEDICATED_HOST).get(0).quantity()).isEqualByComparingTo("1");
        awsError(
                "UnavailableHostRequirements",
                () -> t.launch(
                        t.ec2, b -> b.imageId(AL2023).instanceType("m5.large").placement(p -> p.tenancy("host"))));
    }

    @Test
    void aHostTakesOnlyItsFamilyAndOnlyAsManyVcpusAsItHasOutsideTheOnDemandQuota() {
        String hostId = allocate("m5", "off");
        awsError("UnavailableHostRequirements", () -> launchOnHost("c5.large", hostId));
        awsError(
                "UnavailableHostRequirements",
                () -> t.launch(
                        t.ec2, b -> b.imageId(AL2023).instanceType("m5.large").placement(p -> p.tenancy("host"))));
        launchOnHost("m5.24xlarge", hostId);
        awsError("InsufficientHostCapacity", () -> launchOnHost("m5.large", hostId));
        awsError("InvalidHostID.NotFound", () -> launchOnHost("m5.large", "h-0123456789abcdef0"));
        assertThat(t.ec2.describeInstances().reservations()).hasSize(1);
    }

    @Test
    void aStoppedInstanceFreesItsPlaceAndGoesBackWhenItStarts() {
        String hostId = allocate("m5", "off");
        String id = launchOnHost("m5.24xlarge", hostId);
        t.advance(Duration.ofMinutes(2));
        t.ec2.stopInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofMinutes(2));
        assertThat(host(hostId).availableCapacity().availableVCpus()).isEqualTo(96);
        t.ec2.startInstances(b -> b.instanceIds(id));
        assertThat(host(hostId).availableCapacity().availableVCpus()).isZero();
        t.advance(Duration.ofMinutes(2));
        assertThat(TestCloud.describe(t.ec2, id).state().nameAsString()).isEqualTo("running");
    }

    @Test
    void aMacHostCannotBeReleasedForADay() {
        String hostId = t.ec2.allocateHosts(b -> b.instanceType("mac2.metal").availabilityZone("us-east-1a"))
                .hostIds()
                .get(0);
        assertThat(host(hostId).hostProperties().instanceType()).isEqualTo("mac2.metal");
        assertThat(t.ec2.releaseHosts(b -> b.hostIds(hostId)).unsuccessful())
                .extracting(u -> u.error().code())
                .containsExactly("UnsupportedOperation");
        t.advance(Duration.ofHours(24));
        assertThat(t.ec2.releaseHosts(b -> b.hostIds(hostId)).successful()).containsExactly(hostId);
        assertThat(lines(UsageType.DEDICATED_HOST).get(0).costUsd()).isEqualByComparingTo("15.6"); // 24 h x 0.65
    }

    @Test
    void dedicatedInstancesCostTenPercentMoreAndNoReservationCoversThem() {
        String id =
                t.launch(t.ec2, b -> b.imageId(AL2023).instanceType("m5.large").placement(p -> p.tenancy("dedicated")));
        t.advance(Duration.ofSeconds(30));
        assertThat(TestCloud.describe(t.ec2, id).placement().tenancyAsString()).isEqualTo("dedicated");
        t.advance(Duration.ofHours(1));
        LineItem line = lines(UsageType.DEDICATED_INSTANCE).get(0);
        assertThat(line.usageType()).isEqualTo("DedicatedUsage:m5.large");
        assertThat(line.unitPrice()).isEqualByComparingTo("0.1056");
        assertThat(lines(UsageType.COMPUTE)).isEmpty();
    }

    @Test
    void badAllocationsGetAwsErrorsAndAllocateNothing() {
        awsError("MissingParameter", () -> t.ec2.allocateHosts(b -> b.instanceFamily("m5")));
        awsError("InvalidParameterCombination", () -> t.ec2.allocateHosts(b -> b.availabilityZone("us-east-1a")));
        awsError(
                "InvalidParameterCombination",
                () -> t.ec2.allocateHosts(b ->
                        b.availabilityZone("us-east-1a").instanceFamily("m5").instanceType("m5.large")));
        awsError(
                "InvalidParameterValue",
                () -> t.ec2.allocateHosts(b -> b.availabilityZone("us-east-1a").instanceFamily("t3")));
        awsError(
                "InvalidParameterValue",
                () -> t.ec2.allocateHosts(b ->
                        b.availabilityZone("us-east-1a").instanceFamily("m5").quantity(-1)));
        awsError("InvalidHostID.NotFound", () -> t.ec2.describeHosts(b -> b.hostIds("h-0123456789abcdef0")));
        assertThat(t.ec2.describeHosts().hosts()).isEmpty();
        assertThat(t.bill().items()).isEmpty();
    }
}
