package org.ec2tutor.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.ec2tutor.session.CellEvent;
import org.ec2tutor.session.CellResult;
import org.ec2tutor.session.Session;
import org.ec2tutor.session.SessionOptions;
import org.junit.jupiter.api.Test;

/** Plausible wrong attempts fail their step, and %check says what was expected and what the account shows. */
class LessonFeedbackTest {

    private static final String AL2023 =
            "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";

    private static Session lesson(String id) {
        Session s = Session.start(SessionOptions.scripted(1).withoutJava());
        assertThat(s.execute("%lesson start " + id).succeeded()).isTrue();
        return s;
    }

    private static String failedCheck(Session s) {
        CellResult r = s.execute("%check");
        assertThat(r.succeeded()).as("the step should not pass").isFalse();
        return r.events().stream()
                .filter(e -> e instanceof CellEvent.Display)
                .map(e -> ((CellEvent.Display) e).data().get("text/plain"))
                .findFirst()
                .orElseThrow();
    }

    private static void run(Session s, String cell) {
        assertThat(s.execute(cell).succeeded()).as(cell).isTrue();
    }

    @Test
    void theWrongInstanceTypeIsNamed() {
        try (Session s = lesson("first-instance")) {
            run(
                    s,
                    "aws ec2 run-instances --image-id " + AL2023 + " --instance-type t3.small --tag-specifications "
                            + "'ResourceType=instance,Tags=[{Key=Name,Value=first-instance}]'");
            assertThat(failedCheck(s))
                    .contains("✓ 1.exists passed")
                    .contains("✗ 1.type Expected instance type t3.micro; first-instance is t3.small.");
            assertThat(s.lessonRun().orElseThrow().progress().current()).isZero();
        }
    }

    @Test
    void anImageCreatedWithRebootFailsTheImageStep() {
        try (Session s = lesson("custom-ami")) {
            run(s, "%solve");
            run(s, "aws ec2 create-image --instance-id $BUILDER_ID --name web-server-v1");
            assertThat(failedCheck(s)).contains("✗ 2.no-reboot Image web-server-v1 was created with reboot");
        }
    }

    @Test
    void sharingWithTheWrongAccountOrTheWorldFailsTheShareStep() {
        try (Session s = lesson("ami-lifecycle")) {
            run(s, "%solve");
            run(
                    s,
                    "aws ec2 modify-image-attribute --image-id $IMAGE_ID --launch-permission "
                            + "'Add=[{UserId=777788889999}]'");
            assertThat(failedCheck(s)).contains("do not name 444455556666 (they name: 777788889999)");
            CellResult pub = s.execute(
                    "aws ec2 modify-image-attribute --image-id $IMAGE_ID --launch-permission " + "'Add=[{Group=all}]'");
            assertThat(pub.succeeded())
                    .as("block public access refuses a public share")
                    .isFalse();
            assertThat(s.lessonRun().orElseThrow().progress().current()).isEqualTo(1);
        }
    }

    @Test
    void theWrongFamilyForTheCacheIsExplained() {
        try (Session s = lesson("choose-instance-type")) {
            run(s, "%solve");
            run(
                    s,
                    "aws ec2 run-instances --image-id " + AL2023 + " --instance-type m5.xlarge --tag-specifications "
                            + "'ResourceType=instance,Tags=[{Key=Workload,Value=cache}]'");
            assertThat(failedCheck(s))
                    .contains("The cache instance is m5.xlarge, a general purpose type; this "
                            + "workload needs a memory optimized one.");
            run(
                    s,
                    "aws ec2 run-instances --image-id " + AL2023
                            + " --instance-type x2iedn.xlarge --tag-specifications "
                            + "'ResourceType=instance,Tags=[{Key=Workload,Value=cache}]'");
            assertThat(failedCheck(s))
                    .contains("✓ 2.family passed")
                    .contains("x2iedn.xlarge is not the cheapest memory optimized type with at least 32 GiB");
        }
    }

    @Test
    void anInstanceLaunchedWithoutHibernationIsTold() {
        try (Session s = lesson("instance-lifecycle")) {
            run(
                    s,
                    "aws ec2 run-instances --image-id " + AL2023 + " --instance-type m5.large --tag-specifications "
                            + "'ResourceType=instance,Tags=[{Key=Name,Value=app-server}]'");
            assertThat(failedCheck(s))
                    .contains("launched without hibernation configured")
                    .contains("The root volume of app-server is not encrypted");
        }
    }

    @Test
    void aThreeYearReservationIsNotTheOneAsked() {
        try (Session s = lesson("cost-choices")) {
            run(
                    s,
                    "O=$(aws ec2 describe-reserved-instances-offerings --instance-type m5.large --offering-class "
                            + "standard --offering-type 'No Upfront' --product-description Linux/UNIX --min-duration "
                            + "94608000 --query 'ReservedInstancesOfferings[0].ReservedInstancesOfferingId' --output text)");
            run(
                    s,
                    "aws ec2 purchase-reserved-instances-offering --reserved-instances-offering-id $O "
                            + "--instance-count 2");
            assertThat(failedCheck(s))
                    .contains("Expected active 1-year standard m5.large Reserved Instances for 2 "
                            + "instances; you have 0.");
        }
    }
}
