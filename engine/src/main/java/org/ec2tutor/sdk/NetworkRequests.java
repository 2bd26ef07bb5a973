package org.ec2tutor.sdk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ec2tutor.cloud.ec2.IpPermission;
import org.ec2tutor.cloud.ec2.SecurityGroupRule;
import org.ec2tutor.cloud.error.Ec2Errors;

/** SDK IP permissions to the domain's: one peer per CIDR or referenced group, each with its description. */
final class NetworkRequests {

    private NetworkRequests() {}

    static List<IpPermission> permissions(List<software.amazon.awssdk.services.ec2.model.IpPermission> sdk) {
        List<IpPermission> out = new ArrayList<>();
        for (var p : sdk) {
            if (p.ipProtocol() == null) {
                throw Ec2Errors.missingParameter("IpPermissions.1.IpProtocol");
            }
            List<IpPermission.PeerSpec> peers = new ArrayList<>();
            for (var range : p.ipRanges()) {
                if (range.cidrIp() == null) {
                    throw Ec2Errors.missingParameter("CidrIp");
                }
                peers.add(new IpPermission.PeerSpec(
                        new SecurityGroupRule.Cidr(range.cidrIp()), Optional.ofNullable(range.description())));
            }
            for (var pair : p.userIdGroupPairs()) {
                if (pair.groupId() == null) {
                    throw Ec2Errors.missingParameter("GroupId");
                }
                peers.add(new IpPermission.PeerSpec(
                        new SecurityGroupRule.Group(pair.groupId(), pair.userId() == null ? "" : pair.userId()),
                        Optional.ofNullable(pair.description())));
            }
            out.add(new IpPermission(
                    p.ipProtocol(), Optional.ofNullable(p.fromPort()), Optional.ofNullable(p.toPort()), peers));
        }
        return out;
    }
}
