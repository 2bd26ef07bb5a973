package org.ec2tutor.cloud;

import java.util.List;
import java.util.Optional;

/**
 * The fixed set of accounts every simulated cloud starts with: the learner, a teammate in the same organization and
 * organizational unit, and an outsider with no organization. The learner's account is the organization's
 * management account.
 */
public final class Accounts {

    public static final AccountId LEARNER = new AccountId("111122223333");
    public static final AccountId TEAMMATE = new AccountId("444455556666");
    public static final AccountId OUTSIDER = new AccountId("777788889999");

    public static final Organization ORGANIZATION =
            new Organization("o-a1b2c3d4e5", LEARNER, List.of("ou-ab12-cd34ef56"));

    private static final String OU = "ou-ab12-cd34ef56";

    private final List<Account> all = List.of(
            new Account(LEARNER, "default", "you, the learner", Optional.of(ORGANIZATION), Optional.of(OU)),
            new Account(
                    TEAMMATE,
                    "teammate",
                    "a teammate in your organization",
                    Optional.of(ORGANIZATION),
                    Optional.of(OU)),
            new Account(
                    OUTSIDER, "outsider", "an account outside your organization", Optional.empty(), Optional.empty()));

    public List<Account> all() {
        return all;
    }

    public Account learner() {
        return byId(LEARNER).orElseThrow();
    }

    public Optional<Account> byId(AccountId id) {
        return all.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Account> byProfile(String profile) {
        return all.stream().filter(a -> a.profile().equals(profile)).findFirst();
    }

    /** An account by profile name or by 12-digit id, as {@code %account} and {@code --profile} accept. */
    public Optional<Account> find(String profileOrId) {
        if (AccountId.isWellFormed(profileOrId)) {
            return byId(new AccountId(profileOrId));
        }
        return byProfile(profileOrId);
    }
}
