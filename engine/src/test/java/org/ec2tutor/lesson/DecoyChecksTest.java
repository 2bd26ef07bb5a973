package org.ec2tutor.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.ec2tutor.session.CellResult;
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

    // --- choose-instance-type: each step follows the newest live instance tagged for its workload ---------------

    private static final String AL2023 =
            "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";

    private static String launchTagged(String var, String type, String workload) {
        return var + "=$(aws ec2 run-instances --image-id " + AL2023 + " --instance-type " + type
                + " --tag-specifications 'ResourceType=instance,Tags=[{Key=Workload,Value=" + workload + "}]' "
                + "--query 'Instances[0].InstanceId' --output text)";
    }

    private static boolean passes(Session s, int stepIndex) {
        return s.lessonSnapshot().orElseThrow().step(stepIndex).passes();
    }

    @Test
    void aTerminatedInstanceOfTheRightFamilyDoesNotPassForTheWrongOneStillRunning() {
        try (Session s = Session.start(SessionOptions.scripted(1).withoutJava())) {
            s.execute("%lesson start choose-instance-type");
            s.execute(launchTagged("RIGHT", "t3.micro", "api"));
            s.execute("aws ec2 terminate-instances --instance-ids $RIGHT");
            s.execute(launchTagged("WRONG", "m5.large", "api"));
            s.execute("aws ec2 wait instance-terminated --instance-ids $RIGHT");
            // The step latched when the t3.micro ran (that was right then); checked now, it follows the live one.
            assertThat(passes(s, 0)).isFalse();
            // An instance of the right family for another workload is not the api's either.
            s.execute(launchTagged("ENCODER", "t3.micro", "encoder"));
            assertThat(passes(s, 0)).isFalse();
        }
    }

    // --- cost-choices: Spot instances running (or taken back by EC2), the host the step names ---------------------

    private static final String ONE_SPOT = "aws ec2 run-instances --image-id " + AL2023
            + " --instance-type c5.xlarge --instance-market-options "
            + "'MarketType=spot,SpotOptions={SpotInstanceType=one-time,InstanceInterruptionBehavior=terminate}' "
            + "--query 'Instances[0].InstanceId' --output text";

    @Test
    void fourSpotInstancesLaunchedAndTerminatedOneAfterAnotherAreNotFour() {
        try (Session s = Session.start(SessionOptions.scripted(1).withoutJava())) {
            s.execute("%lesson start cost-choices");
            for (int i = 0; i < 4; i++) {
                s.execute("SPOT=$(" + ONE_SPOT + ")");
                s.execute("aws ec2 wait instance-running --instance-ids $SPOT");
                s.execute("aws ec2 terminate-instances --instance-ids $SPOT");
            }
            assertThat(passes(s, 1)).isFalse();
            s.execute(ONE_SPOT.replace("--instance-type c5.xlarge", "--instance-type c5.xlarge --count 4"));
            assertThat(passes(s, 1)).isTrue();
        }
    }

    @Test
    void anotherTypeOnTheHostOrAHostInAnotherZoneDoesNotPassTheHostStep() {
        try (Session s = Session.start(SessionOptions.scripted(1).withoutJava())) {
            s.execute("%lesson start cost-choices");
            s.execute("ELSEWHERE=$(aws ec2 allocate-hosts --instance-family m5 --availability-zone us-east-1b "
                    + "--quantity 1 --query 'HostIds[0]' --output text)");
            s.execute("aws ec2 run-instances --image-id " + AL2023
                    + " --instance-type m5.large --placement Tenancy=host,HostId=$ELSEWHERE");
            assertThat(passes(s, 2)).isFalse();
            s.execute("HOST=$(aws ec2 allocate-hosts --instance-family m5 --availability-zone us-east-1a "
                    + "--quantity 1 --query 'HostIds[0]' --output text)");
            s.execute("aws ec2 run-instances --image-id " + AL2023
                    + " --instance-type m5.xlarge --placement Tenancy=host,HostId=$HOST");
            assertThat(passes(s, 2)).isFalse();
            CellResult right = s.execute("aws ec2 run-instances --image-id " + AL2023
                    + " --instance-type m5.large --placement Tenancy=host,HostId=$HOST");
            assertThat(right.succeeded()).as(right.asText()).isTrue();
            assertThat(passes(s, 2)).isTrue();
        }
    }

    // --- cost-choices: the Savings Plan that covers the steady t3.large ------------------------------------------

    private static String planMessage(Session s) {
        return s.lessonSnapshot().orElseThrow().step(3).checks().stream()
                .filter(c -> c.id().equals("plan"))
                .findFirst()
                .orElseThrow()
                .message();
    }

    private static String buy(String planType, String filters, String commitment) {
        return "aws savingsplans create-savings-plan --commitment " + commitment
                + " --savings-plan-offering-id $(aws savingsplans describe-savings-plans-offerings --plan-types "
                + planType + " --durations 31536000 --payment-options 'No Upfront'" + filters
                + " --query 'searchResults[0].offeringId' --output text)";
    }

    @Test
    void aPlanTooSmallOrForAnotherRegionOrFamilyDoesNotCoverTheSteadyInstance() {
        try (Session s = Session.start(SessionOptions.scripted(1).withoutJava())) {
            s.execute("%lesson start cost-choices");
            s.execute("aws ec2 run-instances --image-id " + AL2023 + " --instance-type t3.large");
            assertThat(passes(s, 3)).isFalse();
            assertThat(planMessage(s)).startsWith("No Savings Plan yet");

            CellResult r = s.execute(buy(
                    "EC2Instance",
                    " --filters name=instanceFamily,values=t3 " + "name=region,values=eu-west-1",
                    "0.06"));
            assertThat(r.succeeded()).as(r.asText()).isTrue();
            assertThat(passes(s, 3)).isFalse();
            assertThat(planMessage(s)).contains("is for eu-west-1", "the t3.large runs in us-east-1");

            s.execute(buy(
                    "EC2Instance", " --filters name=instanceFamily,values=m5 name=region,values=us-east-1", "0.06"));
            assertThat(passes(s, 3)).isFalse();
            assertThat(planMessage(s)).contains("for the m5 family");

            s.execute(buy("Compute", "", "0.03"));
            assertThat(passes(s, 3)).isFalse();
            assertThat(planMessage(s)).contains("commits $0.03 an hour", "($0.061568)");

            s.execute(buy("Compute", "", "0.062"));
            assertThat(passes(s, 3)).isTrue();
        }
    }
}
