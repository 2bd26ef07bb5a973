package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.awsError;
import static org.ec2tutor.sdk.TestCloud.message;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.ec2.model.CreateKeyPairResponse;
import software.amazon.awssdk.services.ec2.model.KeyPairInfo;

class KeyPairsTest {

    private static final String ED25519_PUB =
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl me@laptop";

    private final TestCloud t = TestCloud.seeded(42);

    @Test
    void aCreatedRsaKeyReturnsItsPrivateKeyOnceAsPem() {
        CreateKeyPairResponse r = t.ec2.createKeyPair(b -> b.keyName("my-key"));
        assertThat(r.keyMaterial())
                .startsWith("-----BEGIN RSA PRIVATE KEY-----\n")
                .endsWith("\n-----END RSA PRIVATE KEY-----");
        assertThat(r.keyPairId()).matches("key-[0-9a-f]{17}");
        assertThat(r.keyFingerprint()).matches("([0-9a-f]{2}:){19}[0-9a-f]{2}");
        KeyPairInfo described = t.ec2.describeKeyPairs(b -> {}).keyPairs().get(0);
        assertThat(described.keyName()).isEqualTo("my-key");
        assertThat(described.keyTypeAsString()).isEqualTo("rsa");
        assertThat(described.keyFingerprint()).isEqualTo(r.keyFingerprint());
        assertThat(described.publicKey()).isNull();
    }

    @Test
    void ed25519AndPpkAreOffered() {
        var ed = t.ec2.createKeyPair(b -> b.keyName("ed").keyType("ed25519"));
        assertThat(ed.keyMaterial()).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----");
        assertThat(ed.keyFingerprint()).endsWith("=");
        var ppk = t.ec2.createKeyPair(b -> b.keyName("putty").keyFormat("ppk"));
        assertThat(ppk.keyMaterial()).startsWith("PuTTY-User-Key-File-2: ssh-rsa\n");
        awsError(
                "InvalidParameterValue",
                () -> t.ec2.createKeyPair(b -> b.keyName("dsa").keyType("dsa")));
    }

    @Test
    void aNameInUseIsRefusedWithAwsWording() {
        t.ec2.createKeyPair(b -> b.keyName("my-key"));
        var e = awsError("InvalidKeyPair.Duplicate", () -> t.ec2.createKeyPair(b -> b.keyName("my-key")));
        assertThat(message(e)).isEqualTo("The keypair 'my-key' already exists.");
        awsError(
                "InvalidKeyPair.Duplicate",
                () -> t.ec2.importKeyPair(
                        b -> b.keyName("my-key").publicKeyMaterial(SdkBytes.fromUtf8String(ED25519_PUB))));
    }

    @Test
    void anImportedKeyShowsItsPublicKeyWhenAsked() {
        var r = t.ec2.importKeyPair(b -> b.keyName("laptop").publicKeyMaterial(SdkBytes.fromUtf8String(ED25519_PUB)));
        assertThat(r.keyPairId()).matches("key-[0-9a-f]{17}");
        KeyPairInfo k = t.ec2.describeKeyPairs(b -> b.keyNames("laptop").includePublicKey(true))
                .keyPairs()
                .get(0);
        assertThat(k.keyTypeAsString()).isEqualTo("ed25519");
        assertThat(k.publicKey()).isEqualTo(ED25519_PUB);
        t.launch(
                t.ec2, b -> b.imageId(TestCloud.AL2023).instanceType("t3.micro").keyName("laptop"));
    }

    @Test
    void importedRsaKeysAreFingerprintedByTheMd5OfThePublicKey() {
        var r = t.ec2.importKeyPair(
                b -> b.keyName("rsa").publicKeyMaterial(SdkBytes.fromUtf8String("ssh-rsa AAAAB3NzaC1yc2EAAAADAQAB")));
        assertThat(r.keyFingerprint()).matches("([0-9a-f]{2}:){15}[0-9a-f]{2}");
    }

    @Test
    void somethingThatIsNotAPublicKeyIsRefused() {
        awsError(
                "InvalidKeyPair.Format",
                () -> t.ec2.importKeyPair(b ->
                        b.keyName("bad").publicKeyMaterial(SdkBytes.fromUtf8String("-----BEGIN RSA PRIVATE KEY"))));
    }

    @Test
    void deleteAnswersTheKeyPairIdAndTheKeyCanNoLongerBeLaunchedWith() {
        String id = t.ec2.createKeyPair(b -> b.keyName("my-key")).keyPairId();
        assertThat(t.ec2.deleteKeyPair(b -> b.keyName("my-key")).keyPairId()).isEqualTo(id);
        assertThat(t.ec2.describeKeyPairs(b -> {}).keyPairs()).isEmpty();
        var e = awsError(
                "InvalidKeyPair.NotFound",
                () -> t.launch(
                        t.ec2,
                        b -> b.imageId(TestCloud.AL2023)
                                .instanceType("t3.micro")
                                .keyName("my-key")));
        assertThat(message(e)).isEqualTo("The key pair 'my-key' does not exist");
        // Deleting an unknown name succeeds, as AWS does.
        assertThat(t.ec2.deleteKeyPair(b -> b.keyName("my-key")).returnValue()).isTrue();
    }

    @Test
    void aKeyPairCanBeDeletedById() {
        String id = t.ec2.createKeyPair(b -> b.keyName("my-key")).keyPairId();
        t.ec2.deleteKeyPair(b -> b.keyPairId(id));
        assertThat(t.ec2.describeKeyPairs(b -> {}).keyPairs()).isEmpty();
    }
}
