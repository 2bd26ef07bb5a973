package org.ec2tutor.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ec2tutor.cli.OperationCatalog;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.client.config.SdkClientConfiguration;
import software.amazon.awssdk.core.client.config.SdkClientOption;
import software.amazon.awssdk.core.runtime.transform.Marshaller;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.protocols.query.AwsEc2ProtocolFactory;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.CreateImageRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSpotPriceHistoryRequest;
import software.amazon.awssdk.services.ec2.model.EbsBlockDevice;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.InstanceMarketOptionsRequest;
import software.amazon.awssdk.services.ec2.model.LaunchPermission;
import software.amazon.awssdk.services.ec2.model.LaunchPermissionModifications;
import software.amazon.awssdk.services.ec2.model.ModifyImageAttributeRequest;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.SpotMarketOptions;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.transform.CreateImageRequestMarshaller;
import software.amazon.awssdk.services.ec2.transform.DescribeInstancesRequestMarshaller;
import software.amazon.awssdk.services.ec2.transform.DescribeSpotPriceHistoryRequestMarshaller;
import software.amazon.awssdk.services.ec2.transform.ModifyImageAttributeRequestMarshaller;
import software.amazon.awssdk.services.ec2.transform.RunInstancesRequestMarshaller;

/** The Query binder is the inverse of the SDK's own EC2 marshaller: what the SDK sends, it rebuilds. */
class QueryBindingTest {

    @SuppressWarnings("deprecation") // the factory still reads the endpoint from this option; it is test setup only
    private static final AwsEc2ProtocolFactory PROTOCOL = AwsEc2ProtocolFactory.builder()
            .clientConfiguration(SdkClientConfiguration.builder()
                    .option(SdkClientOption.ENDPOINT, URI.create("http://localhost"))
                    .build())
            .build();

    @Test
    void rebuildsARunInstancesRequestWithTagsBlockDevicesUserDataAndNestedOptions() throws Exception {
        RunInstancesRequest sent = RunInstancesRequest.builder()
                .imageId("ami-0123456789abcdef0")
                .minCount(1)
                .maxCount(3)
                .instanceType("t3.micro")
                .userData("ZWNobyBoaQ==")
                .securityGroupIds("sg-1", "sg-2")
                .tagSpecifications(TagSpecification.builder()
                        .resourceType("instance")
                        .tags(
                                Tag.builder().key("Name").value("web").build(),
                                Tag.builder().key("team").value("a&b = c").build())
                        .build())
                .blockDeviceMappings(BlockDeviceMapping.builder()
                        .deviceName("/dev/xvda")
                        .ebs(EbsBlockDevice.builder()
                                .volumeSize(16)
                                .deleteOnTermination(false)
                                .build())
                        .build())
                .instanceMarketOptions(InstanceMarketOptionsRequest.builder()
                        .marketType("spot")
                        .spotOptions(
                                SpotMarketOptions.builder().maxPrice("0.01").build())
                        .build())
                .clientToken("token-1")
                .build();

        assertThat(rebuilt("RunInstances", new RunInstancesRequestMarshaller(PROTOCOL), sent))
                .isEqualTo(sent);
    }

    @Test
    void rebuildsListsOfStringsAndFilters() throws Exception {
        DescribeInstancesRequest sent = DescribeInstancesRequest.builder()
                .instanceIds("i-1", "i-2")
                .filters(
                        Filter.builder()
                                .name("instance-state-name")
                                .values("running", "stopped")
                                .build(),
                        Filter.builder().name("tag:Name").values("web").build())
                .maxResults(5)
                .nextToken("abc")
                .build();

        assertThat(rebuilt("DescribeInstances", new DescribeInstancesRequestMarshaller(PROTOCOL), sent))
                .isEqualTo(sent);
    }

    @Test
    void rebuildsBooleansTimestampsAndNestedListsOfStructures() throws Exception {
        CreateImageRequest image = CreateImageRequest.builder()
                .instanceId("i-1")
                .name("web")
                .noReboot(true)
                .build();
        DescribeSpotPriceHistoryRequest prices = DescribeSpotPriceHistoryRequest.builder()
                .startTime(Instant.parse("2026-01-01T03:00:00Z"))
                .instanceTypesWithStrings("m5.large")
                .build();
        ModifyImageAttributeRequest share = ModifyImageAttributeRequest.builder()
                .imageId("ami-1")
                .launchPermission(LaunchPermissionModifications.builder()
                        .add(LaunchPermission.builder().userId("444455556666").build())
                        .build())
                .build();

        assertThat(rebuilt("CreateImage", new CreateImageRequestMarshaller(PROTOCOL), image))
                .isEqualTo(image);
        assertThat(rebuilt("DescribeSpotPriceHistory", new DescribeSpotPriceHistoryRequestMarshaller(PROTOCOL), prices))
                .isEqualTo(prices);
        assertThat(rebuilt("ModifyImageAttribute", new ModifyImageAttributeRequestMarshaller(PROTOCOL), share))
                .isEqualTo(share);
    }

    @Test
    void aParameterNoFieldReadsIsAnUnknownParameter() {
        Map<String, String> params = new LinkedHashMap<>(
                Map.of("Action", "DescribeInstances", "Version", "2016-11-15", "InstanceIds.1", "i-1"));

        assertThatThrownBy(() -> bind("DescribeInstances", params))
                .isInstanceOfSatisfying(
                        WireException.class,
                        e -> assertThat(e.error())
                                .isEqualTo(new WireError(
                                        400, "UnknownParameter", "The parameter InstanceIds.1 is not recognized")));
    }

    @Test
    void aValueOfTheWrongTypeIsAnInvalidParameterValue() {
        Map<String, String> params = new LinkedHashMap<>(Map.of("ImageId", "ami-1", "MaxCount", "lots"));

        assertThatThrownBy(() -> bind("RunInstances", params))
                .isInstanceOfSatisfying(
                        WireException.class, e -> assertThat(e.error().code()).isEqualTo("InvalidParameterValue"));
    }

    private static <T extends SdkPojo> Object rebuilt(String action, Marshaller<T> marshaller, T sent)
            throws WireException {
        SdkHttpFullRequest http = marshaller.marshall(sent);
        Map<String, String> params = new LinkedHashMap<>();
        http.rawQueryParameters().forEach((k, v) -> params.put(k, v.get(0)));
        assertThat(params).containsEntry("Action", action);
        return bind(action, params);
    }

    private static Object bind(String action, Map<String, String> params) throws WireException {
        SdkPojo builder = OperationCatalog.forService("ec2")
                .orElseThrow()
                .findByName(action)
                .orElseThrow()
                .newBuilder();
        return QueryBinder.bind(WireProtocol.EC2_QUERY, builder, params);
    }
}
