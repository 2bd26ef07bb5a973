package org.ec2tutor.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ec2tutor.session.CellEvent;
import org.ec2tutor.session.CellResult;
import org.ec2tutor.session.Session;
import org.ec2tutor.session.SessionOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A teacher's lesson checks volumes, attachments, snapshots and encryption by default through LessonFacts. */
class StorageLessonTest {

    private static final String LESSON = """
            <#assign data = aws.volumeNamed("data")>
            <@lesson id="ebs" title="EBS" minutes=10 seed=5>
            <@step id="encrypt" title="Encrypt by default">
              <@check id="on" pass=aws.ebsEncryptionByDefault() message="Encryption by default is off."/>
            </@step>
            <@step id="attach" title="Attach a data volume">
              <@check id="attached" pass=(data.exists() && data.type() == "gp3" && data.encrypted()
                  && data.attachmentState() == "attached" && data.device() == "/dev/sdf")
                  message="No encrypted gp3 volume named data attached at /dev/sdf yet."/>
            </@step>
            <@step id="snapshot" title="Back it up">
              <@check id="completed" pass=(aws.snapshotsOf(data.id())?filter(s -> s.state() == "completed")?size > 0)
                  message="No completed snapshot of ${data.ref()} yet."/>
            </@step>
            </@lesson>
            """;

    @TempDir
    Path dir;

    private static String displays(CellResult r) {
        StringBuilder b = new StringBuilder();
        for (CellEvent e : r.events()) {
            if (e instanceof CellEvent.Display d) {
                b.append(d.data().get("text/plain"));
            } else if (e instanceof CellEvent.Stream st) {
                b.append(st.text());
            }
        }
        return b.toString();
    }

    @Test
    void eachStepPassesWhenTheAccountShowsIt() throws IOException {
        Files.writeString(dir.resolve("ebs.ftl"), LESSON);
        try (Session s = Session.start(SessionOptions.scripted(1).withoutJava().withLessonFolders(List.of(dir)))) {
            assertThat(s.execute("%lesson start ebs").succeeded()).isTrue();
            assertThat(displays(s.execute("aws ec2 enable-ebs-encryption-by-default")))
                    .contains("✓ Step 1 passed");
            s.execute("ID=$(aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/"
                    + "al2023-ami-kernel-default-x86_64 --instance-type t3.micro --query 'Instances[0].InstanceId'"
                    + " --output text)");
            s.execute("aws ec2 wait instance-running --instance-ids $ID");
            s.execute("AZ=$(aws ec2 describe-instances --instance-ids $ID"
                    + " --query Reservations[0].Instances[0].Placement.AvailabilityZone --output text)");
            s.execute("VOL=$(aws ec2 create-volume --availability-zone $AZ --size 20 --volume-type gp3"
                    + " --tag-specifications 'ResourceType=volume,Tags=[{Key=Name,Value=data}]'"
                    + " --query VolumeId --output text)");
            s.execute("aws ec2 wait volume-available --volume-ids $VOL");
            CellResult attaching =
                    s.execute("aws ec2 attach-volume --volume-id $VOL --instance-id $ID --device /dev/sdf");
            assertThat(displays(attaching)).as("still attaching").doesNotContain("✓ Step 2 passed");
            // The volume is in-use at once; its attachment is attached a few seconds later.
            assertThat(displays(s.execute("%advance 5s"))).contains("✓ Step 2 passed");
            CellResult pending = s.execute("aws ec2 create-snapshot --volume-id $VOL");
            assertThat(displays(pending)).doesNotContain("✓ Step 3 passed");
            assertThat(displays(s.execute("%check"))).contains("No completed snapshot of vol-");
            assertThat(displays(s.execute("aws ec2 wait snapshot-completed --filters Name=volume-id,Values=$VOL")))
                    .contains("✓ Step 3 passed");
        }
    }
}
