package org.ec2tutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The tutorials' first network steps, typed as the aws command. */
class NetworkCliTest {

    private final CliFixture f = new CliFixture(3);

    @Test
    void aSecurityGroupOpeningPort80AsTutorialsWriteIt() {
        String id = f.ok("aws ec2 create-security-group --group-name web --description \"web servers\""
                        + " --query GroupId --output text")
                .strip();
        assertThat(id).matches("sg-[0-9a-f]{17}");
        f.ok("aws ec2 authorize-security-group-ingress --group-id " + id
                + " --ip-permissions IpProtocol=tcp,FromPort=80,ToPort=80,IpRanges=[{CidrIp=0.0.0.0/0}]");
        assertThat(f.ok("aws ec2 describe-security-groups --group-ids " + id
                        + " --query SecurityGroups[0].IpPermissions[0].[FromPort,IpRanges[0].CidrIp] --output text"))
                .isEqualTo("80\t0.0.0.0/0\n");
        CliResult again = f.run("aws ec2 authorize-security-group-ingress --group-id " + id
                + " --ip-permissions IpProtocol=tcp,FromPort=80,ToPort=80,IpRanges=[{CidrIp=0.0.0.0/0}]");
        assertThat(again.exitCode()).isEqualTo(254);
        assertThat(again.stderr())
                .isEqualTo("\nAn error occurred (InvalidPermission.Duplicate) when calling the "
                        + "AuthorizeSecurityGroupIngress operation: the specified rule \"peer: 0.0.0.0/0, TCP, "
                        + "from port: 80, to port: 80, ALLOW\" already exists\n");
    }

    @Test
    void aKeyPairImportedAsBase64() {
        // AWS CLI v2 reads a blob given inline as base64; fileb:// is the cli package's to add (see KnownGapsTest).
        String line = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl me@laptop";
        String material = Base64.getEncoder().encodeToString(line.getBytes(StandardCharsets.UTF_8));
        assertThat(f.ok("aws ec2 import-key-pair --key-name laptop --public-key-material " + material
                        + " --query KeyName --output text"))
                .isEqualTo("laptop\n");
        assertThat(f.ok("aws ec2 describe-key-pairs --include-public-key --query KeyPairs[0].PublicKey"
                        + " --output text"))
                .isEqualTo(line + "\n");
        CliResult dup = f.run("aws ec2 create-key-pair --key-name laptop");
        assertThat(dup.stderr())
                .isEqualTo("\nAn error occurred (InvalidKeyPair.Duplicate) when calling the CreateKeyPair operation: "
                        + "The keypair 'laptop' already exists.\n");
    }

    @Test
    void theKeyMaterialAsTutorialsSaveIt() {
        assertThat(f.ok("aws ec2 create-key-pair --key-name my-key --query KeyMaterial --output text"))
                .startsWith("-----BEGIN RSA PRIVATE KEY-----\n")
                .endsWith("-----END RSA PRIVATE KEY-----\n");
    }

    @Test
    void anElasticIpAllocatedAndDescribed() {
        String id = f.ok("aws ec2 allocate-address --query AllocationId --output text")
                .strip();
        assertThat(f.ok("aws ec2 describe-addresses --allocation-ids " + id + " --query Addresses[0].Domain"
                        + " --output text"))
                .isEqualTo("vpc\n");
    }

    @Test
    void theDefaultVpcFoundWithTheUsualFilter() {
        assertThat(f.ok("aws ec2 describe-vpcs --filters Name=isDefault,Values=true"
                        + " --query Vpcs[0].CidrBlock --output text"))
                .isEqualTo("172.31.0.0/16\n");
    }
}
