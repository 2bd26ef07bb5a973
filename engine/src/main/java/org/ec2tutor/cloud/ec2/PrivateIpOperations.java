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
        return assign(networkInterfaceId, addresses, count, false);
    }

    /**
     * The same; with {@code allowReassignment} a named address that is another interface's secondary address in the
     * subnet moves to this one (a primary address never moves).
     */
    public Assigned assign(
            String networkInterfaceId, List<String> addresses, Optional<Integer> count, boolean allowReassignment) {
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
        List<Instance> givingUp = new ArrayList<>();
        for (String ip : addresses) {
            if (!usable(range, ip)) {
                throw Ec2Errors.addressOutsideSubnet(ip);
            }
            if (!named.add(ip)
                    || instance.privateIp().equals(ip)
                    || instance.secondaryPrivateIps().contains(ip)) {
                throw Ec2Errors.addressInUse(ip);
            }
            if (used.contains(ip)) {
                Optional<Instance> holder = allowReassignment ? secondaryHolder(subnet.id(), ip) : Optional.empty();
                if (holder.isEmpty()) {
                    throw Ec2Errors.addressInUse(ip);
                }
                givingUp.add(holder.get());
            }
        }
        for (int k = 0; k < givingUp.size(); k++) {
            Instance from = givingUp.get(k);
            for (String ip : addresses) {
                if (from.secondaryPrivateIps().contains(ip)) {
                    from.removeSecondaryPrivateIp(ip);
                    used.remove(ip);
                }
            }
            if (from.state() == InstanceState.RUNNING) {
                InstanceMetadata.publish(from);
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

    /**
     * RunInstances' addresses for the primary interface: named or counted secondary addresses, not both; named ones
     * for one instance only; within the type's limit. Answers how many secondary addresses each instance gets.
     */
    static int checkLaunch(PrivateAddresses addresses, InstanceType type, int maxCount) {
        int secondary = addresses.secondaryCount();
        if (secondary < 0) {
            throw Ec2Errors.invalidValueFor(String.valueOf(secondary), "SecondaryPrivateIpAddressCount");
        }
        if (!addresses.secondaries().isEmpty() && secondary > 0) {
            throw Ec2Errors.privateIpsAndCount();
        }
        if (addresses.named() && maxCount > 1) {
            throw Ec2Errors.namedAddressesForOneInstance();
        }
        if (1 + addresses.secondaryTotal() > type.network().ipv4PerInterface()) {
            throw Ec2Errors.privateIpLimitExceeded();
        }
        return addresses.secondaryTotal();
    }

    /**
     * Named addresses must be ones the subnet hands out and free: InvalidParameterValue outside its range (or one of
     * the five it reserves), InvalidIPAddress.InUse when taken or named twice.
     */
    static void checkNamed(RegionalResources res, Subnet subnet, List<String> addresses) {
        Set<String> used = res.privateIpsBySubnet.getOrDefault(subnet.id(), Set.of());
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

    /** The live instance in the subnet holding {@code ip} as a secondary address, if any. */
    private Optional<Instance> secondaryHolder(String subnetId, String ip) {
        return ctx.resources().instances.values().stream()
                .filter(i -> i.state() != InstanceState.TERMINATED)
                .filter(i -> i.subnetId().equals(subnetId))
                .filter(i -> i.secondaryPrivateIps().contains(ip))
                .findFirst();
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
