package org.ec2tutor.cloud.ec2;

import org.ec2tutor.cloud.AccountId;

/** One grant in an AMI's launch permission: an account, everyone, an organization, or an organizational unit. */
public sealed interface LaunchPermission {

    record ForAccount(AccountId account) implements LaunchPermission {}

    /** {@code Group=all}: the image is public. */
    record ForEveryone() implements LaunchPermission {}

    record ForOrganization(String organizationArn) implements LaunchPermission {}

    record ForOrganizationalUnit(String organizationalUnitArn) implements LaunchPermission {}
}
