package org.ec2tutor.cloud.ec2;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ec2tutor.cloud.Account;

/**
 * Who besides its owner may see and launch an AMI. The owner is not listed: owning an image always allows it.
 * See EC2 User Guide "Share an AMI with specific AWS accounts" and "... with organizations or OUs".
 */
public final class LaunchPermissions {

    private final Set<LaunchPermission> grants = new LinkedHashSet<>();

    void add(LaunchPermission p) {
        grants.add(p);
    }

    void remove(LaunchPermission p) {
        grants.remove(p);
    }

    void clear() {
        grants.clear();
    }

    public List<LaunchPermission> grants() {
        return List.copyOf(grants);
    }

    public boolean isPublic() {
        return grants.contains(new LaunchPermission.ForEveryone());
    }

    /** Whether {@code account} is granted launch by name, organization or OU (not by being public). */
    public boolean sharesWith(Account account) {
        for (LaunchPermission p : grants) {
            if (p instanceof LaunchPermission.ForAccount a && a.account().equals(account.id())) {
                return true;
            }
            if (p instanceof LaunchPermission.ForOrganization o && account.isInOrganization(o.organizationArn())) {
                return true;
            }
            if (p instanceof LaunchPermission.ForOrganizationalUnit u
                    && account.isInOrganizationalUnit(u.organizationalUnitArn())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code account} is named explicitly (what {@code --executable-users <account-id>} asks). */
    public boolean namesAccount(Account account) {
        return grants.contains(new LaunchPermission.ForAccount(account.id()));
    }

    public boolean allows(Account account) {
        return isPublic() || sharesWith(account);
    }
}
