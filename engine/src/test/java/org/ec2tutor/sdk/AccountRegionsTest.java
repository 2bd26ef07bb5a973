package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ec2tutor.sdk.TestCloud.awsError;

import java.time.Duration;
import java.util.List;
import org.ec2tutor.cloud.ec2.RegionOptIns;
import org.ec2tutor.sdk.model.account.AccountClient;
import org.ec2tutor.sdk.model.account.AccountException;
import org.ec2tutor.sdk.model.account.ListRegionsResponse;
import org.ec2tutor.sdk.model.account.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * The Account Management API's Region opt-in: a learner enables an opt-in Region, waits while it is ENABLING, and
 * then EC2 answers there; disabling goes back; AWS's refusals.
 */
class AccountRegionsTest {

    private final TestCloud t = TestCloud.seeded(19);
    private final SimulatedAws aws = SimulatedAws.on(t.cloud);
    private final AccountClient account = aws.account("default", "us-east-1");

    private String status(String region) {
        return account.getRegionOptStatus(b -> b.regionName(region)).regionOptStatus();
    }

    private static AccountException refused(String code, int status, Executable call) {
        AccountException e = catchThrowableOfType(AccountException.class, call::execute);
        assertThat(e).as("expected " + code).isNotNull();
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
        assertThat(e.statusCode()).isEqualTo(status);
        return e;
    }

    @Test
    void listRegionsShowsEveryRegionWithItsStatusInNameOrder() {
        List<Region> regions = account.listRegions(b -> {}).regions();
        assertThat(regions).hasSize(34);
        assertThat(regions.get(0).regionName()).isEqualTo("af-south-1");
        assertThat(regions).extracting(Region::regionName).isSorted();
        assertThat(regions)
                .filteredOn(r -> r.regionOptStatus().equals("ENABLED_BY_DEFAULT"))
                .hasSize(17);
        assertThat(regions)
                .filteredOn(r -> r.regionOptStatus().equals("DISABLED"))
                .hasSize(17);
        assertThat(account.listRegions(b -> b.regionOptStatusContains("ENABLED", "ENABLING"))
                        .regions())
                .isEmpty();
    }

    @Test
    void enablingTakesMinutesThenTheRegionAnswersEc2Calls() {
        Ec2Client capeTown = aws.ec2("default", "af-south-1");
        assertThat(status("af-south-1")).isEqualTo("DISABLED");
        account.enableRegion(b -> b.regionName("af-south-1"));
        assertThat(status("af-south-1")).isEqualTo("ENABLING");
        assertThat(awsError("AuthFailure", capeTown::describeInstances).statusCode())
                .as("not usable while enabling")
                .isEqualTo(401);
        assertThat(account.listRegions(b -> b.regionOptStatusContains("ENABLING"))
                        .regions())
                .extracting(Region::regionName)
                .containsExactly("af-south-1");

        t.advance(RegionOptIns.ENABLING_TIME);
        assertThat(status("af-south-1")).isEqualTo("ENABLED");
        assertThat(capeTown.describeInstances().reservations()).isEmpty();
        assertThat(t.ec2.describeRegions(b -> b.regionNames("af-south-1"))
                        .regions()
                        .get(0)
                        .optInStatus())
                .isEqualTo("opted-in");
        assertThat(aws.account("teammate", "us-east-1")
                        .getRegionOptStatus(b -> b.regionName("af-south-1"))
                        .regionOptStatus())
                .as("per account")
                .isEqualTo("DISABLED");

        account.disableRegion(b -> b.regionName("af-south-1"));
        assertThat(status("af-south-1")).isEqualTo("DISABLING");
        awsError("AuthFailure", capeTown::describeInstances);
        t.advance(RegionOptIns.DISABLING_TIME);
        assertThat(status("af-south-1")).isEqualTo("DISABLED");
    }

    @Test
    void repeatingARequestUnderWayChangesNothing() {
        account.enableRegion(b -> b.regionName("eu-south-1"));
        t.advance(Duration.ofMinutes(3));
        account.enableRegion(b -> b.regionName("eu-south-1"));
        t.advance(RegionOptIns.ENABLING_TIME.minusMinutes(3));
        assertThat(status("eu-south-1")).as("the first request's clock").isEqualTo("ENABLED");
        account.enableRegion(b -> b.regionName("eu-south-1"));
        assertThat(status("eu-south-1")).isEqualTo("ENABLED");
    }

    @Test
    void awsRefusals() {
        AccountException byDefault =
                refused("ValidationException", 400, () -> account.enableRegion(b -> b.regionName("us-east-1")));
        assertThat(byDefault.awsErrorDetails().errorMessage()).contains("us-east-1", "enabled by default");
        refused("ValidationException", 400, () -> account.disableRegion(b -> b.regionName("eu-west-1")));
        refused("ValidationException", 400, () -> account.getRegionOptStatus(b -> b.regionName("mars-north-1")));
        refused("ValidationException", 400, () -> account.enableRegion(b -> b.regionName("mars-north-1")));
        refused("ValidationException", 400, () -> account.listRegions(b -> b.regionOptStatusContains("OPTED_IN")));
        refused("ValidationException", 400, () -> account.listRegions(b -> b.maxResults(51)));

        account.enableRegion(b -> b.regionName("me-south-1"));
        refused("ConflictException", 409, () -> account.disableRegion(b -> b.regionName("me-south-1")));
        t.advance(RegionOptIns.ENABLING_TIME);
        account.disableRegion(b -> b.regionName("me-south-1"));
        refused("ConflictException", 409, () -> account.enableRegion(b -> b.regionName("me-south-1")));

        refused(
                "AccessDeniedException",
                403,
                () -> account.getRegionOptStatus(b -> b.regionName("af-south-1").accountId("444455556666")));
        assertThat(account.getRegionOptStatus(b -> b.regionName("af-south-1").accountId("111122223333"))
                        .regionOptStatus())
                .as("the account's own id")
                .isEqualTo("DISABLED");
    }

    @Test
    void atMostSixChangesAtOnce() {
        List<String> optIn = account.listRegions(b -> b.regionOptStatusContains("DISABLED")).regions().stream()
                .map(Region::regionName)
                .toList();
        for (String r : optIn.subList(0, RegionOptIns.CONCURRENT_CHANGES)) {
            account.enableRegion(b -> b.regionName(r));
        }
        AccountException e =
                refused("TooManyRequestsException", 429, () -> account.enableRegion(b -> b.regionName(optIn.get(6))));
        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("This request has exceeded the quota for 'Number of concurrent region-opt requests for an"
                        + " account'. Consider retrying the operation later once some requests have been completed.");
        t.advance(RegionOptIns.ENABLING_TIME);
        account.enableRegion(b -> b.regionName(optIn.get(6)));
        assertThat(status(optIn.get(6))).isEqualTo("ENABLING");
    }

    @Test
    void listRegionsPages() {
        ListRegionsResponse first = account.listRegions(b -> b.maxResults(20));
        assertThat(first.regions()).hasSize(20);
        assertThat(first.nextToken()).isNotNull();
        ListRegionsResponse second = account.listRegions(b -> b.maxResults(20).nextToken(first.nextToken()));
        assertThat(second.regions()).hasSize(14);
        assertThat(second.nextToken()).isNull();
        refused("ValidationException", 400, () -> account.listRegions(b -> b.nextToken("garbage")));
    }
}
