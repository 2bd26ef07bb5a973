package org.ec2tutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code --iam-instance-profile} as tutorials pass it: a profile the account has (the SSM Quick Setup role) shows in
 * describe-instances with its ARN and id; an unknown one is refused with AWS's words before anything launches.
 */
class InstanceProfileCliTest {

    private static final String LAUNCH =
            "aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro ";

    private final CliFixture f = new CliFixture(19);

    @Test
    void aKnownProfileIsShownInDescribeInstances() {
        f.ok("ID=$(" + LAUNCH + "--iam-instance-profile Name=AmazonSSMRoleForInstancesQuickSetup "
                + "--query 'Instances[0].InstanceId' --output text)");
        String shown = f.ok("aws ec2 describe-instances --instance-ids $ID --query "
                + "'Reservations[0].Instances[0].IamInstanceProfile.[Arn,Id]' --output text");
        assertThat(shown)
                .matches(
                        "arn:aws:iam::\\d{12}:instance-profile/AmazonSSMRoleForInstancesQuickSetup\\tAIPA[0-9A-F]{17}\\n");
        String arn = shown.split("\t", -1)[0];
        assertThat(f.ok(LAUNCH + "--iam-instance-profile Arn=" + arn
                        + " --query 'Instances[0].IamInstanceProfile.Arn' --output text"))
                .as("by ARN too")
                .isEqualTo(arn + "\n");
    }

    @Test
    void anUnknownProfileIsRefusedAndNothingLaunches() {
        CliResult r = f.run(LAUNCH + "--iam-instance-profile Name=my-role");
        assertThat(r.succeeded()).isFalse();
        assertThat(r.stderr())
                .contains("An error occurred (InvalidParameterValue) when calling the RunInstances operation: Value "
                        + "(my-role) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile "
                        + "name");
        assertThat(f.ok("aws ec2 describe-instances --query 'length(Reservations)'"))
                .isEqualTo("0\n");
    }
}
