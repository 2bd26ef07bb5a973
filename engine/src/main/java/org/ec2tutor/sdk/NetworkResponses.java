package org.ec2tutor.sdk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.ec2.IpPermission;
import org.ec2tutor.cloud.ec2.SecurityGroup;
import org.ec2tutor.cloud.ec2.SecurityGroupRule;
import org.ec2tutor.cloud.ec2.Subnet;
import org.ec2tutor.cloud.ec2.Vpc;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.NetworkInterface;
import software.amazon.awssdk.services.ec2.model.NetworkInterfaceAssociation;
import software.amazon.awssdk.services.ec2.model.NetworkInterfaceAttachment;
import software.amazon.awssdk.services.ec2.model.NetworkInterfacePrivateIpAddress;
import software.amazon.awssdk.services.ec2.model.ReferencedSecurityGroup;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;
import software.amazon.awssdk.services.ec2.model.VpcCidrBlockAssociation;
import software.amazon.awssdk.services.ec2.model.VpcCidrBlockState;

/** VPCs, subnets and security groups as the SDK model writes them. */
final class NetworkResponses {

    private NetworkResponses() {}

    static software.amazon.awssdk.services.ec2.model.Vpc vpc(Vpc v) {
        return software.amazon.awssdk.services.ec2.model.Vpc.builder()
                .vpcId(v.id())
                .ownerId(v.owner().value())
                .cidrBlock(v.cidr())
                .state("available")
                .instanceTenancy("default")
                .isDefault(v.isDefault())
                .cidrBlockAssociationSet(VpcCidrBlockAssociation.builder()
                        .cidrBlock(v.cidr())
                        .associationId(v.id().replace("vpc-", "vpc-cidr-assoc-"))
                        .cidrBlockState(
                                VpcCidrBlockState.builder().state("associated").build())
                        .build())
                .tags(InstanceResponses.tags(v.tags()))
                .build();
    }

    static software.amazon.awssdk.services.ec2.model.Subnet subnet(Subnet s, Region region, int available) {
        return software.amazon.awssdk.services.ec2.model.Subnet.builder()
                .subnetId(s.id())
                .vpcId(s.vpcId())
                .ownerId(s.owner().value())
                .availabilityZone(s.availabilityZone())
                .availabilityZoneId(region.zoneId(s.availabilityZone()))
                .cidrBlock(s.cidr())
                .availableIpAddressCount(available)
                .defaultForAz(s.defaultForAz())
                .mapPublicIpOnLaunch(s.mapPublicIpOnLaunch())
                .assignIpv6AddressOnCreation(false)
                .state("available")
                .subnetArn("arn:aws:ec2:" + region.id() + ":" + s.owner().value() + ":subnet/" + s.id())
                .tags(InstanceResponses.tags(s.tags()))
                .build();
    }

    static software.amazon.awssdk.services.ec2.model.SecurityGroup group(SecurityGroup g, Region region) {
        return software.amazon.awssdk.services.ec2.model.SecurityGroup.builder()
                .groupId(g.id())
                .groupName(g.name())
                .description(g.description())
                .ownerId(g.owner().value())
                .vpcId(g.vpcId())
                .ipPermissions(permissions(g.rules(false)))
                .ipPermissionsEgress(permissions(g.rules(true)))
                .securityGroupArn(arn(region, g.owner().value(), "security-group/" + g.id()))
                .tags(InstanceResponses.tags(g.tags()))
                .build();
    }

    /** DescribeSecurityGroups groups rules of the same protocol and ports into one IpPermission, in first-seen order. */
    static List<software.amazon.awssdk.services.ec2.model.IpPermission> permissions(List<SecurityGroupRule> rules) {
        Map<String, List<SecurityGroupRule>> byKey = new LinkedHashMap<>();
        for (SecurityGroupRule r : rules) {
            byKey.computeIfAbsent(r.protocol() + "/" + r.fromPort() + "/" + r.toPort(), k -> new ArrayList<>())
                    .add(r);
        }
        List<software.amazon.awssdk.services.ec2.model.IpPermission> out = new ArrayList<>();
        for (List<SecurityGroupRule> same : byKey.values()) {
            SecurityGroupRule first = same.get(0);
            var b = software.amazon.awssdk.services.ec2.model.IpPermission.builder()
                    .ipProtocol(first.protocol());
            if (!first.protocol().equals("-1")) {
                b.fromPort(first.fromPort()).toPort(first.toPort());
            }
            List<IpRange> ranges = new ArrayList<>();
            List<UserIdGroupPair> pairs = new ArrayList<>();
            for (SecurityGroupRule r : same) {
                if (r.peer() instanceof SecurityGroupRule.Cidr c) {
                    ranges.add(IpRange.builder()
                            .cidrIp(c.cidr())
                            .description(r.description().orElse(null))
                            .build());
                } else if (r.peer() instanceof SecurityGroupRule.Group g) {
                    pairs.add(UserIdGroupPair.builder()
                            .groupId(g.groupId())
                            .userId(g.userId())
                            .description(r.description().orElse(null))
                            .build());
                }
            }
            out.add(b.ipRanges(ranges)
                    .userIdGroupPairs(pairs)
                    .ipv6Ranges(List.of())
                    .prefixListIds(List.of())
                    .build());
        }
        return out;
    }

    /** Unmatched permissions of a revoke in the default VPC, as the request wrote them. */
    static List<software.amazon.awssdk.services.ec2.model.IpPermission> requested(List<IpPermission> permissions) {
        List<software.amazon.awssdk.services.ec2.model.IpPermission> out = new ArrayList<>();
        for (IpPermission p : permissions) {
            var b = software.amazon.awssdk.services.ec2.model.IpPermission.builder()
                    .ipProtocol(p.protocol());
            p.fromPort().ifPresent(b::fromPort);
            p.toPort().ifPresent(b::toPort);
            List<IpRange> ranges = new ArrayList<>();
            List<UserIdGroupPair> pairs = new ArrayList<>();
            for (IpPermission.PeerSpec peer : p.peers()) {
                if (peer.peer() instanceof SecurityGroupRule.Cidr c) {
                    ranges.add(IpRange.builder().cidrIp(c.cidr()).build());
                } else if (peer.peer() instanceof SecurityGroupRule.Group g) {
                    pairs.add(UserIdGroupPair.builder().groupId(g.groupId()).build());
                }
            }
            out.add(b.ipRanges(ranges).userIdGroupPairs(pairs).build());
        }
        return out;
    }

    static software.amazon.awssdk.services.ec2.model.SecurityGroupRule rule(
            SecurityGroupRule r, String ownerId, Region region) {
        var b = software.amazon.awssdk.services.ec2.model.SecurityGroupRule.builder()
                .securityGroupRuleId(r.id())
                .groupId(r.groupId())
                .groupOwnerId(ownerId)
                .isEgress(r.egress())
                .ipProtocol(r.protocol())
                .fromPort(r.fromPort())
                .toPort(r.toPort())
                .description(r.description().orElse(null))
                .securityGroupRuleArn(arn(region, ownerId, "security-group-rule/" + r.id()))
                .tags(List.of());
        if (r.peer() instanceof SecurityGroupRule.Cidr c) {
            b.cidrIpv4(c.cidr());
        } else if (r.peer() instanceof SecurityGroupRule.Group g) {
            b.referencedGroupInfo(ReferencedSecurityGroup.builder()
                    .groupId(g.groupId())
                    .userId(g.userId().isEmpty() ? ownerId : g.userId())
                    .build());
        }
        return b.build();
    }

    private static String arn(Region region, String account, String resource) {
        return "arn:aws:ec2:" + region.id() + ":" + account + ":" + resource;
    }

    /** An instance's primary interface as DescribeNetworkInterfaces shows it: the same facts as in DescribeInstances. */
    static NetworkInterface networkInterface(
            org.ec2tutor.cloud.ec2.Instance i, software.amazon.awssdk.services.ec2.model.InstanceNetworkInterface n) {
        var b = NetworkInterface.builder()
                .networkInterfaceId(n.networkInterfaceId())
                .availabilityZone(i.availabilityZone())
                .description("")
                .groups(n.groups())
                .interfaceType("interface")
                .macAddress(n.macAddress())
                .ownerId(n.ownerId())
                .privateDnsName(n.privateDnsName())
                .privateIpAddress(n.privateIpAddress())
                .privateIpAddresses(n.privateIpAddresses().stream()
                        .map(p -> NetworkInterfacePrivateIpAddress.builder()
                                .primary(p.primary())
                                .privateDnsName(p.privateDnsName())
                                .privateIpAddress(p.privateIpAddress())
                                .build())
                        .toList())
                .requesterManaged(false)
                .sourceDestCheck(true)
                .status("in-use")
                .subnetId(n.subnetId())
                .vpcId(n.vpcId())
                .attachment(NetworkInterfaceAttachment.builder()
                        .attachmentId(n.attachment().attachmentId())
                        .attachTime(n.attachment().attachTime())
                        .deleteOnTermination(true)
                        .deviceIndex(0)
                        .networkCardIndex(0)
                        .instanceId(i.id())
                        .instanceOwnerId(n.ownerId())
                        .status(n.attachment().status())
                        .build());
        if (n.association() != null) {
            b.association(NetworkInterfaceAssociation.builder()
                    .ipOwnerId(n.association().ipOwnerId())
                    .publicDnsName(n.association().publicDnsName())
                    .publicIp(n.association().publicIp())
                    .build());
        }
        return b.build();
    }
}
