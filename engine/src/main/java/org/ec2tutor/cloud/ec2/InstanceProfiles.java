package org.ec2tutor.cloud.ec2;

import java.util.List;
import java.util.Optional;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.SeededIdSource;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * The IAM instance profiles every simulated account has (IAM itself is not simulated): the ones AWS's own setups
 * create and tutorials name, so {@code --iam-instance-profile Name=...} meets AWS's check (docs/ec2-behaviour.md
 * section 23). Ids and ARNs are derived from the account and name alone.
 */
public final class InstanceProfiles {

    /** An instance profile: its name, its {@code AIPA...} id and ARN. */
    public record Profile(String name, String id, String arn) {}

    /**
     * Systems Manager's Quick Setup role, the ECS container instance role, and the profile Cloud9 creates for
     * SSM-connected environments: each exists as a role with an instance profile of the same name.
     */
    public static final List<String> NAMES =
            List.of("AmazonSSMRoleForInstancesQuickSetup", "ecsInstanceRole", "AWSCloud9SSMInstanceProfile");

    private final Ec2Context ctx;

    InstanceProfiles(Ec2Context ctx) {
        this.ctx = ctx;
    }

    /** The caller's profiles. */
    public List<Profile> all() {
        return NAMES.stream().map(n -> profile(ctx.caller().id(), n)).toList();
    }

    /**
     * The profile RunInstances names by {@code name} or {@code arn}; empty when neither is given.
     *
     * @throws org.ec2tutor.cloud.error.AwsException InvalidParameterValue for a profile the account does not have
     */
    public Optional<Profile> resolve(Optional<String> name, Optional<String> arn) {
        if (arn.isPresent()) {
            return Optional.of(all().stream()
                    .filter(p -> p.arn().equals(arn.get()))
                    .findFirst()
                    .orElseThrow(() -> Ec2Errors.instanceProfileArnInvalid(arn.get())));
        }
        if (name.isPresent()) {
            return Optional.of(all().stream()
                    .filter(p -> p.name().equals(name.get()))
                    .findFirst()
                    .orElseThrow(() -> Ec2Errors.instanceProfileNameInvalid(name.get())));
        }
        return Optional.empty();
    }

    static Profile profile(AccountId account, String name) {
        String id = new SeededIdSource((account.value() + "/instance-profile/" + name).hashCode() * 0x9E3779B1L)
                .resourceId("x")
                .substring(2)
                .toUpperCase(java.util.Locale.ROOT);
        return new Profile(name, "AIPA" + id, "arn:aws:iam::" + account.value() + ":instance-profile/" + name);
    }
}
