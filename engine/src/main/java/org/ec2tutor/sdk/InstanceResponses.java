package org.ec2tutor.sdk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ec2tutor.cloud.ec2.Instance;
import org.ec2tutor.cloud.ec2.InstanceState;
import org.ec2tutor.cloud.ec2.NetworkLayout;
import org.ec2tutor.cloud.ec2.Platform;
import org.ec2tutor.cloud.ec2.StateChange;
import org.ec2tutor.cloud.ec2.Tags;
import org.ec2tutor.cloud.ec2.Volume;
import software.amazon.awssdk.services.ec2.model.CapacityReservationPreference;
import software.amazon.awssdk.services.ec2.model.CapacityReservationSpecificationResponse;
import software.amazon.awssdk.services.ec2.model.CpuOptions;
import software.amazon.awssdk.services.ec2.model.EbsInstanceBlockDevice;
import software.amazon.awssdk.services.ec2.model.EbsStatusDetails;
import software.amazon.awssdk.services.ec2.model.EbsStatusSummary;
import software.amazon.awssdk.services.ec2.model.EnclaveOptions;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.HibernationOptions;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterface;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterfaceAssociation;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterfaceAttachment;
import software.amazon.awssdk.services.ec2.model.InstancePrivateIpAddress;
import software.amazon.awssdk.services.ec2.model.InstanceStateChange;
import software.amazon.awssdk.services.ec2.model.InstanceStatus;
import software.amazon.awssdk.services.ec2.model.InstanceStatusDetails;
import software.amazon.awssdk.services.ec2.model.InstanceStatusSummary;
import software.amazon.awssdk.services.ec2.model.Monitoring;
import software.amazon.awssdk.services.ec2.model.Placement;
import software.amazon.awssdk.services.ec2.model.Reservation;
import software.amazon.awssdk.services.ec2.model.StateReason;
import software.amazon.awssdk.services.ec2.model.Tag;

/** Domain instances to the SDK's model, field by field as DescribeInstances reports them (reference 2.13). */
final class InstanceResponses {

    private InstanceResponses() {}

    static software.amazon.awssdk.services.ec2.model.InstanceState state(InstanceState s) {
        return software.amazon.awssdk.services.ec2.model.InstanceState.builder()
                .code(s.code())
                .name(s.awsName())
                .build();
    }

    static InstanceStateChange change(StateChange c) {
        return InstanceStateChange.builder()
                .instanceId(c.instanceId())
                .previousState(state(c.previous()))
                .currentState(state(c.current()))
                .build();
    }

    static List<Tag> tags(Tags tags) {
        List<Tag> out = new ArrayList<>();
        tags.asMap().forEach((k, v) -> out.add(Tag.builder().key(k).value(v).build()));
        return out;
    }

    /** Instances grouped into their reservations, in launch order. */
    static List<Reservation> reservations(List<Instance> instances, Map<String, Volume> volumes) {
        Map<String, List<Instance>> byReservation = new LinkedHashMap<>();
        for (Instance i : instances) {
            byReservation
                    .computeIfAbsent(i.reservationId(), k -> new ArrayList<>())
                    .add(i);
        }
        List<Reservation> out = new ArrayList<>();
        byReservation.forEach((id, list) -> out.add(reservation(id, list, volumes)));
        return out;
    }

    static Reservation reservation(String id, List<Instance> instances, Map<String, Volume> volumes) {
        Instance first = instances.get(0);
        return Reservation.builder()
                .reservationId(id)
                .ownerId(first.owner().value())
                .groups(List.of())
                .instances(instances.stream().map(i -> instance(i, volumes)).toList())
                .build();
    }

    static software.amazon.awssdk.services.ec2.model.Instance instance(Instance i, Map<String, Volume> volumes) {
        var b = software.amazon.awssdk.services.ec2.model.Instance.builder()
                .instanceId(i.id())
                .imageId(i.imageId())
                .state(state(i.state()))
                .privateDnsName(i.privateDnsName())
                .publicDnsName(i.publicDnsName())
                .stateTransitionReason(i.stateTransitionReason())
                .amiLaunchIndex(i.amiLaunchIndex())
                .productCodes(List.of())
                .instanceType(i.type().name())
                .launchTime(i.launchTime())
                .placement(Placement.builder()
                        .availabilityZone(i.availabilityZone())
                        .groupName("")
                        .tenancy(i.tenancy().awsName())
                        .hostId(i.hostId().orElse(null))
                        .build())
                .monitoring(Monitoring.builder().state(i.monitoring().awsName()).build())
                .subnetId(i.subnetId())
                .vpcId(i.vpcId())
                .privateIpAddress(i.privateIp())
                .architecture(i.architecture().awsName())
                .rootDeviceType("ebs")
                .rootDeviceName(i.rootDeviceName())
                .blockDeviceMappings(blockDevices(i, volumes))
                .virtualizationType("hvm")
                .clientToken(i.clientToken().orElse(""))
                .securityGroups(groups(i))
                .sourceDestCheck(true)
                .hypervisor("xen")
                .ebsOptimized(!i.type().family().equals("t2"))
                .enaSupport(true)
                .cpuOptions(CpuOptions.builder()
                        .coreCount(Math.max(1, i.type().vcpus() / 2))
                        .threadsPerCore(i.type().vcpus() == 1 ? 1 : 2)
                        .build())
                .capacityReservationSpecification(CapacityReservationSpecificationResponse.builder()
                        .capacityReservationPreference(CapacityReservationPreference.OPEN)
                        .build())
                .hibernationOptions(HibernationOptions.builder()
                        .configured(i.hibernationConfigured())
                        .build())
                .metadataOptions(MetadataOptionsRequests.response(
                        i.metadataOptions(), i.state() == InstanceState.PENDING ? "pending" : "applied"))
                .enclaveOptions(EnclaveOptions.builder().enabled(false).build())
                .platformDetails(i.platform().platformDetails())
                .usageOperation(i.platform().usageOperation())
                .usageOperationUpdateTime(i.launchTime())
                .currentInstanceBootMode("uefi");
        i.publicIp().ifPresent(b::publicIpAddress);
        if (i.state() != InstanceState.TERMINATED) {
            b.networkInterfaces(networkInterface(i));
        }
        i.keyName().ifPresent(b::keyName);
        i.instanceProfile()
                .ifPresent(
                        p -> b.iamInstanceProfile(software.amazon.awssdk.services.ec2.model.IamInstanceProfile.builder()
                                .arn(p.arn())
                                .id(p.id())
                                .build()));
        i.stateReason()
                .ifPresent(r -> b.stateReason(StateReason.builder()
                        .code(r.code())
                        .message(r.message())
                        .build()));
        if (!i.tags().isEmpty()) {
            b.tags(tags(i.tags()));
        }
        if (i.platform() == Platform.WINDOWS) {
            b.platform("windows");
        }
        i.spot().ifPresent(s -> b.instanceLifecycle("spot").spotInstanceRequestId(s.requestId()));
        return b.build();
    }

    /** An IAM instance profile association as the four association operations answer it. */
    static software.amazon.awssdk.services.ec2.model.IamInstanceProfileAssociation profileAssociation(
            org.ec2tutor.cloud.ec2.ProfileAssociation a) {
        return software.amazon.awssdk.services.ec2.model.IamInstanceProfileAssociation.builder()
                .associationId(a.id())
                .instanceId(a.instanceId())
                .iamInstanceProfile(software.amazon.awssdk.services.ec2.model.IamInstanceProfile.builder()
                        .arn(a.profile().arn())
                        .id(a.profile().id())
                        .build())
                .state(a.state().awsName())
                .timestamp(a.timestamp())
                .build();
    }

    /** The primary address first, then each secondary one with {@code Primary: false}. */
    private static List<InstancePrivateIpAddress> privateAddresses(Instance i, InstancePrivateIpAddress primary) {
        List<InstancePrivateIpAddress> out = new java.util.ArrayList<>();
        out.add(primary);
        for (String ip : i.secondaryPrivateIps()) {
            out.add(InstancePrivateIpAddress.builder()
                    .primary(false)
                    .privateDnsName(i.privateDnsName(ip))
                    .privateIpAddress(ip)
                    .build());
        }
        return out;
    }

    /** The primary interface as DescribeInstances shows it (API reference, InstanceNetworkInterface). */
    static InstanceNetworkInterface networkInterface(Instance i) {
        var association = i.publicIp()
                .map(ip -> InstanceNetworkInterfaceAssociation.builder()
                        .ipOwnerId(i.publicIpOwner().orElse("amazon"))
                        .publicDnsName(i.publicDnsName())
                        .publicIp(ip)
                        .build());
        var primary = InstancePrivateIpAddress.builder()
                .primary(true)
                .privateDnsName(i.privateDnsName())
                .privateIpAddress(i.privateIp());
        association.ifPresent(primary::association);
        var b = InstanceNetworkInterface.builder()
                .attachment(InstanceNetworkInterfaceAttachment.builder()
                        .attachTime(i.launchTime())
                        .attachmentId(NetworkLayout.interfaceAttachmentId(i.id()))
                        .deleteOnTermination(true)
                        .deviceIndex(0)
                        .status(i.state() == InstanceState.PENDING ? "attaching" : "attached")
                        .networkCardIndex(0)
                        .build())
                .description("")
                .groups(groups(i))
                .ipv6Addresses(List.of())
                .macAddress(i.macAddress())
                .networkInterfaceId(i.networkInterfaceId())
                .ownerId(i.owner().value())
                .privateDnsName(i.privateDnsName())
                .privateIpAddress(i.privateIp())
                .privateIpAddresses(privateAddresses(i, primary.build()))
                .sourceDestCheck(true)
                .status("in-use")
                .subnetId(i.subnetId())
                .vpcId(i.vpcId())
                .interfaceType("interface");
        association.ifPresent(b::association);
        return b.build();
    }

    private static List<GroupIdentifier> groups(Instance i) {
        return i.securityGroups().stream()
                .map(g -> GroupIdentifier.builder()
                        .groupName(g.name())
                        .groupId(g.id())
                        .build())
                .toList();
    }

    private static List<InstanceBlockDeviceMapping> blockDevices(Instance i, Map<String, Volume> volumes) {
        if (i.state() == InstanceState.TERMINATED) {
            return List.of();
        }
        List<InstanceBlockDeviceMapping> out = new ArrayList<>();
        for (Instance.BlockDevice d : i.blockDevices()) {
            Volume v = volumes.get(d.volumeId());
            if (v == null || v.attachment().isEmpty()) {
                continue;
            }
            Volume.Attachment a = v.attachment().get();
            out.add(InstanceBlockDeviceMapping.builder()
                    .deviceName(d.deviceName())
                    .ebs(EbsInstanceBlockDevice.builder()
                            .attachTime(a.attachTime())
                            .deleteOnTermination(a.deleteOnTermination())
                            .status("attached")
                            .volumeId(v.id())
                            .build())
                    .build());
        }
        return out;
    }

    /** DescribeInstanceStatus: checks are {@code initializing} for two minutes after running, then {@code ok}. */
    static InstanceStatus status(Instance i, Instant now) {
        var b = InstanceStatus.builder()
                .instanceId(i.id())
                .availabilityZone(i.availabilityZone())
                .instanceState(state(i.state()));
        if (i.state() == InstanceState.RUNNING) {
            boolean ok = i.statusChecksOk(now);
            String status = ok ? "ok" : "initializing";
            String reachability = ok ? "passed" : "initializing";
            InstanceStatusSummary summary = InstanceStatusSummary.builder()
                    .status(status)
                    .details(InstanceStatusDetails.builder()
                            .name("reachability")
                            .status(reachability)
                            .build())
                    .build();
            b.instanceStatus(summary)
                    .systemStatus(summary)
                    .attachedEbsStatus(EbsStatusSummary.builder()
                            .status(status)
                            .details(EbsStatusDetails.builder()
                                    .name("reachability")
                                    .status(reachability)
                                    .build())
                            .build());
        } else {
            InstanceStatusSummary na =
                    InstanceStatusSummary.builder().status("not-applicable").build();
            b.instanceStatus(na).systemStatus(na);
        }
        return b.build();
    }
}
