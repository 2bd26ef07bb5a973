package org.ec2tutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** EBS as the EC2 User Guide's storage pages type it (issue 22): one aws line per operation at least. */
class StorageCliTest {

    private final CliFixture f = new CliFixture(22);

    private String zoneOf(String instanceId) {
        return f.ok("aws ec2 describe-instances --instance-ids " + instanceId
                        + " --query Reservations[0].Instances[0].Placement.AvailabilityZone --output text")
                .strip();
    }

    /** Runs a guest command through Run Command and returns its output. */
    private String guest(String command) {
        f.ok("CMD=$(aws ssm send-command --document-name AWS-RunShellScript --instance-ids $ID "
                + "--parameters 'commands=[\"" + command + "\"]' --query Command.CommandId --output text)");
        f.advance(Duration.ofSeconds(5));
        String text = f.ok("aws ssm get-command-invocation --command-id $CMD --instance-id $ID "
                + "--query StandardOutputContent --output text");
        // --output text ends the value with a newline of its own.
        return text.substring(0, text.length() - 1);
    }

    @Test
    void aVolumeCreatedAttachedFormattedMountedAndKeptAcrossDetach() {
        String id = f.launch();
        f.ok("aws ec2 wait instance-running --instance-ids $ID");
        String zone = zoneOf(id);
        f.ok("VOL=$(aws ec2 create-volume --volume-type gp3 --size 20 --availability-zone " + zone
                + " --tag-specifications 'ResourceType=volume,Tags=[{Key=Name,Value=data}]'"
                + " --query VolumeId --output text)");
        assertThat(f.ok("aws ec2 describe-volumes --volume-ids $VOL --query Volumes[0].State --output text"))
                .isEqualTo("creating\n");
        f.ok("aws ec2 wait volume-available --volume-ids $VOL");
        assertThat(f.ok("aws ec2 attach-volume --volume-id $VOL --instance-id $ID --device /dev/sdf"
                        + " --query State --output text"))
                .isEqualTo("attaching\n");
        f.ok("aws ec2 wait volume-in-use --volume-ids $VOL");

        assertThat(guest("lsblk")).contains("nvme1n1").contains(" 20G ");
        guest("mkfs -t xfs /dev/sdf");
        guest("mkdir /data");
        guest("mount /dev/sdf /data");
        guest("echo kept > /data/note.txt");
        assertThat(guest("lsblk")).containsPattern("nvme1n1 .* 20G .*disk /data");

        f.ok("aws ec2 stop-instances --instance-ids $ID");
        f.ok("aws ec2 wait instance-stopped --instance-ids $ID");
        f.ok("aws ec2 start-instances --instance-ids $ID");
        f.ok("aws ec2 wait instance-running --instance-ids $ID");
        assertThat(guest("cat /data/note.txt"))
                .as("not in fstab: unmounted by the restart")
                .startsWith("cat: /data/note.txt: No such file or directory\n");
        guest("mount /dev/nvme1n1 /data");
        assertThat(guest("cat /data/note.txt")).isEqualTo("kept\n");

        f.ok("aws ec2 detach-volume --volume-id $VOL");
        f.ok("aws ec2 wait volume-available --volume-ids $VOL");
        assertThat(guest("lsblk")).doesNotContain("nvme1n1");
        f.ok("aws ec2 attach-volume --volume-id $VOL --instance-id $ID --device /dev/sdg");
        f.ok("aws ec2 wait volume-in-use --volume-ids $VOL");
        guest("mount /dev/sdg /data");
        assertThat(guest("cat /data/note.txt")).isEqualTo("kept\n");
    }

    @Test
    void theRefusalsReadAsTheRealCliPrintsThem() {
        f.ok("VOL=$(aws ec2 create-volume --size 10 --availability-zone us-east-1a --query VolumeId --output text)");
        f.advance(Duration.ofSeconds(5));
        CliResult detach = f.run("aws ec2 detach-volume --volume-id $VOL");
        assertThat(detach.exitCode()).isEqualTo(254);
        assertThat(detach.stderr())
                .isEqualTo("\nAn error occurred (IncorrectState) when calling the DetachVolume operation: Volume '"
                        + f.var("VOL") + "' is in the 'available' state.\n");
        CliResult throughput = f.run("aws ec2 create-volume --volume-type io1 --iops 1000 --throughput 200 --size 100"
                + " --availability-zone us-east-1a");
        assertThat(throughput.stderr())
                .isEqualTo("\nAn error occurred (InvalidParameterCombination) when calling the CreateVolume operation:"
                        + " throughput can only be specified for volumeType gp3.\n");
        f.ok("aws ec2 delete-volume --volume-id $VOL");
        f.ok("aws ec2 wait volume-deleted --volume-ids $VOL");
    }

    @Test
    void aModificationFollowedWithDescribeVolumesModifications() {
        f.ok("VOL=$(aws ec2 create-volume --size 100 --volume-type gp2 --availability-zone us-east-1a"
                + " --query VolumeId --output text)");
        f.advance(Duration.ofSeconds(5));
        assertThat(f.ok("aws ec2 modify-volume --volume-id $VOL --volume-type gp3 --iops 4000 --throughput 250"
                        + " --query VolumeModification.ModificationState --output text"))
                .isEqualTo("modifying\n");
        f.advance(Duration.ofMinutes(2));
        assertThat(f.ok("aws ec2 describe-volumes-modifications --volume-ids $VOL"
                        + " --query 'VolumesModifications[0].[ModificationState,TargetVolumeType,TargetIops,"
                        + "TargetThroughput]' --output text"))
                .isEqualTo("optimizing\tgp3\t4000\t250\n");
        f.advance(Duration.ofMinutes(10));
        assertThat(f.ok("aws ec2 describe-volumes-modifications --filters Name=modification-state,Values=completed"
                        + " --query 'length(VolumesModifications)'"))
                .isEqualTo("1\n");
    }

    @Test
    void snapshotsCreatedCopiedSharedAndDeleted() {
        String id = f.launch();
        f.ok("aws ec2 wait instance-running --instance-ids $ID");
        f.ok("VOL=$(aws ec2 describe-volumes --filters Name=attachment.instance-id,Values=$ID"
                + " --query Volumes[0].VolumeId --output text)");
        f.ok("SNAP=$(aws ec2 create-snapshot --volume-id $VOL --description root --query SnapshotId --output text)");
        assertThat(f.ok("aws ec2 describe-snapshots --snapshot-ids $SNAP --query Snapshots[0].[State,Progress]"
                        + " --output text"))
                .isEqualTo("pending\t0%\n");
        f.ok("aws ec2 wait snapshot-completed --snapshot-ids $SNAP");
        assertThat(f.ok("aws ec2 create-snapshots --instance-specification InstanceId=" + id
                        + " --copy-tags-from-source volume --query 'length(Snapshots)'"))
                .isEqualTo("1\n");
        f.ok("COPY=$(aws ec2 copy-snapshot --region eu-west-1 --source-region us-east-1 --source-snapshot-id $SNAP"
                + " --encrypted --query SnapshotId --output text)");
        assertThat(f.ok("aws ec2 describe-snapshots --region eu-west-1 --snapshot-ids $COPY"
                        + " --query Snapshots[0].Encrypted --output text"))
                .isEqualTo("True\n");
        f.ok("aws ec2 modify-snapshot-attribute --snapshot-id $SNAP --attribute createVolumePermission"
                + " --operation-type add --user-ids 444455556666");
        assertThat(f.ok("aws ec2 describe-snapshot-attribute --snapshot-id $SNAP --attribute createVolumePermission"
                        + " --query CreateVolumePermissions[0].UserId --output text"))
                .isEqualTo("444455556666\n");
        assertThat(f.ok("aws ec2 describe-snapshots --snapshot-ids $SNAP --profile teammate"
                        + " --query Snapshots[0].SnapshotId --output text"))
                .isEqualTo(f.var("SNAP") + "\n");
        f.ok("aws ec2 reset-snapshot-attribute --snapshot-id $SNAP --attribute createVolumePermission");
        assertThat(f.ok("aws ec2 get-snapshot-block-public-access-state --query State --output text"))
                .isEqualTo("unblocked\n");
        assertThat(f.ok("aws ec2 enable-snapshot-block-public-access --state block-new-sharing --query State"
                        + " --output text"))
                .isEqualTo("block-new-sharing\n");
        f.ok("aws ec2 disable-snapshot-block-public-access");
        f.ok("aws ec2 delete-snapshot --snapshot-id $SNAP");
        CliResult gone = f.run("aws ec2 describe-snapshots --snapshot-ids $SNAP");
        assertThat(gone.stderr()).contains("(InvalidSnapshot.NotFound)");
    }

    @Test
    void encryptionByDefaultAsTheCliShowsIt() {
        assertThat(f.ok("aws ec2 get-ebs-encryption-by-default --query EbsEncryptionByDefault --output text"))
                .isEqualTo("False\n");
        assertThat(f.ok("aws ec2 enable-ebs-encryption-by-default --query EbsEncryptionByDefault --output text"))
                .isEqualTo("True\n");
        String key = f.ok("aws ec2 get-ebs-default-kms-key-id --query KmsKeyId --output text")
                .strip();
        assertThat(key).startsWith("arn:aws:kms:us-east-1:111122223333:key/");
        assertThat(f.ok("aws ec2 create-volume --size 8 --availability-zone us-east-1a --query [Encrypted,KmsKeyId]"
                        + " --output text"))
                .isEqualTo("True\t" + key + "\n");
        assertThat(f.ok("aws ec2 modify-ebs-default-kms-key-id --kms-key-id alias/team --query KmsKeyId --output text"))
                .isEqualTo("arn:aws:kms:us-east-1:111122223333:alias/team\n");
        assertThat(f.ok("aws ec2 reset-ebs-default-kms-key-id --query KmsKeyId --output text"))
                .isEqualTo(key + "\n");
        assertThat(f.ok("aws ec2 disable-ebs-encryption-by-default --query EbsEncryptionByDefault --output text"))
                .isEqualTo("False\n");
    }
}
