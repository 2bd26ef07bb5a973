package org.ec2tutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Attaching the SSM role to a running instance with the aws line, as the Systems Manager setup guide writes it. */
class ProfileAssociationCliTest {

    private final CliFixture f = new CliFixture(26);

    @Test
    void associateDescribeReplaceDisassociate() {
        f.launch();
        f.advance(Duration.ofMinutes(1));
        String out = f.ok("aws ec2 associate-iam-instance-profile --instance-id $ID "
                + "--iam-instance-profile Name=AmazonSSMRoleForInstancesQuickSetup");
        assertThat(out)
                .contains("\"IamInstanceProfileAssociation\": {")
                .containsPattern("\"AssociationId\": \"iip-assoc-[0-9a-f]{17}\"")
                .contains("\"InstanceId\": \"" + f.var("ID") + "\"")
                .contains("\"State\": \"associating\"");
        f.advance(Duration.ofSeconds(30));
        f.ok("A=$(aws ec2 describe-iam-instance-profile-associations --filters Name=instance-id,Values=$ID "
                + "--query 'IamInstanceProfileAssociations[0].AssociationId' --output text)");
        assertThat(f.ok("aws ec2 describe-iam-instance-profile-associations --association-ids $A "
                        + "--query 'IamInstanceProfileAssociations[0].State' --output text"))
                .isEqualTo("associated\n");

        CliResult again = f.run("aws ec2 associate-iam-instance-profile --instance-id $ID "
                + "--iam-instance-profile Name=ecsInstanceRole");
        assertThat(again.stderr())
                .isEqualTo("\nAn error occurred (IncorrectState) when calling the AssociateIamInstanceProfile "
                        + "operation: There is an existing association for instance " + f.var("ID") + "\n");

        f.ok("B=$(aws ec2 replace-iam-instance-profile-association --association-id $A "
                + "--iam-instance-profile Name=ecsInstanceRole "
                + "--query 'IamInstanceProfileAssociation.AssociationId' --output text)");
        assertThat(f.var("B")).isNotEqualTo(f.var("A"));
        assertThat(f.ok("aws ec2 describe-instances --instance-ids $ID "
                        + "--query 'Reservations[0].Instances[0].IamInstanceProfile.Arn' --output text"))
                .endsWith(":instance-profile/ecsInstanceRole\n");
        assertThat(f.ok("aws ec2 disassociate-iam-instance-profile --association-id $B "
                        + "--query IamInstanceProfileAssociation.State --output text"))
                .isEqualTo("disassociating\n");
    }
}
