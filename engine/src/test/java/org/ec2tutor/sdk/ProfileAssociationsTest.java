package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ec2tutor.sdk.TestCloud.AL2023;
import static org.ec2tutor.sdk.TestCloud.awsError;
import static org.ec2tutor.sdk.TestCloud.message;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.IamInstanceProfileAssociation;
import software.amazon.awssdk.services.ec2.model.IamInstanceProfileAssociationState;

/**
 * Attaching a role to an instance after launch: AssociateIamInstanceProfile (associating, then associated), Describe,
 * Replace (a new association id) and Disassociate (disassociating, then disassociated), with AWS's IncorrectState
 * errors; a launch with a profile makes an association too. Associations cost nothing.
 */
class ProfileAssociationsTest {

    private static final String SSM = "AmazonSSMRoleForInstancesQuickSetup";

    private final TestCloud t = TestCloud.seeded(25);

    private IamInstanceProfileAssociation associate(String id, String name) {
        return t.ec2.associateIamInstanceProfile(b -> b.instanceId(id).iamInstanceProfile(p -> p.name(name)))
                .iamInstanceProfileAssociation();
    }

    private IamInstanceProfileAssociation describe(String associationId) {
        return t.ec2.describeIamInstanceProfileAssociations(b -> b.associationIds(associationId))
                .iamInstanceProfileAssociations()
                .get(0);
    }

    @Test
    void associateSettlesOnTheClockAndShowsInDescribeInstances() {
        String id = t.launchRunning();
        var a = associate(id, SSM);
        assertThat(a.associationId()).matches("iip-assoc-[0-9a-f]{17}");
        assertThat(a.instanceId()).isEqualTo(id);
        assertThat(a.state()).isEqualTo(IamInstanceProfileAssociationState.ASSOCIATING);
        assertThat(a.iamInstanceProfile().arn()).endsWith(":instance-profile/" + SSM);
        assertThat(a.iamInstanceProfile().id()).startsWith("AIPA");
        assertThat(t.describe(id).iamInstanceProfile().arn())
                .isEqualTo(a.iamInstanceProfile().arn());

        t.advance(Duration.ofSeconds(15));
        assertThat(describe(a.associationId()).state()).isEqualTo(IamInstanceProfileAssociationState.ASSOCIATED);
        assertThat(t.ec2.describeIamInstanceProfileAssociations(b -> b.filters(
                                Filter.builder().name("instance-id").values(id).build()))
                        .iamInstanceProfileAssociations())
                .extracting(IamInstanceProfileAssociation::associationId)
                .containsExactly(a.associationId());
    }

    @Test
    void aSecondAssociationIsRefusedWithAwsWords() {
        String id = t.launchRunning();
        associate(id, SSM);
        var e = awsError("IncorrectState", () -> associate(id, "ecsInstanceRole"));
        assertThat(message(e)).isEqualTo("There is an existing association for instance " + id);
        var unknown = awsError("InvalidParameterValue", () -> associate(t.launchRunning(), "my-role"));
        assertThat(message(unknown)).contains("Invalid IAM Instance Profile name");
        awsError("InvalidInstanceID.NotFound", () -> associate("i-0123456789abcdef0", SSM));
    }

    @Test
    void replaceGivesANewAssociationAndTheOldOneIsNoLongerActive() {
        String id = t.launchRunning();
        var first = associate(id, SSM);
        t.advance(Duration.ofSeconds(15));
        var second = t.ec2.replaceIamInstanceProfileAssociation(
                        b -> b.associationId(first.associationId()).iamInstanceProfile(p -> p.name("ecsInstanceRole")))
                .iamInstanceProfileAssociation();
        assertThat(second.associationId()).isNotEqualTo(first.associationId());
        assertThat(second.state()).isEqualTo(IamInstanceProfileAssociationState.ASSOCIATING);
        assertThat(t.describe(id).iamInstanceProfile().arn()).endsWith("/ecsInstanceRole");
        assertThat(describe(first.associationId()).state()).isEqualTo(IamInstanceProfileAssociationState.DISASSOCIATED);

        var e = awsError(
                "IncorrectState",
                () -> t.ec2.replaceIamInstanceProfileAssociation(
                        b -> b.associationId(first.associationId()).iamInstanceProfile(p -> p.name(SSM))));
        assertThat(message(e)).isEqualTo("The association " + first.associationId() + " is not the active association");
    }

    @Test
    void aStoppedInstancesAssociationCannotBeReplaced() {
        String id = t.launchRunning();
        var a = associate(id, SSM);
        t.ec2.stopInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofMinutes(2));
        awsError(
                "IncorrectState",
                () -> t.ec2.replaceIamInstanceProfileAssociation(
                        b -> b.associationId(a.associationId()).iamInstanceProfile(p -> p.name("ecsInstanceRole"))));
    }

    @Test
    void disassociateGoesThroughDisassociatingAndFreesTheInstanceForANewProfile() {
        String id = t.launchRunning();
        var a = associate(id, SSM);
        var gone = t.ec2.disassociateIamInstanceProfile(b -> b.associationId(a.associationId()))
                .iamInstanceProfileAssociation();
        assertThat(gone.state()).isEqualTo(IamInstanceProfileAssociationState.DISASSOCIATING);
        assertThat(t.describe(id).iamInstanceProfile()).isNull();
        t.advance(Duration.ofSeconds(15));
        assertThat(describe(a.associationId()).state()).isEqualTo(IamInstanceProfileAssociationState.DISASSOCIATED);
        awsError("IncorrectState", () -> t.ec2.disassociateIamInstanceProfile(b -> b.associationId(a.associationId())));
        assertThat(associate(id, "ecsInstanceRole").state()).isEqualTo(IamInstanceProfileAssociationState.ASSOCIATING);
        awsError(
                "InvalidAssociationID.NotFound",
                () -> t.ec2.disassociateIamInstanceProfile(b -> b.associationId("iip-assoc-0123456789abcdef0")));
    }

    @Test
    void aLaunchWithAProfileHasAnAssociationThatEndsWithTheInstance() {
        String id =
                t.launch(t.ec2, b -> b.imageId(AL2023).instanceType("t3.micro").iamInstanceProfile(p -> p.name(SSM)));
        var a = t.ec2.describeIamInstanceProfileAssociations(b -> {})
                .iamInstanceProfileAssociations()
                .get(0);
        assertThat(a.instanceId()).isEqualTo(id);
        awsError("IncorrectState", () -> associate(id, "ecsInstanceRole"));
        t.ec2.terminateInstances(b -> b.instanceIds(id));
        t.advance(Duration.ofMinutes(2));
        assertThat(describe(a.associationId()).state()).isEqualTo(IamInstanceProfileAssociationState.DISASSOCIATED);
        assertThat(t.bill().items())
                .as("associations are not billed")
                .isNotEmpty()
                .noneMatch(l -> l.resourceId().startsWith("iip-assoc-"));
        assertThat(t.teammate.describeIamInstanceProfileAssociations(b -> {}).iamInstanceProfileAssociations())
                .as("another account sees none of them")
                .isEmpty();
    }
}
