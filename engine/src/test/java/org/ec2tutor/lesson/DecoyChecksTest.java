package org.ec2tutor.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.ec2tutor.session.Session;
import org.ec2tutor.session.SessionOptions;
import org.junit.jupiter.api.Test;

/**
 * Lesson checks follow the resource an earlier step captured, so a decoy (another instance with the same name, one in
 * another Region) passes nothing.
 */
class DecoyChecksTest {

    private static final String LAUNCH = "ID=$(aws ec2 run-instances --image-id "
            + "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type "
            + "t3.micro --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=first-instance}]' "
            + "--query 'Instances[0].InstanceId' --output text)";
    private static final String DECOY = LAUNCH.replace("ID=$(", "DECOY=$(");

    private static LessonProgress progress(Session s) {
        return s.lessonRun().orElseThrow().progress();
    }

    private static Session atStep3() {
        Session s = Session.start(SessionOptions.scripted(1).withoutJava());
        s.execute("%lesson start first-instance");
        s.execute(LAUNCH);
        s.execute("aws ec2 wait instance-running --instance-ids $ID");
        assertThat(s.lessonPosition()).contains("first-instance 3/4");
        return s;
    }

    @Test
    void stoppingASecondInstanceAfterTerminatingTheFirstDoesNotPassTheStopStep() {
        try (Session s = atStep3()) {
            s.execute(DECOY);
            s.execute("aws ec2 wait instance-running --instance-ids $DECOY");
            s.execute("aws ec2 terminate-instances --instance-ids $ID");
            s.execute("aws ec2 stop-instances --instance-ids $DECOY");
            s.execute("aws ec2 wait instance-stopped --instance-ids $DECOY");
            assertThat(progress(s).status(2)).isEqualTo(StepStatus.PENDING);
            assertThat(s.lessonSnapshot().orElseThrow().step(2).passes()).isFalse();
        }
    }

    @Test
    void aNewerInstanceWithTheSameNameDoesNotBecomeTheOneTheStepsFollow() {
        try (Session s = atStep3()) {
            s.execute(DECOY);
            s.execute("aws ec2 wait instance-running --instance-ids $DECOY");
            s.execute("aws ec2 stop-instances --instance-ids $DECOY");
            s.execute("aws ec2 wait instance-stopped --instance-ids $DECOY");
            assertThat(progress(s).status(2)).isEqualTo(StepStatus.PENDING);
            // The real one, stopped, passes.
            s.execute("aws ec2 stop-instances --instance-ids $ID");
            s.execute("aws ec2 wait instance-stopped --instance-ids $ID");
            assertThat(progress(s).status(2)).isEqualTo(StepStatus.PASSED);
        }
    }

    @Test
    void anInstanceStoppedInAnotherRegionIsNotTheOneStep3Follows() {
        try (Session s = atStep3()) {
            s.execute("%region eu-west-1");
            s.execute(DECOY);
            s.execute("aws ec2 wait instance-running --instance-ids $DECOY");
            s.execute("aws ec2 stop-instances --instance-ids $DECOY");
            s.execute("aws ec2 wait instance-stopped --instance-ids $DECOY");
            assertThat(progress(s).status(2)).isEqualTo(StepStatus.PENDING);
        }
    }
}
