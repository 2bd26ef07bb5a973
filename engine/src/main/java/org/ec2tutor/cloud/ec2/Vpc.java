package org.ec2tutor.cloud.ec2;

import org.ec2tutor.cloud.AccountId;

/** A VPC: an IPv4 range of one account in one Region. The default VPC is 172.31.0.0/16. */
public record Vpc(String id, AccountId owner, String cidr, boolean isDefault, Tags tags) {}
