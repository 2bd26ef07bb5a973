package org.ec2tutor.cloud.ec2;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the instance metadata service answers inside the guest (EC2 User Guide, "Instance metadata categories"):
 * republished whenever an address, a group or the state changes, so {@code curl 169.254.169.254} reads the same facts
 * as DescribeInstances.
 */
final class InstanceMetadata {

    private InstanceMetadata() {}

    static void publish(Instance i) {
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("ami-id", i.imageId());
        paths.put("ami-launch-index", String.valueOf(i.amiLaunchIndex()));
        paths.put("hostname", i.privateDnsName());
        paths.put("instance-id", i.id());
        paths.put("instance-life-cycle", i.spot().isPresent() ? "spot" : "on-demand");
        paths.put("instance-type", i.type().name());
        paths.put("local-hostname", i.privateDnsName());
        paths.put("local-ipv4", i.privateIp());
        paths.put("mac", i.macAddress());
        paths.put("placement/availability-zone", i.availabilityZone());
        paths.put("placement/availability-zone-id", i.region().zoneId(i.availabilityZone()));
        paths.put("placement/region", i.region().id());
        paths.put("public-hostname", i.publicDnsName().isEmpty() ? null : i.publicDnsName());
        paths.put("public-ipv4", i.publicIp().orElse(null));
        paths.put("reservation-id", i.reservationId());
        paths.put(
                "security-groups",
                i.securityGroups().stream().map(Instance.GroupRef::name).collect(Collectors.joining("\n")));
        paths.put("public-keys/0/openssh-key", null);
        String mac = "network/interfaces/macs/" + i.macAddress() + "/";
        paths.put(mac + "interface-id", i.networkInterfaceId());
        // The primary address first, then the secondary ones, one a line.
        paths.put(
                mac + "local-ipv4s",
                java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(i.privateIp()), i.secondaryPrivateIps().stream())
                        .collect(Collectors.joining("\n")));
        paths.put(mac + "public-ipv4s", i.publicIp().orElse(null));
        paths.put(mac + "subnet-id", i.subnetId());
        paths.put(mac + "vpc-id", i.vpcId());
        paths.put(
                mac + "security-group-ids",
                i.securityGroups().stream().map(Instance.GroupRef::id).collect(Collectors.joining("\n")));
        paths.putAll(RoleCredentials.metadata(i));
        paths.forEach((path, value) -> i.guest().setMetadata(path, value));
        i.guest().setUserData(i.userData().map(UserData::decode).orElse(null));
        i.guest().metadataService().configure(i.metadataOptions().guestSettings());
    }
}
