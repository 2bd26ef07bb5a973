package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.awsError;

import java.time.Duration;
import org.ec2tutor.cloud.Region;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.AvailabilityZone;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;

/** Every commercial Region: which are enabled, opt-in ones refusing calls until enabled, each with its own zones. */
class RegionsTest {

    private static final String LATEST_AL2023 =
            "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";

    private final TestCloud t = TestCloud.seeded(5);

    @Test
    void describeRegionsListsTheEnabledOnesAndAllRegionsTheRest() {
        var enabled = t.ec2.describeRegions(b -> {}).regions();
        assertThat(enabled).hasSize(17);
        assertThat(enabled).allSatisfy(r -> assertThat(r.optInStatus()).isEqualTo("opt-in-not-required"));
        assertThat(enabled)
                .extracting(software.amazon.awssdk.services.ec2.model.Region::regionName)
                .contains("us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2")
                .doesNotContain("af-south-1");

        var all = t.ec2.describeRegions(b -> b.allRegions(true)).regions();
        assertThat(all).hasSize(34);
        assertThat(t.ec2.describeRegions(b -> b.allRegions(true)
                                .filters(Filter.builder()
                                        .name("opt-in-status")
                                        .values("not-opted-in")
                                        .build()))
                        .regions())
                .hasSize(17);
        var named = t.ec2.describeRegions(b -> b.regionNames("af-south-1")).regions();
        assertThat(named).singleElement().satisfies(r -> {
            assertThat(r.optInStatus()).isEqualTo("not-opted-in");
            assertThat(r.endpoint()).isEqualTo("ec2.af-south-1.amazonaws.com");
        });
    }

    @Test
    void anOptInRegionRefusesCallsUntilTheAccountEnablesIt() {
        Ec2Client capeTown = t.in("default", "af-south-1");
        Ec2Exception refused = awsError("AuthFailure", () -> capeTown.describeInstances());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(TestCloud.message(refused))
                .isEqualTo("AWS was not able to validate the provided access credentials");

        t.cloud.transact(() -> {
            t.cloud
                    .ec2World()
                    .regionOptIns()
                    .enable(t.cloud.accounts().learner().id(), Region.AF_SOUTH_1);
            return null;
        });
        assertThat(capeTown.describeInstances().reservations()).isEmpty();
        assertThat(t.ec2.describeRegions(b -> b.regionNames("af-south-1"))
                        .regions()
                        .get(0)
                        .optInStatus())
                .isEqualTo("opted-in");
        assertThat(capeTown.describeAvailabilityZones().availabilityZones())
                .extracting(AvailabilityZone::zoneName, AvailabilityZone::zoneId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("af-south-1a", "afs1-az1"),
                        org.assertj.core.groups.Tuple.tuple("af-south-1b", "afs1-az2"),
                        org.assertj.core.groups.Tuple.tuple("af-south-1c", "afs1-az3"));
        assertThat(awsError("AuthFailure", () -> t.in("teammate", "af-south-1").describeInstances()))
                .as("enabled per account")
                .isNotNull();
    }

    @Test
    void aRegionBeyondTheFirstTwoIsUsableWithItsOwnZonesAndImages() {
        Ec2Client oregon = t.in("default", "us-west-2");
        assertThat(oregon.describeAvailabilityZones().availabilityZones())
                .extracting(AvailabilityZone::zoneId)
                .containsExactly("usw2-az1", "usw2-az2", "usw2-az3", "usw2-az4");
        String id = t.launch(oregon, b -> b.imageId(LATEST_AL2023).instanceType("t3.micro"));
        t.advance(Duration.ofMinutes(1));
        Instance i = TestCloud.describe(oregon, id);
        assertThat(i.imageId()).startsWith("ami-").isNotEqualTo(TestCloud.AL2023);
        assertThat(i.placement().availabilityZone()).startsWith("us-west-2");
        assertThat(i.publicDnsName()).endsWith(".us-west-2.compute.amazonaws.com");
        assertThat(i.privateDnsName()).endsWith(".us-west-2.compute.internal");
        assertThat(oregon.describeImages(b -> b.imageIds(i.imageId()))
                        .images()
                        .get(0)
                        .name())
                .startsWith("al2023-ami-");
        assertThat(t.ec2.describeInstances().reservations())
                .as("Regions are apart")
                .isEmpty();
    }
}
