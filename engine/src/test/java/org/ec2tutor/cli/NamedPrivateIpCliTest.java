package org.ec2tutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Chosen private addresses as the CLI user writes them: {@code run-instances --private-ip-address} with
 * {@code --secondary-private-ip-addresses} (the CLI's options, put on NetworkInterfaces[0]), then
 * {@code assign-private-ip-addresses --private-ip-addresses ... --allow-reassignment}.
 */
class NamedPrivateIpCliTest {

    private final CliFixture f = new CliFixture(32);

    @Test
    void launchWithChosenAddressesThenMoveOne() {
        f.ok("SUBNET=$(aws ec2 describe-subnets --filters Name=default-for-az,Values=true --query"
                + " 'Subnets[?AvailabilityZone==`us-east-1a`].SubnetId' --output text)");
        f.ok("BASE=$(aws ec2 describe-subnets --subnet-ids $SUBNET --query 'Subnets[0].CidrBlock' --output text)");
        String base = f.var("BASE").replaceAll("\\.0/20$", "");
        f.ok("A=$(aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.small --subnet-id $SUBNET"
                + " --private-ip-address " + base + ".10 --secondary-private-ip-addresses " + base + ".11 " + base
                + ".12 --query 'Instances[0].InstanceId' --output text)");
        assertThat(f.ok("aws ec2 describe-instances --instance-ids $A --query "
                        + "'Reservations[0].Instances[0].NetworkInterfaces[0].PrivateIpAddresses[].[PrivateIpAddress,"
                        + "Primary]' --output text"))
                .isEqualTo(base + ".10\tTrue\n" + base + ".11\tFalse\n" + base + ".12\tFalse\n");

        f.ok("B=$(aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.small --subnet-id $SUBNET"
                + " --query 'Instances[0].InstanceId' --output text)");
        f.ok("ENI=$(aws ec2 describe-instances --instance-ids $B --query "
                + "'Reservations[0].Instances[0].NetworkInterfaces[0].NetworkInterfaceId' --output text)");
        CliResult taken =
                f.run("aws ec2 assign-private-ip-addresses --network-interface-id $ENI --private-ip-addresses " + base
                        + ".12");
        assertThat(taken.succeeded()).isFalse();
        assertThat(taken.stderr())
                .contains("An error occurred (InvalidIPAddress.InUse) when calling the AssignPrivateIpAddresses"
                        + " operation: Address " + base + ".12 is in use.");
        f.ok("aws ec2 assign-private-ip-addresses --network-interface-id $ENI --private-ip-addresses " + base
                + ".12 --allow-reassignment");
        assertThat(f.ok("aws ec2 describe-instances --instance-ids $A --query "
                        + "'length(Reservations[0].Instances[0].NetworkInterfaces[0].PrivateIpAddresses)'"))
                .isEqualTo("2\n");
        CliResult mixed = f.run("aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --network-interfaces"
                + " DeviceIndex=0 --secondary-private-ip-addresses " + base + ".20");
        assertThat(mixed.stderr())
                .contains("Mixing the --network-interfaces option with the simple, scalar options is not supported.");
    }
}
