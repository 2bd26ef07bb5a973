package org.ec2tutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Secondary private addresses as the CLI user writes them: {@code run-instances --secondary-private-ip-address-count}
 * (the CLI puts it on NetworkInterfaces[0], with the subnet and groups moved there too), then
 * {@code assign-private-ip-addresses} and {@code unassign-private-ip-addresses} on the instance's interface.
 */
class SecondaryPrivateIpCliTest {

    private final CliFixture f = new CliFixture(31);

    @Test
    void launchAssignUnassignAsTheCliWritesThem() {
        f.ok("SG=$(aws ec2 create-security-group --group-name web --description web --query GroupId --output text)");
        f.ok("ID=$(aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.medium "
                + "--security-group-ids $SG --secondary-private-ip-address-count 2 "
                + "--query 'Instances[0].InstanceId' --output text)");
        String query = "aws ec2 describe-instances --instance-ids $ID --query "
                + "'Reservations[0].Instances[0].NetworkInterfaces[0]";
        assertThat(f.ok(query + ".PrivateIpAddresses[].Primary' --output text")).isEqualTo("True\tFalse\tFalse\n");
        assertThat(f.ok(query + ".Groups[0].GroupId' --output text")).isEqualTo(f.var("SG") + "\n");
        f.ok("ENI=$(" + query + ".NetworkInterfaceId' --output text)");

        String assigned = f.ok("aws ec2 assign-private-ip-addresses --network-interface-id $ENI"
                + " --secondary-private-ip-address-count 1");
        assertThat(assigned)
                .contains("\"NetworkInterfaceId\": \"" + f.var("ENI") + "\"")
                .contains("\"AssignedPrivateIpAddresses\": [")
                .containsPattern("\"PrivateIpAddress\": \"172\\.31\\.\\d+\\.\\d+\"");
        f.ok("IP=$(" + query + ".PrivateIpAddresses[3].PrivateIpAddress' --output text)");
        assertThat(f.ok("aws ec2 describe-network-interfaces --network-interface-ids $ENI --query "
                        + "'length(NetworkInterfaces[0].PrivateIpAddresses)'"))
                .isEqualTo("4\n");

        assertThat(f.ok("aws ec2 unassign-private-ip-addresses --network-interface-id $ENI --private-ip-addresses $IP"))
                .isEmpty();
        assertThat(f.ok(query + ".PrivateIpAddresses[].PrivateIpAddress' --output text"))
                .doesNotContain(f.var("IP"));

        CliResult over = f.run("aws ec2 assign-private-ip-addresses --network-interface-id $ENI"
                + " --secondary-private-ip-address-count 4");
        assertThat(over.stderr())
                .isEqualTo("\nAn error occurred (PrivateIpAddressLimitExceeded) when calling the "
                        + "AssignPrivateIpAddresses operation: Number of private addresses will exceed limit.\n");
    }

    @Test
    void theCountCannotBeMixedWithNetworkInterfaces() {
        CliResult r = f.run("aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro "
                + "--network-interfaces DeviceIndex=0 --secondary-private-ip-address-count 1");
        assertThat(r.succeeded()).isFalse();
        assertThat(r.stderr())
                .contains("Mixing the --network-interfaces option with the simple, scalar options is not supported.");
    }
}
