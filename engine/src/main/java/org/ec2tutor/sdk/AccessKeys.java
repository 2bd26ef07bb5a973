package org.ec2tutor.sdk;

import java.util.List;
import java.util.Optional;

/**
 * The documented access keys of the three accounts. The key id carries the account id (as AWS's key ids encode
 * theirs), so a learner can tell which account a key belongs to. Immutable.
 */
public final class AccessKeys {

    /** default, teammate, outsider: the profiles of the tutor's own {@code aws} lines. */
    public static final List<AccessKey> STANDARD = List.of(
            new AccessKey(
                    "default", "111122223333", "AKIAEC2T111122223333", "ec2-tutor-default-secret-access-key-0001"),
            new AccessKey(
                    "teammate", "444455556666", "AKIAEC2T444455556666", "ec2-tutor-teammate-secret-access-key-002"),
            new AccessKey(
                    "outsider", "777788889999", "AKIAEC2T777788889999", "ec2-tutor-outsider-secret-access-key-003"));

    private AccessKeys() {}

    /** The keys whose id is {@code accessKeyId}. */
    public static Optional<AccessKey> byKeyId(String accessKeyId) {
        return STANDARD.stream()
                .filter(k -> k.accessKeyId().equals(accessKeyId))
                .findFirst();
    }

    /** The keys of the account with this 12-digit id. */
    public static Optional<AccessKey> byAccountId(String accountId) {
        return STANDARD.stream().filter(k -> k.accountId().equals(accountId)).findFirst();
    }

    /** The keys of a profile ({@code default}, {@code teammate}, {@code outsider}). */
    public static Optional<AccessKey> forProfile(String profile) {
        return STANDARD.stream().filter(k -> k.profile().equals(profile)).findFirst();
    }
}
