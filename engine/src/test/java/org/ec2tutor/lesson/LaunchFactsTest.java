package org.ec2tutor.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.sdk.SimulatedAws;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** What a lesson's checks can read about launch templates and Spot requests (issue 22). */
class LaunchFactsTest {

    private static final String AL2023 = "ami-0fa3fe0fa7920f68e";

    private final Cloud cloud = Cloud.create(22);
    private final SimulatedAws aws = SimulatedAws.on(cloud);
    private final Ec2Client ec2 = aws.ec2();

    private LessonFacts facts() {
        return LessonFacts.of(cloud, cloud.accounts().learner());
    }

    @Test
    void aCheckSeesTheLearnersTemplatesAndTheirVersions() {
        assertThat(facts().launchTemplateNamed("web").id()).as("none yet").isEmpty();
        ec2.createLaunchTemplate(b -> b.launchTemplateName("web")
                .launchTemplateData(d -> d.imageId(AL2023).instanceType("t3.micro")));
        ec2.createLaunchTemplateVersion(b ->
                b.launchTemplateName("web").sourceVersion("1").launchTemplateData(d -> d.instanceType("t3.small")));
        aws.ec2("teammate", "us-east-1")
                .createLaunchTemplate(b -> b.launchTemplateName("theirs").launchTemplateData(d -> d.imageId(AL2023)));

        LessonFacts.LaunchTemplateFact web = facts().launchTemplateNamed("web");
        assertThat(web.id()).startsWith("lt-");
        assertThat(web.versions()).isEqualTo(2);
        assertThat(web.defaultVersion()).isEqualTo(1);
        assertThat(web.latestVersion()).isEqualTo(2);
        assertThat(web.defaultImageId()).isEqualTo(AL2023);
        assertThat(web.defaultInstanceType()).isEqualTo("t3.micro");
        assertThat(web.latestInstanceType()).isEqualTo("t3.small");
        assertThat(facts().launchTemplates())
                .extracting(LessonFacts.LaunchTemplateFact::name)
                .containsExactly("web");
    }

    @Test
    void aCheckSeesSpotRequestsAndTheirStatus() {
        String id = ec2.requestSpotInstances(b -> b.type("persistent")
                        .spotPrice("0.05")
                        .launchSpecification(s -> s.imageId(AL2023).instanceType("t3.micro")))
                .spotInstanceRequests()
                .get(0)
                .spotInstanceRequestId();
        cloud.advance(Duration.ofMinutes(1));
        LessonFacts.SpotRequestFact r = facts().spotRequests().get(0);
        assertThat(r.id()).isEqualTo(id);
        assertThat(r.type()).isEqualTo("persistent");
        assertThat(r.state()).isEqualTo("active");
        assertThat(r.statusCode()).isEqualTo("fulfilled");
        assertThat(r.instanceId()).startsWith("i-");
        assertThat(r.maxPrice()).isEqualTo("0.05");
        ec2.cancelSpotInstanceRequests(b -> b.spotInstanceRequestIds(id));
        assertThat(facts().spotRequests().get(0).statusCode()).isEqualTo("request-canceled-and-instance-running");
    }
}
