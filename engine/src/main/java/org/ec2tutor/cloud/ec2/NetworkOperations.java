package org.ec2tutor.cloud.ec2;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * VPCs and subnets (docs/ec2-behaviour.md section 9): the default VPC every account has, and the ones it creates.
 * A VPC is 16 to 28 bits of prefix; its subnets lie inside it without overlapping one another.
 */
public final class NetworkOperations {

    private final Ec2Context ctx;

    NetworkOperations(Ec2Context ctx) {
        this.ctx = ctx;
        DefaultNetwork.ensure(ctx.resources(), ctx.caller().id());
    }

    public Vpc createVpc(String cidrBlock) {
        Cidr cidr = blockOf(cidrBlock);
        if (cidr.prefix() < 16 || cidr.prefix() > 28) {
            throw Ec2Errors.invalidVpcRange(cidrBlock);
        }
        Vpc vpc = new Vpc(ctx.world().ids.resourceId("vpc"), ctx.caller().id(), cidrBlock, false, new Tags());
        ctx.resources().vpcs.put(vpc.id(), vpc);
        DefaultNetwork.addDefaultGroup(
                ctx.resources(), ctx.caller().id(), vpc, ctx.world().ids.resourceId("sg"), ctx.world().ids);
        return vpc;
    }

    /** CreateDefaultVpc: only when the account has none here. */
    public Vpc createDefaultVpc() {
        if (DefaultNetwork.defaultVpc(ctx.resources(), ctx.caller().id()).isPresent()) {
            throw Ec2Errors.defaultVpcAlreadyExists();
        }
        return DefaultNetwork.create(ctx.resources(), ctx.caller().id());
    }

    public List<Vpc> describeVpcs(List<String> ids, List<Filter> filters) {
        FilterSet<Vpc> set = FilterSet.withTags(Vpc::tags)
                .addOne("vpc-id", Vpc::id)
                .addOne("cidr", Vpc::cidr)
                .addOne("cidr-block", Vpc::cidr)
                .addOne("is-default", v -> String.valueOf(v.isDefault()))
                // The VPC User Guide and common scripts write isDefault; AWS accepts it.
                .addOne("isDefault", v -> String.valueOf(v.isDefault()))
                .addOne("owner-id", v -> v.owner().value())
                .addOne("state", v -> "available");
        set.validate(filters);
        ids.forEach(this::vpc);
        return ownVpcs().stream()
                .filter(v -> ids.isEmpty() || ids.contains(v.id()))
                .filter(v -> set.matches(v, filters))
                .toList();
    }

    /** DeleteVpc: refused while subnets or security groups other than its default group remain. */
    public void deleteVpc(String id) {
        Vpc vpc = vpc(id);
        boolean subnets = ctx.resources().subnets.values().stream()
                .anyMatch(s -> s.vpcId().equals(id));
        boolean groups = ctx.resources().securityGroups.values().stream()
                .anyMatch(g -> g.vpcId().equals(id) && !g.isDefault());
        if (subnets || groups) {
            throw Ec2Errors.vpcHasDependencies(id);
        }
        ctx.resources().securityGroups.values().removeIf(g -> g.vpcId().equals(vpc.id()));
        ctx.resources().vpcs.remove(id);
    }

    public Subnet createSubnet(String vpcId, String cidrBlock, Optional<String> zone) {
        Vpc vpc = vpc(vpcId);
        Cidr cidr = blockOf(cidrBlock);
        Cidr range = Cidr.parse(vpc.cidr());
        if (cidr.prefix() > 28 || !range.contains(cidr)) {
            throw Ec2Errors.invalidSubnetRange(cidrBlock);
        }
        boolean overlaps = ctx.resources().subnets.values().stream()
                .filter(s -> s.vpcId().equals(vpcId))
                .anyMatch(s -> Cidr.parse(s.cidr()).overlaps(cidr));
        if (overlaps) {
            throw Ec2Errors.subnetConflict(cidrBlock);
        }
        List<String> zones = ctx.region().availabilityZones();
        String az = zone.orElse(zones.get(0));
        if (!zones.contains(az)) {
            throw Ec2Errors.invalidAvailabilityZone(az);
        }
        Subnet subnet = new Subnet(
                ctx.world().ids.resourceId("subnet"),
                ctx.caller().id(),
                vpcId,
                az,
                cidrBlock,
                false,
                false,
                new Tags());
        ctx.resources().subnets.put(subnet.id(), subnet);
        return subnet;
    }

    public List<Subnet> describeSubnets(List<String> ids, List<Filter> filters) {
        FilterSet<Subnet> set = FilterSet.withTags(Subnet::tags)
                .addOne("subnet-id", Subnet::id)
                .addOne("vpc-id", Subnet::vpcId)
                .addOne("availability-zone", Subnet::availabilityZone)
                .addOne("availabilityZone", Subnet::availabilityZone)
                .addOne("cidr-block", Subnet::cidr)
                .addOne("cidr", Subnet::cidr)
                .addOne("cidrBlock", Subnet::cidr)
                .addOne("default-for-az", s -> String.valueOf(s.defaultForAz()))
                .addOne("defaultForAz", s -> String.valueOf(s.defaultForAz()))
                .addOne("map-public-ip-on-launch", s -> String.valueOf(s.mapPublicIpOnLaunch()))
                .addOne("owner-id", s -> s.owner().value())
                .addOne("state", s -> "available");
        set.validate(filters);
        ids.forEach(this::subnet);
        return ctx.resources().subnets.values().stream()
                .filter(s -> s.owner().equals(ctx.caller().id()))
                .filter(s -> ids.isEmpty() || ids.contains(s.id()))
                .filter(s -> set.matches(s, filters))
                .toList();
    }

    /** DeleteSubnet: refused while an instance that is not terminated is in it. */
    public void deleteSubnet(String id) {
        subnet(id);
        boolean used = ctx.resources().instances.values().stream()
                .anyMatch(i -> i.subnetId().equals(id) && i.state() != InstanceState.TERMINATED);
        if (used) {
            throw Ec2Errors.subnetHasDependencies(id);
        }
        ctx.resources().subnets.remove(id);
    }

    /** Free addresses of a subnet: its usable addresses less those instances hold. */
    public int availableAddresses(Subnet subnet) {
        return InstanceLifecycle.freeAddresses(ctx.resources(), subnet);
    }

    /** The account's default VPC id here, or {@code none} (DescribeAccountAttributes' {@code default-vpc}). */
    public String defaultVpcId() {
        return DefaultNetwork.defaultVpc(ctx.resources(), ctx.caller().id())
                .map(Vpc::id)
                .orElse("none");
    }

    Vpc vpc(String id) {
        Vpc vpc = ctx.resources().vpcs.get(id);
        if (vpc == null || !vpc.owner().equals(ctx.caller().id())) {
            throw Ec2Errors.vpcNotFound(id);
        }
        return vpc;
    }

    Subnet subnet(String id) {
        Subnet subnet = ctx.resources().subnets.get(id);
        if (subnet == null || !subnet.owner().equals(ctx.caller().id())) {
            throw Ec2Errors.subnetNotFound(id);
        }
        return subnet;
    }

    private List<Vpc> ownVpcs() {
        return new ArrayList<>(ctx.resources().vpcs.values().stream()
                .filter(v -> v.owner().equals(ctx.caller().id()))
                .toList());
    }

    private static Cidr blockOf(String text) {
        if (text == null) {
            throw Ec2Errors.missingParameter("CidrBlock");
        }
        return Cidr.tryParse(text).filter(Cidr::aligned).orElseThrow(() -> Ec2Errors.cidrInvalid(text));
    }
}
