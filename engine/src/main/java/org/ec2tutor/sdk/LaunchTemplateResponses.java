package org.ec2tutor.sdk;

import java.math.RoundingMode;
import java.util.Map;
import org.ec2tutor.cloud.ec2.LaunchDevice;
import org.ec2tutor.cloud.ec2.LaunchTemplateData;
import org.ec2tutor.cloud.ec2.LaunchTemplateOperations;
import org.ec2tutor.cloud.ec2.SpotRequest;
import org.ec2tutor.cloud.ec2.Tags;
import software.amazon.awssdk.services.ec2.model.CreditSpecification;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.LaunchSpecification;
import software.amazon.awssdk.services.ec2.model.LaunchTemplate;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateBlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateEbsBlockDevice;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateInstanceNetworkInterfaceSpecification;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateTagSpecification;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateVersion;
import software.amazon.awssdk.services.ec2.model.ResponseLaunchTemplateData;
import software.amazon.awssdk.services.ec2.model.RunInstancesMonitoringEnabled;
import software.amazon.awssdk.services.ec2.model.SpotInstanceRequest;
import software.amazon.awssdk.services.ec2.model.SpotInstanceStatus;
import software.amazon.awssdk.services.ec2.model.SpotPlacement;

/** Launch templates and Spot requests to the SDK's response shapes. */
final class LaunchTemplateResponses {

    private LaunchTemplateResponses() {}

    static LaunchTemplate template(org.ec2tutor.cloud.ec2.LaunchTemplate t) {
        var b = LaunchTemplate.builder()
                .launchTemplateId(t.id())
                .launchTemplateName(t.name())
                .createTime(t.created())
                .createdBy(t.createdBy())
                .defaultVersionNumber(t.defaultVersion())
                .latestVersionNumber(t.latestVersion());
        if (!t.tags().isEmpty()) {
            b.tags(InstanceResponses.tags(t.tags()));
        }
        return b.build();
    }

    static LaunchTemplateVersion version(LaunchTemplateOperations.TemplateVersion tv) {
        var v = tv.version();
        return LaunchTemplateVersion.builder()
                .launchTemplateId(tv.template().id())
                .launchTemplateName(tv.template().name())
                .versionNumber(v.number())
                .versionDescription(v.description().orElse(null))
                .createTime(v.created())
                .createdBy(v.createdBy())
                .defaultVersion(tv.isDefault())
                .launchTemplateData(data(v.data()))
                .build();
    }

    /** The parameters a version holds, members absent where the version does not give them. */
    static ResponseLaunchTemplateData data(LaunchTemplateData d) {
        var b = ResponseLaunchTemplateData.builder();
        d.imageId().ifPresent(b::imageId);
        d.instanceType().ifPresent(b::instanceType);
        d.keyName().ifPresent(b::keyName);
        d.userData().ifPresent(b::userData);
        if (!d.tagSpecifications().isEmpty()) {
            b.tagSpecifications(d.tagSpecifications().stream()
                    .map(s -> LaunchTemplateTagSpecification.builder()
                            .resourceType(s.resourceType())
                            .tags(InstanceResponses.tags(tags(s.tags())))
                            .build())
                    .toList());
        }
        d.hibernationConfigured().ifPresent(h -> b.hibernationOptions(o -> o.configured(h)));
        if (!d.blockDevices().isEmpty()) {
            b.blockDeviceMappings(d.blockDevices().stream()
                    .map(LaunchTemplateResponses::device)
                    .toList());
        }
        d.disableApiTermination().ifPresent(b::disableApiTermination);
        d.disableApiStop().ifPresent(b::disableApiStop);
        d.shutdownBehavior().ifPresent(b::instanceInitiatedShutdownBehavior);
        if (d.availabilityZone().isPresent()
                || d.tenancy().isPresent()
                || d.hostId().isPresent()) {
            b.placement(p -> p.availabilityZone(d.availabilityZone().orElse(null))
                    .tenancy(d.tenancy().orElse(null))
                    .hostId(d.hostId().orElse(null)));
        }
        d.market()
                .ifPresent(m -> b.instanceMarketOptions(o -> o.marketType(m.marketType())
                        .spotOptions(s -> s.maxPrice(m.maxPrice().orElse(null))
                                .spotInstanceType(m.spotInstanceType().orElse(null))
                                .instanceInterruptionBehavior(
                                        m.interruptionBehavior().orElse(null)))));
        if (d.subnetId().isPresent() || d.associatePublicIp().isPresent()) {
            // Subnet and public IP live on the primary interface, where the groups then go too.
            b.networkInterfaces(LaunchTemplateInstanceNetworkInterfaceSpecification.builder()
                    .deviceIndex(0)
                    .subnetId(d.subnetId().orElse(null))
                    .associatePublicIpAddress(d.associatePublicIp().orElse(null))
                    .groups(d.securityGroupIds().isEmpty() ? null : d.securityGroupIds())
                    .build());
        } else if (!d.securityGroupIds().isEmpty()) {
            b.securityGroupIds(d.securityGroupIds());
        }
        if (!d.securityGroupNames().isEmpty()) {
            b.securityGroups(d.securityGroupNames());
        }
        d.monitoring().ifPresent(m -> b.monitoring(x -> x.enabled(m)));
        d.cpuCredits()
                .ifPresent(c -> b.creditSpecification(
                        CreditSpecification.builder().cpuCredits(c).build()));
        return b.build();
    }

    private static Tags tags(Map<String, String> map) {
        var t = new Tags();
        map.forEach(t::put);
        return t;
    }

    private static LaunchTemplateBlockDeviceMapping device(LaunchDevice d) {
        var b = LaunchTemplateBlockDeviceMapping.builder().deviceName(d.deviceName());
        d.virtualName().ifPresent(b::virtualName);
        if (d.noDevice()) {
            b.noDevice("");
        } else if (d.virtualName().isEmpty()) {
            var e = LaunchTemplateEbsBlockDevice.builder();
            d.sizeGib().ifPresent(e::volumeSize);
            d.volumeType().ifPresent(e::volumeType);
            d.deleteOnTermination().ifPresent(e::deleteOnTermination);
            d.encrypted().ifPresent(e::encrypted);
            d.snapshotId().ifPresent(e::snapshotId);
            b.ebs(e.build());
        }
        return b.build();
    }

    static SpotInstanceRequest spotRequest(SpotRequest r) {
        LaunchTemplateData d = r.specification();
        var spec = LaunchSpecification.builder();
        d.imageId().ifPresent(spec::imageId);
        d.instanceType().ifPresent(spec::instanceType);
        d.keyName().ifPresent(spec::keyName);
        d.subnetId().ifPresent(spec::subnetId);
        d.availabilityZone()
                .ifPresent(z -> spec.placement(
                        SpotPlacement.builder().availabilityZone(z).build()));
        if (!d.securityGroupIds().isEmpty()) {
            spec.securityGroups(d.securityGroupIds().stream()
                    .map(g -> GroupIdentifier.builder().groupId(g).build())
                    .toList());
        }
        spec.monitoring(RunInstancesMonitoringEnabled.builder()
                .enabled(d.monitoring().orElse(false))
                .build());
        var b = SpotInstanceRequest.builder()
                .spotInstanceRequestId(r.id())
                .type(r.type())
                .state(r.state().awsName())
                .status(SpotInstanceStatus.builder()
                        .code(r.status().code())
                        .message(r.status().message())
                        .updateTime(r.status().updated())
                        .build())
                .createTime(r.created())
                .validUntil(r.validUntil())
                .productDescription("Linux/UNIX")
                .instanceInterruptionBehavior(r.interruption().awsName())
                .launchSpecification(spec.build());
        r.maxPrice()
                .ifPresent(p -> b.spotPrice(p.setScale(Math.max(6, p.scale()), RoundingMode.UNNECESSARY)
                        .toPlainString()));
        r.instanceId().ifPresent(b::instanceId);
        r.launchedZone().ifPresent(b::launchedAvailabilityZone);
        if (!r.tags().isEmpty()) {
            b.tags(InstanceResponses.tags(r.tags()));
        }
        return b.build();
    }
}
