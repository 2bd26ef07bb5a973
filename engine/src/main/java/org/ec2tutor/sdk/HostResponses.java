package org.ec2tutor.sdk;

import java.util.List;
import org.ec2tutor.cloud.ec2.HostOperations.Described;
import software.amazon.awssdk.services.ec2.model.AvailableCapacity;
import software.amazon.awssdk.services.ec2.model.Host;
import software.amazon.awssdk.services.ec2.model.HostInstance;
import software.amazon.awssdk.services.ec2.model.HostProperties;
import software.amazon.awssdk.services.ec2.model.InstanceCapacity;

/** Dedicated Hosts as DescribeHosts reports them. */
final class HostResponses {

    private HostResponses() {}

    static Host of(Described d) {
        var h = d.host();
        // What still fits, per size of the family (or the one type), as the console's capacity column shows.
        List<InstanceCapacity> capacity = d.sizes().stream()
                .map(t -> InstanceCapacity.builder()
                        .instanceType(t.name())
                        .availableCapacity(d.availableVcpus() / t.vcpus())
                        .totalCapacity(h.vcpus() / t.vcpus())
                        .build())
                .toList();
        HostProperties.Builder properties = HostProperties.builder()
                .totalVCpus(h.vcpus())
                .cores(Math.max(1, h.vcpus() / 2))
                .sockets(h.vcpus() >= 64 ? 2 : 1);
        h.instanceType().ifPresentOrElse(properties::instanceType, () -> properties.instanceFamily(h.family()));
        Host.Builder b = Host.builder()
                .hostId(h.id())
                .ownerId(h.owner().value())
                .availabilityZone(h.zone())
                .availabilityZoneId(h.region().zoneId(h.zone()))
                .autoPlacement(h.autoPlacement() ? "on" : "off")
                .hostRecovery("off")
                .hostMaintenance("off")
                .allowsMultipleInstanceTypes(h.instanceType().isPresent() ? "off" : "on")
                .memberOfServiceLinkedResourceGroup(false)
                .hostProperties(properties.build())
                .availableCapacity(AvailableCapacity.builder()
                        .availableVCpus(d.availableVcpus())
                        .availableInstanceCapacity(capacity)
                        .build())
                .instances(d.instances().stream()
                        .map(i -> HostInstance.builder()
                                .instanceId(i.id())
                                .instanceType(i.type().name())
                                .ownerId(i.owner().value())
                                .build())
                        .toList())
                .state(h.state())
                .allocationTime(h.allocationTime());
        h.releaseTime().ifPresent(b::releaseTime);
        if (!h.tags().isEmpty()) {
            b.tags(InstanceResponses.tags(h.tags()));
        }
        return b.build();
    }
}
