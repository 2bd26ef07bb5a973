package org.ec2tutor.cloud.ec2;

import java.util.Optional;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.SeededIdSource;

/**
 * EBS encryption by default for one account in one Region (docs/ec2-behaviour.md section 17): off until enabled;
 * once on, every new volume and snapshot copy here is encrypted. The default key is the AWS managed key
 * ({@code alias/aws/ebs}) unless ModifyEbsDefaultKmsKeyId set another.
 */
public final class EbsEncryption {

    private final Ec2Context ctx;

    EbsEncryption(Ec2Context ctx) {
        this.ctx = ctx;
    }

    public boolean enabled() {
        return ctx.resources().ebsEncryptionByDefault.contains(ctx.caller().id());
    }

    public boolean enable() {
        ctx.resources().ebsEncryptionByDefault.add(ctx.caller().id());
        return true;
    }

    public boolean disable() {
        ctx.resources().ebsEncryptionByDefault.remove(ctx.caller().id());
        return false;
    }

    /** The key new encrypted volumes get when none is named, as an ARN. */
    public String defaultKeyId() {
        return Optional.ofNullable(
                        ctx.resources().ebsDefaultKmsKeyIds.get(ctx.caller().id()))
                .orElseGet(() -> awsManagedKey(ctx.caller().id(), ctx.region()));
    }

    /** ModifyEbsDefaultKmsKeyId: a key id, alias or ARN; answered as an ARN. */
    public String modifyDefaultKey(String keyId) {
        String arn = keyArn(keyId);
        ctx.resources().ebsDefaultKmsKeyIds.put(ctx.caller().id(), arn);
        return arn;
    }

    /** ResetEbsDefaultKmsKeyId: back to the AWS managed key. */
    public String resetDefaultKey() {
        ctx.resources().ebsDefaultKmsKeyIds.remove(ctx.caller().id());
        return defaultKeyId();
    }

    /** A key as a request names it (id, {@code alias/...} or ARN), as the ARN volumes report. */
    String keyArn(String keyId) {
        if (keyId.startsWith("arn:")) {
            return keyId;
        }
        String prefix =
                "arn:aws:kms:" + ctx.region().id() + ":" + ctx.caller().id().value() + ":";
        return keyId.startsWith("alias/") ? prefix + keyId : prefix + "key/" + keyId;
    }

    /** Whether {@code arn} is the AWS managed key of this account and Region (such snapshots cannot be shared). */
    boolean isAwsManaged(String arn) {
        return arn.equals(awsManagedKey(ctx.caller().id(), ctx.region()));
    }

    /**
     * The AWS managed key {@code alias/aws/ebs}: one per account and Region, its id derived from both so that using
     * it shifts no other id [I].
     */
    static String awsManagedKey(AccountId account, Region region) {
        String keyId = new SeededIdSource((account.value() + "/" + region.id() + "/aws/ebs").hashCode()).requestId();
        return "arn:aws:kms:" + region.id() + ":" + account.value() + ":key/" + keyId;
    }
}
