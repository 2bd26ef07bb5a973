package org.ec2tutor.cloud.ec2;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * Secondary private IPv4 addresses on an instance's primary network interface (EC2 User Guide, "Manage the IP
 * addresses for your network interface"; docs/ec2-behaviour.md section 24): taken from the interface's subnet, at most
 * the instance type's IPv4-per-interface limit with the primary address counted, given back on unassign and when the
 * instance terminates.
 */
public final class PrivateIpOperations {

    private final Ec2Context ctx;

    PrivateIpOperations(Ec2Context ctx) {
        this.ctx = ctx;
    }

    /** What AssignPrivateIpAddresses answers: the interface and the addresses it got. */
    public record Assigned(String networkInterfaceId, List<String> addresses) {}

    /**
     * AssignPrivateIpAddresses: the named addresses, or {@code count} free ones from the subnet.
     *
     * @throws org.ec2tutor.cloud.error.AwsException InvalidNetworkInterfaceID.NotFound, InvalidParameterValue for an
     *     address outside the subnet, InvalidIPAddress.InUse for one taken, PrivateIpAddressLimitExceeded past the
     *     type's limit
     */
    public Assigned assign(String networkInterfaceId, List<String> addresses, Optional<Integer> count) {
        Instance instance = byInterface(networkInterfaceId);
        if (addresses.isEmpty() && count.isEmpty()) {
            throw Ec2Errors.missingParameter("PrivateIpAddress or SecondaryPrivateIpAddressCount");
        }
        if (!addresses.isEmpty() && count.isPresent()) {
            throw Ec2Errors.privateIpsAndCount();
        }
        int adding = count.orElse(addresses.size());
        if (adding < 1) {
            throw Ec2Errors.invalidValueFor(String.valueOf(adding), "SecondaryPrivateIpAddressCount");
        }
        int after = 1 + instance.secondaryPrivateIps().size() + adding;
        if (after > instance.type().network().ipv4PerInterface()) {
            throw Ec2Errors.privateIpLimitExceeded();
        }
        RegionalResources res = ctx.resources();
        Subnet subnet = res.subnets.get(instance.subnetId());
        Set<String> used = res.privateIpsBySubnet.computeIfAbsent(subnet.id(), k -> new HashSet<>());
        Cidr range = Cidr.parse(subnet.cidr());
        Set<String> named = new HashSet<>();
        for (String ip : addresses) {
            if (!usable(range, ip)) {
                throw Ec2Errors.addressOutsideSubnet(ip);
            }
            if (used.contains(ip) || !named.add(ip)) {
                throw Ec2Errors.addressInUse(ip);
            }
        }
        if (addresses.isEmpty() && InstanceLifecycle.freeAddresses(res, subnet) < adding) {
            throw Ec2Errors.insufficientFreeAddresses(subnet.id());
        }
        List<String> assigned = new ArrayList<>();
        if (addresses.isEmpty()) {
            InstanceLifecycle lifecycle = new InstanceLifecycle(ctx.world());
            for (int i = 0; i < adding; i++) {
                assigned.add(lifecycle.newPrivateIp(res, subnet));
            }
        } else {
            used.addAll(addresses);
            assigned.addAll(addresses);
        }
        assigned.forEach(instance::addSecondaryPrivateIp);
        if (instance.state() == InstanceState.RUNNING) {
            InstanceMetadata.publish(instance);
        }
        return new Assigned(networkInterfaceId, assigned);
    }

    /**
     * UnassignPrivateIpAddresses: each address must be a secondary address of this interface; the primary one stays
     * while the interface exists.
     */
    public void unassign(String networkInterfaceId, List<String> addresses) {
        Instance instance = byInterface(networkInterfaceId);
        if (addresses.isEmpty()) {
            throw Ec2Errors.missingParameter("PrivateIpAddress");
        }
        for (String ip : addresses) {
            if (ip.equals(instance.privateIp())) {
                throw Ec2Errors.primaryAddressCannotBeUnassigned(ip);
            }
            if (!instance.secondaryPrivateIps().contains(ip)) {
                throw Ec2Errors.addressNotAssigned(ip, networkInterfaceId);
            }
        }
        Set<String> used = ctx.resources().privateIpsBySubnet.get(instance.subnetId());
        for (String ip : addresses) {
            instance.removeSecondaryPrivateIp(ip);
            if (used != null) {
                used.remove(ip);
            }
        }
        if (instance.state() == InstanceState.RUNNING) {
            InstanceMetadata.publish(instance);
        }
    }

    /** RunInstances' {@code SecondaryPrivateIpAddressCount}: the count, checked against the type's limit. */
    static int checkLaunchCount(int secondary, InstanceType type) {
        if (secondary < 0) {
            throw Ec2Errors.invalidValueFor(String.valueOf(secondary), "SecondaryPrivateIpAddressCount");
        }
        if (1 + secondary > type.network().ipv4PerInterface()) {
            throw Ec2Errors.privateIpLimitExceeded();
        }
        return secondary;
    }

    /** An address AWS can hand out in the block: not the first four, not the last. */
    private static boolean usable(Cidr range, String ip) {
        Optional<Cidr> one = Cidr.tryParse(ip + "/32");
        if (one.isEmpty() || !range.contains(one.get())) {
            return false;
        }
        long offset = one.get().base() - range.base();
        return offset >= 4 && offset < range.size() - 1;
    }

    /** The live instance whose primary interface has this id; a terminated instance's interface is deleted. */
    private Instance byInterface(String id) {
        return ctx.resources().instances.values().stream()
                .filter(i -> i.owner().equals(ctx.caller().id()))
                .filter(i -> i.state() != InstanceState.TERMINATED)
                .filter(i -> i.networkInterfaceId().equals(id))
                .findFirst()
                .orElseThrow(() -> Ec2Errors.networkInterfaceNotFound(id));
    }
}
