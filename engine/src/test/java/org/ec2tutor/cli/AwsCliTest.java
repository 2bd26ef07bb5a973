package org.ec2tutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.ec2tutor.sdk.UnsimulatedOperations;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsCliTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final CliFixture f = new CliFixture(17);

    private JsonNode json(String line) {
        try {
            return MAPPER.readTree(f.ok(line));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Nested
    class Values {

        @Test
        void listsAreSeparateWords() {
            String a = f.launch();
            String b = f.launch();
            JsonNode r = json("aws ec2 describe-instances --instance-ids " + a + " " + b);
            assertThat(r.at("/Reservations").size()).isEqualTo(2);
        }

        @Test
        void shorthandTagSpecificationsAndFilters() {
            f.ok("aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro "
                    + "--tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web},{Key=Team,Value=blue}]'");
            f.launch();
            JsonNode r = json("aws ec2 describe-instances --filters Name=tag:Name,Values=web "
                    + "Name=instance-state-name,Values=pending,running");
            assertThat(r.at("/Reservations").size()).isEqualTo(1);
            assertThat(r.at("/Reservations/0/Instances/0/Tags/0/Value").asText())
                    .isEqualTo("web");
        }

        @Test
        void jsonValuesWorkToo() {
            String id = f.launch();
            JsonNode r = json(
                    "aws ec2 describe-instances --filters '[{\"Name\":\"instance-id\",\"Values\":[\"" + id + "\"]}]'");
            assertThat(r.at("/Reservations").size()).isEqualTo(1);
        }

        @Test
        void structuresInShorthandAndTheBareValueForm() {
            f.ok("aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type m5.large "
                    + "--hibernation-options Configured=true "
                    + "--block-device-mappings 'DeviceName=/dev/xvda,Ebs={VolumeSize=30,Encrypted=true}' "
                    + "--placement AvailabilityZone=us-east-1b");
            JsonNode i = json("aws ec2 describe-instances --query 'Reservations[0].Instances[0]'");
            assertThat(i.at("/HibernationOptions/Configured").asBoolean()).isTrue();
            assertThat(i.at("/Placement/AvailabilityZone").asText()).isEqualTo("us-east-1b");
            String id = i.at("/InstanceId").asText();
            f.advance(Duration.ofSeconds(30));
            f.ok("aws ec2 stop-instances --instance-ids " + id);
            f.advance(Duration.ofMinutes(2));
            f.ok("aws ec2 modify-instance-attribute --instance-id " + id + " --instance-type m5.xlarge");
            f.ok("aws ec2 modify-instance-attribute --instance-id " + id + " --instance-type Value=m5.large");
            f.ok("aws ec2 modify-instance-attribute --instance-id " + id + " --disable-api-termination Value=true");
            assertThat(f.ok("aws ec2 describe-instance-attribute --instance-id " + id
                            + " --attribute disableApiTermination --query DisableApiTermination.Value"))
                    .isEqualTo("true\n");
            // {Value: boolean} structures are also plain flags, as in the real CLI's help.
            f.ok("aws ec2 modify-instance-attribute --instance-id " + id + " --no-disable-api-termination");
            assertThat(f.ok("aws ec2 describe-instance-attribute --instance-id " + id
                            + " --attribute disableApiTermination --query DisableApiTermination.Value"))
                    .isEqualTo("false\n");
            f.ok("aws ec2 modify-instance-attribute --instance-id " + id + " --disable-api-termination");
            assertThat(f.ok("aws ec2 describe-instance-attribute --instance-id " + id
                            + " --attribute disableApiTermination --query DisableApiTermination.Value"))
                    .isEqualTo("true\n");
            assertThat(f.ok("aws ec2 modify-instance-attribute help"))
                    .contains("[--disable-api-termination | --no-disable-api-termination]");
        }

        @Test
        void countTakesMinAndMax() {
            JsonNode r = json(
                    "aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro " + "--count 2:3");
            assertThat(r.at("/Instances").size()).isEqualTo(3);
        }

        @Test
        void userDataFromAFileIsBase64EncodedForYou(@TempDir Path dir) throws IOException {
            Files.writeString(dir.resolve("setup.sh"), "#!/bin/bash\necho hello\n");
            CliFixture g = new CliFixture(3, dir);
            g.ok("ID=$(aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro "
                    + "--user-data file://setup.sh --query 'Instances[0].InstanceId' --output text)");
            String encoded = g.ok("aws ec2 describe-instance-attribute --instance-id $ID --attribute userData "
                            + "--query UserData.Value --output text")
                    .strip();
            assertThat(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8))
                    .isEqualTo("#!/bin/bash\necho hello\n");
        }

        @Test
        void booleanPairs() {
            String id = f.launch();
            f.advance(Duration.ofSeconds(30));
            CliResult dry = f.run("aws ec2 stop-instances --instance-ids " + id + " --dry-run");
            assertThat(dry.exitCode()).isEqualTo(254);
            assertThat(dry.stderr())
                    .contains("(DryRunOperation) when calling the StopInstances operation: "
                            + "Request would have succeeded, but DryRun flag is set.");
            f.ok("aws ec2 stop-instances --instance-ids " + id + " --no-dry-run");
            f.ok("aws ec2 create-image --instance-id " + id + " --name a-image --no-reboot");
            f.ok("aws ec2 create-image --instance-id " + id + " --name b-image --reboot");
            assertThat(f.ok("aws ec2 describe-images --owners self --query 'length(Images)'"))
                    .isEqualTo("2\n");
        }

        @Test
        void launchPermissionShorthandSharesWithTheTeammate() {
            String id = f.launch();
            f.advance(Duration.ofSeconds(30));
            f.ok("AMI=$(aws ec2 create-image --instance-id " + id + " --name shared --no-reboot --output text)");
            f.ok("aws ec2 wait image-available --image-ids $AMI");
            f.ok("aws ec2 modify-image-attribute --image-id $AMI --launch-permission \"Add=[{UserId=444455556666}]\"");
            assertThat(f.ok("aws ec2 describe-images --profile teammate --executable-users self "
                                    + "--query 'Images[].ImageId' --output text")
                            .strip())
                    .isEqualTo(f.var("AMI"));
            f.ok("aws ec2 run-instances --profile teammate --image-id $AMI --instance-type t3.micro");
            CliResult outsider =
                    f.run("aws ec2 run-instances --profile outsider --image-id $AMI " + "--instance-type t3.micro");
            assertThat(outsider.stderr())
                    .isEqualTo("\nAn error occurred (AuthFailure) when calling the RunInstances "
                            + "operation: Not authorized for images: [" + f.var("AMI") + "]\n");
        }

        @Test
        void cliInputJsonAndOptionsTogether(@TempDir Path dir) throws IOException {
            Files.writeString(
                    dir.resolve("launch.json"),
                    "{\"ImageId\": \"ami-0fa3fe0fa7920f68e\", "
                            + "\"InstanceType\": \"t3.small\", \"MinCount\": 1, \"MaxCount\": 1}");
            CliFixture g = new CliFixture(4, dir);
            JsonNode r;
            try {
                r = MAPPER.readTree(g.ok(
                        "aws ec2 run-instances --cli-input-json file://launch.json " + "--instance-type t3.micro"));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            assertThat(r.at("/Instances/0/InstanceType").asText()).isEqualTo("t3.micro");
        }

        @Test
        void maxItemsAndStartingTokenPageThroughResults() {
            f.ok("aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro");
            f.ok("aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro");
            f.ok("aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro");
            JsonNode first = json("aws ec2 describe-instances --max-items 2 --page-size 5");
            assertThat(first.get("Reservations").size()).isEqualTo(2);
            String token = first.get("NextToken").asText();
            JsonNode rest = json("aws ec2 describe-instances --starting-token " + token);
            assertThat(rest.get("Reservations").size()).isEqualTo(1);
            assertThat(rest.has("NextToken")).isFalse();
            assertThat(f.run("aws ec2 stop-instances --instance-ids i-0123456789abcdef0 --max-items 2")
                            .stderr())
                    .contains("Unknown options: --max-items, 2");
        }

        @Test
        void aSkeletonListsEveryMember() {
            JsonNode s = json("aws ec2 stop-instances --generate-cli-skeleton");
            assertThat(s.fieldNames())
                    .toIterable()
                    .containsExactly("InstanceIds", "Hibernate", "SkipOsShutdown", "DryRun", "Force");
            assertThat(s.get("InstanceIds").get(0).asText()).isEmpty();
        }
    }

    @Nested
    class Output {

        @Test
        void jsonIsIndentedWithFourSpacesInModelOrder() {
            String id = f.launch();
            f.advance(Duration.ofSeconds(30));
            assertThat(f.ok("aws ec2 stop-instances --instance-ids " + id)).isEqualTo("""
                    {
                        "StoppingInstances": [
                            {
                                "InstanceId": "%s",
                                "CurrentState": {
                                    "Code": 64,
                                    "Name": "stopping"
                                },
                                "PreviousState": {
                                    "Code": 16,
                                    "Name": "running"
                                }
                            }
                        ]
                    }
                    """.formatted(id));
        }

        @Test
        void textOutputIsTabSeparated() {
            String id = f.launch();
            f.advance(Duration.ofSeconds(30));
            assertThat(f.ok("aws ec2 stop-instances --instance-ids " + id + " --output text"))
                    .isEqualTo(
                            "STOPPINGINSTANCES\t" + id + "\nCURRENTSTATE\t64\tstopping\nPREVIOUSSTATE\t16\trunning\n");
        }

        @Test
        void tableOutputIsBoxed() {
            String id = f.launch();
            f.advance(Duration.ofSeconds(30));
            String table = f.ok("aws ec2 describe-instances --query 'Reservations[].Instances[].[InstanceId,"
                    + "State.Name]' --output table");
            assertThat(table).isEqualTo("""
                    ------------------------------------
                    |         DescribeInstances        |
                    +----------------------+-----------+
                    |  %s |  running  |
                    +----------------------+-----------+
                    """.formatted(id));
        }

        @Test
        void anEmptyResponsePrintsNothing() {
            String id = f.launch();
            assertThat(f.ok("aws ec2 create-tags --resources " + id + " --tags Key=Env,Value=dev"))
                    .isEmpty();
        }

        @Test
        void queryWithBacktickLiteralsAsInAwsDocs() {
            f.ok("aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro "
                    + "--tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web}]'");
            assertThat(f.ok("aws ec2 describe-instances --query "
                            + "'Reservations[].Instances[].Tags[?Key==`Name`].Value[]' --output text"))
                    .isEqualTo("web\n");
        }

        @Test
        void aQueryOnNothingPrintsNullOrNone() {
            assertThat(f.ok("aws ec2 describe-instances --query 'Reservations[0]'"))
                    .isEqualTo("null\n");
            assertThat(f.ok("aws ec2 describe-instances --query 'Reservations[0]' --output text"))
                    .isEqualTo("None\n");
        }

        @Test
        void stsGetCallerIdentityFollowsTheProfile() {
            assertThat(f.ok("aws sts get-caller-identity --query Account --output text"))
                    .isEqualTo("111122223333\n");
            assertThat(f.ok("aws sts get-caller-identity --profile teammate --query Arn --output text"))
                    .isEqualTo("arn:aws:iam::444455556666:root\n");
        }
    }

    @Nested
    class Errors {

        @Test
        void serviceErrorsAreWordedAsTheCliWordsThemWithExit254() {
            CliResult r = f.run("aws ec2 stop-instances --instance-ids i-0123456789abcdef0");
            assertThat(r.exitCode()).isEqualTo(254);
            assertThat(r.stdout()).isEmpty();
            assertThat(r.stderr())
                    .isEqualTo("\nAn error occurred (InvalidInstanceID.NotFound) when calling the "
                            + "StopInstances operation: The instance ID 'i-0123456789abcdef0' does not exist\n");
        }

        @Test
        void anOperationTheSimulatorLacksSaysSoFromTheService() {
            CliResult r = f.run("aws ec2 describe-vpc-endpoints");
            assertThat(r.exitCode()).isEqualTo(254);
            assertThat(r.stderr()).contains("(OperationNotSimulated) when calling the DescribeVpcEndpoints operation");
        }

        @Test
        void anUnknownProfileOrRegion() {
            CliResult p = f.run("aws ec2 describe-instances --profile nobody");
            assertThat(p.exitCode()).isEqualTo(255);
            assertThat(p.stderr()).isEqualTo("\nThe config profile (nobody) could not be found\n");
            CliResult r = f.run("aws ec2 describe-instances --region mars-1");
            assertThat(r.stderr())
                    .isEqualTo("\nCould not connect to the endpoint URL: " + "\"https://ec2.mars-1.amazonaws.com/\"\n");
        }

        @Test
        void aFailingCommandChangesNothing() {
            String before = f.ok("aws ec2 describe-instances");
            f.run("aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.mega");
            f.run("aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro --bogus");
            f.run("aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --tag-specifications 'ResourceType='");
            assertThat(f.ok("aws ec2 describe-instances")).isEqualTo(before);
        }

        @Test
        void anUnknownServiceSuggestsNothingButListsTheSimulatedOnes() {
            CliResult r = f.run("aws rds describe-db-instances");
            assertThat(r.exitCode()).isEqualTo(252);
            assertThat(r.stderr())
                    .contains("argument command: Invalid choice, valid choices are:")
                    .contains("ec2")
                    .contains("sts");
        }

        @Test
        void aBadQueryIsAParameterError() {
            CliResult r = f.run("aws ec2 describe-instances --query 'Reservations[?'");
            assertThat(r.exitCode()).isEqualTo(252);
            assertThat(r.stderr()).contains("Bad value for --query");
        }
    }

    @Nested
    class Waiters {

        @Test
        void instanceRunningAdvancesTheClockAndPrintsNothing() {
            String id = f.launch();
            var before = f.cloud.now();
            CliResult r = f.run("aws ec2 wait instance-running --instance-ids " + id);
            assertThat(r.exitCode()).isZero();
            assertThat(r.stdout()).isEmpty();
            assertThat(Duration.between(before, f.cloud.now())).isEqualTo(Duration.ofSeconds(30));
        }

        @Test
        void aTerminalFailureStateIsReported() {
            String id = f.launch();
            f.ok("aws ec2 terminate-instances --instance-ids " + id);
            CliResult r = f.run("aws ec2 wait instance-running --instance-ids " + id);
            assertThat(r.exitCode()).isEqualTo(255);
            assertThat(r.stderr())
                    .isEqualTo("\nWaiter InstanceRunning failed: Waiter encountered a terminal failure "
                            + "state: For expression \"Reservations[].Instances[].State.Name\" we matched expected path: "
                            + "\"shutting-down\" at least once\n");
        }

        @Test
        void aStateThatNeverComesExceedsMaxAttempts() {
            String id = f.launch();
            f.advance(Duration.ofMinutes(1));
            CliResult r = f.run("aws ec2 wait instance-stopped --instance-ids " + id);
            assertThat(r.stderr()).isEqualTo("\nWaiter InstanceStopped failed: Max attempts exceeded\n");
            assertThat(r.exitCode()).isEqualTo(255);
        }

        @Test
        void everyWaiterNamedInTheIssueExists() {
            String help = f.ok("aws ec2 wait help");
            for (String w : List.of(
                    "instance-running",
                    "instance-stopped",
                    "instance-terminated",
                    "instance-exists",
                    "instance-status-ok",
                    "image-available",
                    "image-exists",
                    "snapshot-completed")) {
                assertThat(help).contains(w);
            }
        }

        @Test
        void anUnknownWaiterSuggestsOne() {
            CliResult r = f.run("aws ec2 wait instance-runing --instance-ids i-0123456789abcdef0");
            assertThat(r.stderr()).contains("maybe you meant:\n\n  * instance-running");
        }
    }

    @Nested
    class Help {

        @Test
        void operationHelpShowsOptionsAndTypes() {
            String help = f.ok("aws ec2 stop-instances help");
            assertThat(help)
                    .contains("          --instance-ids <value>\n")
                    .contains("[--hibernate | --no-hibernate]")
                    .contains("[--dry-run | --no-dry-run]");
            assertThat(f.ok("aws ec2 create-image help")).contains("[--no-reboot | --reboot]");
            assertThat(f.ok("aws ec2 run-instances help"))
                    .contains("[--count <value>]")
                    .doesNotContain("--min-count");
        }

        @Test
        void serviceAndTopHelp() {
            assertThat(f.ok("aws ec2 help"))
                    .contains("run-instances")
                    .contains("describe-images")
                    .contains("describe-vpcs")
                    .doesNotContain("describe-vpc-endpoints");
            assertThat(f.ok("aws help")).contains("       o ec2\n").contains("       --output (string)\n");
        }
    }

    @Test
    void everySimulatedOperationIsReachableFromTheCommandLine() throws IOException {
        for (String operation : UnsimulatedOperations.simulatedOperations()) {
            String cliName = CliNames.kebab(operation);
            String skeleton = f.ok("aws ec2 " + cliName + " --generate-cli-skeleton");
            // The skeleton sets DryRun: true, so the request reaches the simulated service, which answers
            // DryRunOperation without changing anything; any other answer means the binding failed.
            Path file = Files.createTempFile("skeleton", ".json");
            Files.writeString(file, skeleton);
            CliResult r = f.run("aws ec2 " + cliName + " --cli-input-json file://" + file);
            Files.delete(file);
            if (skeleton.contains("\"DryRun\"")) {
                assertThat(r.stderr())
                        .as(cliName)
                        .contains("(DryRunOperation) when calling the " + operation + " operation");
            } else {
                // Operations without DryRun (the Dedicated Host ones): the service itself must have answered,
                // here about the skeleton's empty values, rather than the command line refusing the input;
                // ReleaseHosts reports an unknown id in its answer, as AWS does.
                assertThat(r.stderr() + r.stdout())
                        .as(cliName)
                        .containsAnyOf(") when calling the " + operation + " operation", "\"InvalidHostID.NotFound\"");
            }
        }
    }
}
