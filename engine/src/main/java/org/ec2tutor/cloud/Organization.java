package org.ec2tutor.cloud;

import java.util.List;

/**
 * An AWS Organizations organization as far as EC2 sees it: its ARN and the ARNs of its organizational units, which
 * AMI launch permissions can name.
 */
public record Organization(String id, AccountId managementAccount, List<String> organizationalUnitIds) {

    public Organization {
        organizationalUnitIds = List.copyOf(organizationalUnitIds);
    }

    public String arn() {
        return "arn:aws:organizations::" + managementAccount + ":organization/" + id;
    }

    public String ouArn(String ouId) {
        return "arn:aws:organizations::" + managementAccount + ":ou/" + id + "/" + ouId;
    }
}
