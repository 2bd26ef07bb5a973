package org.ec2tutor.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.ec2tutor.sdk.SimulatedAws;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.InstanceCreditSpecificationRequest;

/**
 * Launch templates, Spot requests, credit options and monitoring through the real SDK client over HTTP (issue 22):
 * the endpoint binds and writes them from the SDK model, with no code of its own for them.
 */
class LaunchOverHttpTest {

    private static final String AL2023 = "ami-0fa3fe0fa7920f68e";

    private final SimulatedAws aws = SimulatedAws.realistic(22);
    private final Endpoint endpoint = EndpointSdkTest.start(aws);
    private final Ec2Client ec2 = HttpClients.ec2(endpoint, "default", "us-east-1");

    @AfterEach
    void stop() {
        ec2.close();
        endpoint.close();
    }

    @Test
    void aTemplateVersionLaunchesOverHttp() {
        String id = ec2.createLaunchTemplate(b -> b.launchTemplateName("web")
                        .launchTemplateData(d -> d.imageId(AL2023).instanceType("t3.micro")))
                .launchTemplate()
                .launchTemplateId();
        ec2.createLaunchTemplateVersion(
                b -> b.launchTemplateId(id).sourceVersion("1").launchTemplateData(d -> d.instanceType("t3.small")));
        var versions = ec2.describeLaunchTemplateVersions(
                        b -> b.launchTemplateId(id).versions("$Latest"))
                .launchTemplateVersions();
        assertThat(versions.get(0).launchTemplateData().imageId()).isEqualTo(AL2023);
        var launched = ec2.runInstances(b -> b.minCount(1)
                        .maxCount(1)
                        .launchTemplate(l -> l.launchTemplateId(id).version("$Latest")))
                .instances()
                .get(0);
        assertThat(launched.instanceTypeAsString()).isEqualTo("t3.small");
        assertThatThrownBy(() -> ec2.runInstances(
                        b -> b.minCount(1).maxCount(1).launchTemplate(l -> l.launchTemplateName("nope"))))
                .isInstanceOfSatisfying(
                        Ec2Exception.class,
                        e -> assertThat(e.awsErrorDetails().errorCode())
                                .isEqualTo("InvalidLaunchTemplateName.NotFoundException"));
    }

    @Test
    void spotRequestsCreditsAndMonitoringOverHttp() {
        String sir = ec2.requestSpotInstances(b -> b.type("persistent")
                        .launchSpecification(s -> s.imageId(AL2023).instanceType("t3.micro")))
                .spotInstanceRequests()
                .get(0)
                .spotInstanceRequestId();
        aws.cloud().advance(Duration.ofMinutes(1));
        var request = ec2.describeSpotInstanceRequests(b -> b.spotInstanceRequestIds(sir))
                .spotInstanceRequests()
                .get(0);
        assertThat(request.stateAsString()).isEqualTo("active");
        assertThat(request.status().code()).isEqualTo("fulfilled");
        String instance = request.instanceId();
        assertThat(ec2.modifyInstanceCreditSpecification(
                                b -> b.instanceCreditSpecifications(InstanceCreditSpecificationRequest.builder()
                                        .instanceId(instance)
                                        .cpuCredits("standard")
                                        .build()))
                        .successfulInstanceCreditSpecifications())
                .hasSize(1);
        assertThat(ec2.monitorInstances(b -> b.instanceIds(instance))
                        .instanceMonitorings()
                        .get(0)
                        .monitoring()
                        .stateAsString())
                .isEqualTo("pending");
        assertThat(ec2.cancelSpotInstanceRequests(b -> b.spotInstanceRequestIds(sir))
                        .cancelledSpotInstanceRequests()
                        .get(0)
                        .stateAsString())
                .isEqualTo("cancelled");
    }
}
