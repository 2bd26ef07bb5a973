package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.awsError;
import static org.ec2tutor.sdk.TestCloud.message;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.InstanceTypeInfo;

class InstanceTypesTest {

    private final TestCloud t = TestCloud.seeded(1);

    @Test
    void theCatalogHasTheReferenceFamilies() {
        var types = t.ec2.describeInstanceTypes(b -> {}).instanceTypes();
        assertThat(types.size()).isGreaterThanOrEqualTo(25);
        assertThat(types)
                .extracting(InstanceTypeInfo::instanceTypeAsString)
                .contains(
                        "t3.micro",
                        "m5.large",
                        "c5.large",
                        "r5.large",
                        "x2iedn.xlarge",
                        "i3.large",
                        "d3.xlarge",
                        "g4dn.xlarge",
                        "p5.48xlarge",
                        "inf2.xlarge",
                        "mac1.metal");
    }

    @Test
    void aTypeReportsItsSpecsInMib() {
        InstanceTypeInfo i3 = t.ec2.describeInstanceTypes(b -> b.instanceTypesWithStrings("i3.large"))
                .instanceTypes()
                .get(0);
        assertThat(i3.memoryInfo().sizeInMiB()).isEqualTo(15616);
        assertThat(i3.vCpuInfo().defaultVCpus()).isEqualTo(2);
        assertThat(i3.instanceStorageInfo().totalSizeInGB()).isEqualTo(475);
        assertThat(i3.hibernationSupported()).isTrue();
    }

    @Test
    void filtersSelectByArchitectureAndHibernation() {
        var arm = t.ec2.describeInstanceTypes(b -> b.filters(Filter.builder()
                        .name("processor-info.supported-architecture")
                        .values("arm64")
                        .build()))
                .instanceTypes();
        assertThat(arm)
                .extracting(InstanceTypeInfo::instanceTypeAsString)
                .containsExactlyInAnyOrder("t4g.micro", "t4g.medium", "m7g.large", "c7g.large");
        var noHibernation = t.ec2.describeInstanceTypes(b -> b.filters(
                        Filter.builder()
                                .name("hibernation-supported")
                                .values("false")
                                .build(),
                        Filter.builder().name("instance-type").values("r*").build()))
                .instanceTypes();
        assertThat(noHibernation)
                .extracting(InstanceTypeInfo::instanceTypeAsString)
                .contains("r6i.large", "r5.8xlarge")
                .doesNotContain("r5.large");
    }

    @Test
    void offeringsByZoneLeaveOutZonesWithoutTheType() {
        var zones = t.ec2.describeInstanceTypeOfferings(b -> b.locationType("availability-zone")
                        .filters(Filter.builder()
                                .name("instance-type")
                                .values("t3.micro")
                                .build()))
                .instanceTypeOfferings();
        assertThat(zones)
                .extracting(o -> o.location())
                .doesNotContain("us-east-1e")
                .contains("us-east-1a");
    }

    @Test
    void unknownTypesAreNamedTogetherAsAnInvalidInstanceType() {
        // DescribeInstanceTypes answers InvalidInstanceType (observed, scylladb/scylla-cluster-tests#12419);
        // RunInstances answers InvalidParameterValue "Invalid value 'x' for InstanceType." (RunInstancesTest).
        var e = awsError(
                "InvalidInstanceType",
                () -> t.ec2.describeInstanceTypes(
                        b -> b.instanceTypesWithStrings("t3.micro", "t9.huge", "i8ge.xlarge")));
        assertThat(message(e)).isEqualTo("The following supplied instance types do not exist: [t9.huge, i8ge.xlarge]");
    }
}
