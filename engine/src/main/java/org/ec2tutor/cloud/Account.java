package org.ec2tutor.cloud;

import java.util.Optional;

/**
 * One AWS account of the simulated cloud, reached through a CLI profile name.
 *
 * @param organization the organization it belongs to, if any
 * @param organizationalUnitId the OU inside that organization, if any
 */
public record Account(
        AccountId id,
        String profile,
        String description,
        Optional<Organization> organization,
        Optional<String> organizationalUnitId) {

    /** Whether this account belongs to the organization whose ARN is given. */
    public boolean isInOrganization(String organizationArn) {
        return organization.map(o -> o.arn().equals(organizationArn)).orElse(false);
    }

    /** Whether this account sits in the organizational unit whose ARN is given. */
    public boolean isInOrganizationalUnit(String ouArn) {
        return organization
                .flatMap(o -> organizationalUnitId.map(o::ouArn))
                .map(ouArn::equals)
                .orElse(false);
    }
}
