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

    @Test
    void typesReportTheirEbsNetworkAndCoreOptions() {
        var types = t.ec2.describeInstanceTypes(b -> b.instanceTypesWithStrings("t3.2xlarge", "m7g.large", "t2.micro"))
                .instanceTypes();
        var t3 = types.stream()
                .filter(x -> x.instanceTypeAsString().equals("t3.2xlarge"))
                .findFirst()
                .orElseThrow();
        assertThat(t3.vCpuInfo().defaultVCpus()).isEqualTo(8);
        assertThat(t3.vCpuInfo().validCores()).containsExactly(2, 4);
        assertThat(t3.ebsInfo().nvmeSupportAsString()).isEqualTo("required");
        assertThat(t3.ebsInfo().ebsOptimizedSupportAsString()).isEqualTo("default");
        assertThat(t3.networkInfo().networkPerformance()).isEqualTo("Up to 5 Gigabit");
        assertThat(t3.networkInfo().maximumNetworkInterfaces()).isEqualTo(4);
        assertThat(t3.networkInfo().enaSupportAsString()).isEqualTo("required");
        var graviton = types.stream()
                .filter(x -> x.instanceTypeAsString().equals("m7g.large"))
                .findFirst()
                .orElseThrow();
        assertThat(graviton.vCpuInfo().defaultThreadsPerCore()).isEqualTo(1);
        assertThat(graviton.vCpuInfo().validCores()).containsExactly(1, 2);
        var t2 = types.stream()
                .filter(x -> x.instanceTypeAsString().equals("t2.micro"))
                .findFirst()
                .orElseThrow();
        assertThat(t2.vCpuInfo().validCores()).isEmpty();
        assertThat(t2.ebsInfo().nvmeSupportAsString()).isEqualTo("unsupported");
    }

    @Test
    void theCatalogHasTheSizesAndFamiliesLessonsName() {
        var names = t.ec2.describeInstanceTypes(b -> b.maxResults(100)).instanceTypes().stream()
                .map(x -> x.instanceTypeAsString())
                .toList();
        assertThat(names)
                .contains("t3.nano", "t3.micro", "t3.small", "t3.medium", "t3.large", "t3.xlarge", "t3.2xlarge")
                .contains("m5.2xlarge", "m7i.xlarge", "c7i.large", "r5.2xlarge")
                .contains("g4dn.2xlarge", "g6.xlarge", "p3.2xlarge", "inf1.xlarge", "inf2.8xlarge");
        // A new type launches and is billed at its catalog price.
        String id = t.launch("t3.2xlarge");
        assertThat(t.describe(id).instanceTypeAsString()).isEqualTo("t3.2xlarge");
    }
}
