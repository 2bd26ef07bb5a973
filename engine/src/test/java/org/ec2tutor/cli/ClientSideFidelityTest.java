package org.ec2tutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The client side of the aws line where the real AWS CLI 2.9.19 was compared byte for byte (make test-interop's
 * differential suite): the expected texts are the real CLI's.
 */
class ClientSideFidelityTest {

    private final CliFixture f = new CliFixture(7);

    private static String lines(String... lines) {
        return String.join("\n", lines);
    }

    private CliResult run(String line) {
        return f.run(line);
    }

    @Test
    void aRepeatedShorthandKeyPointsAtTheSecondKey() {
        f.launch();
        CliResult r = run("aws ec2 create-tags --resources $ID --tags Key=Name,Value=x,Key=Env,Value=y");
        assertThat(r.exitCode()).isEqualTo(252);
        assertThat(r.stderr().strip())
                .isEqualTo(lines(
                        "Error parsing parameter '--tags': Second instance of key \"Key\" encountered for input:",
                        "Key=Name,Value=x,Key=Env,Value=y",
                        "                 ^",
                        "This is often because there is a preceding \",\" instead of a space."));
    }

    @Test
    void anUnclosedListOrHashWantsAComma() {
        f.launch();
        assertThat(run("aws ec2 create-tags --resources $ID --tags 'Key=Name,Value=['")
                        .stderr()
                        .strip())
                .isEqualTo(lines(
                        "Error parsing parameter '--tags': Expected: ',', received: 'EOF' for input:",
                        "Key=Name,Value=[",
                        "                ^"));
        assertThat(run("aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --block-device-mappings "
                                + "'DeviceName=/dev/xvda,Ebs={VolumeSize=8'")
                        .stderr()
                        .strip())
                .endsWith(lines(
                        "Expected: ',', received: 'EOF' for input:",
                        "DeviceName=/dev/xvda,Ebs={VolumeSize=8",
                        "                                      ^"));
    }

    @Test
    void aDoubledCommaIsTolerated() {
        f.launch();
        assertThat(run("aws ec2 create-tags --resources $ID --tags 'Key=Name,,Value=x'")
                        .exitCode())
                .isZero();
        assertThat(f.ok("aws ec2 describe-tags --query 'Tags[?Key==`Name`].Value' --output text")
                        .strip())
                .isEqualTo("x");
    }

    @Test
    void aListWhereAStringBelongsIsShownAsPythonShowsIt() {
        f.launch();
        assertThat(run("aws ec2 create-tags --resources $ID --tags 'Key=Name,Value'")
                        .stderr()
                        .strip())
                .isEqualTo("Parameter validation failed:\nInvalid type for parameter Tags[0].Key, value: ['Name', "
                        + "'Value'], type: <class 'list'>, valid types: <class 'str'>");
    }

    @Test
    void jsonKeepsItsTypesAndIsValidated() {
        f.launch();
        CliResult tags = run("aws ec2 create-tags --resources $ID --tags '[{\"Key\": 1, \"Value\": \"x\"}]'");
        assertThat(tags.exitCode()).isEqualTo(252);
        assertThat(tags.stderr().strip())
                .isEqualTo("Parameter validation failed:\nInvalid type for parameter Tags[0].Key, value: 1, "
                        + "type: <class 'int'>, valid types: <class 'str'>");
        assertThat(run("aws ec2 describe-images --cli-input-json '{\"Owners\": \"self\"}'")
                        .stderr()
                        .strip())
                .isEqualTo("Parameter validation failed:\nInvalid type for parameter Owners, value: self, "
                        + "type: <class 'str'>, valid types: <class 'list'>, <class 'tuple'>");
    }

    @Test
    void cliInputDocumentsInTheCliWords() {
        assertThat(run("aws ec2 describe-images --cli-input-json '{\"Owners\": [\"self\"'")
                        .stderr()
                        .strip())
                .isEqualTo("Error parsing parameter 'cli-input-json': Invalid JSON received.");
        assertThat(run("aws ec2 describe-images --cli-input-json '[1]'")
                        .stderr()
                        .strip())
                .isEqualTo("Error parsing parameter '--cli-input-json': Invalid type: expecting map, received "
                        + "<class 'list'>");
        assertThat(run("aws ec2 describe-images --cli-input-yaml 'Owners: [self' --query 'length(Images)'")
                        .stderr()
                        .strip())
                .isEqualTo("Error parsing parameter 'cli-input-yaml': Invalid YAML received.");
        assertThat(f.ok("aws ec2 describe-images --cli-input-yaml 'Owners: [self]' --query 'length(Images)'"))
                .isEqualTo("0\n");
    }

    @Test
    void configureReadsAndWritesTheSessionsProfiles() {
        assertThat(f.ok("aws configure get region")).isEqualTo("us-east-1\n");
        assertThat(f.ok("aws configure get output --profile teammate")).isEqualTo("json\n");
        assertThat(f.ok("aws configure list-profiles")).isEqualTo("default\nteammate\noutsider\n");
        CliResult unset = run("aws configure get nosuch");
        assertThat(unset.exitCode()).isEqualTo(1);
        assertThat(unset.stdout() + unset.stderr()).isEmpty();
        assertThat(f.ok("aws configure set cli_pager ''")).isEmpty();
        assertThat(f.ok("aws configure get cli_pager")).isEqualTo("\n");
        CliResult bad = run("aws configure nosuch");
        assertThat(bad.exitCode()).isEqualTo(252);
        assertThat(bad.stderr())
                .contains(lines(
                        "aws: error: argument subcommand: Invalid choice, valid choices are:",
                        "",
                        "list                                     | get                                     ",
                        "set                                      | add-model"));
    }

    @Test
    void outputSkeletonsAreStubbedResponsesThroughTheChosenOutput() {
        assertThat(f.ok("aws ec2 describe-instance-type-offerings --generate-cli-skeleton output --output text"))
                .isEqualTo("NextToken\nINSTANCETYPEOFFERINGS\tInstanceType\tLocation\tLocationType\n");
        String types = f.ok("aws ec2 describe-instance-types --generate-cli-skeleton output "
                + "--query 'InstanceTypes[0].ProcessorInfo.SupportedArchitectures'");
        assertThat(types).isEqualTo("[\n    \"ArchitectureType\"\n]\n");
        CliResult bad = run("aws ec2 describe-images --generate-cli-skeleton nonsense");
        assertThat(bad.exitCode()).isEqualTo(252);
        assertThat(bad.stderr())
                .endsWith(lines(
                        "aws: error: argument --generate-cli-skeleton: Invalid choice, valid choices are:",
                        "",
                        "input                                    | output                                  ",
                        "yaml-input                              ",
                        "",
                        ""));
    }

    @Test
    void anEmptyQueryIsRefusedBeforeParsing() {
        assertThat(run("aws ec2 describe-regions --query ''").stderr().strip())
                .isEqualTo("Bad value for --query : Invalid JMESPath expression: cannot be empty.");
    }

    @Test
    void yamlFoldsLongValuesAndQuotesLineBreaksAsRuamelDoes() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree("{\"InstanceId\": \"i-1\", \"Output\": \"[    0.000000] Linux version 6.1.158 (amzn2023) #1"
                        + " SMP\\nCloud-init v. 22.2.2 finished at Thu, 01 Jan 2026 00:00:38 +0000. Datasource"
                        + " DataSourceEc2.  Up 8.00 seconds\\n\", \"A\": \"" + "word ".repeat(17) + "z\"}");
        assertThat(YamlOutput.write(json, false))
                .isEqualTo(lines(
                        "A: word word word word word word word word word word word word word word word word",
                        "  word z",
                        "InstanceId: i-1",
                        "Output: '[    0.000000] Linux version 6.1.158 (amzn2023) #1 SMP",
                        "",
                        "  Cloud-init v. 22.2.2 finished at Thu, 01 Jan 2026 00:00:38 +0000. Datasource"
                                + " DataSourceEc2.  Up",
                        "  8.00 seconds",
                        "",
                        "  '",
                        ""));
    }

    @Test
    void theCliOwnOptionsAreCheckedAndWaitAloneIsTooFewArguments() {
        CliResult color = run("aws ec2 describe-instances --color maybe");
        assertThat(color.exitCode()).isEqualTo(252);
        assertThat(color.stderr()).contains("aws: error: argument --color: Invalid choice, valid choices are:");
        CliResult timeout = run("aws ec2 describe-instances --cli-read-timeout abc");
        assertThat(timeout.exitCode()).isEqualTo(255);
        assertThat(timeout.stderr().strip()).isEqualTo("invalid literal for int() with base 10: 'abc'");
        CliResult pageSize = run("aws ec2 describe-instance-type-offerings --page-size x");
        assertThat(pageSize.exitCode()).isEqualTo(252);
        assertThat(pageSize.stderr()).contains("\naws: error: argument --page-size: invalid int value: 'x'\n");
        CliResult noPages = run("aws ec2 describe-key-pairs --page-size 5");
        assertThat(noPages.exitCode()).isEqualTo(252);
        assertThat(noPages.stderr()).contains("Unknown options: --page-size, 5");
        CliResult waits = run("aws ec2 wait");
        assertThat(waits.exitCode()).isEqualTo(252);
        assertThat(waits.stderr().strip())
                .isEqualTo("usage: aws [options] ec2 wait <subcommand> [parameters]\naws: error: too few arguments");
    }

    @Test
    void aQuerySyntaxErrorIsFoundAndWordedWherePythonsJmespathFindsIt() {
        CliResult dot = run("aws ec2 describe-instances --query 'Reservations[].'");
        assertThat(dot.exitCode()).isEqualTo(252);
        assertThat(dot.stderr().strip())
                .isEqualTo(lines(
                        "Bad value for --query Reservations[].: Expecting: ['quoted_identifier', "
                                + "'unquoted_identifier', 'lbracket', 'lbrace'], got: eof: Parse error at column 15, "
                                + "token \"\" (EOF), for expression:",
                        "\"Reservations[].\"",
                        "                ^"));
        assertThat(run("aws ec2 describe-instances --query '@@'").stderr().strip())
                .isEqualTo(lines(
                        "Bad value for --query @@: Unexpected token: @: Parse error at column 1, token \"@\" "
                                + "(CURRENT), for expression:",
                        "\"@@\"",
                        "  ^"));
        assertThat(run("aws ec2 describe-instances --query 'a = b'").stderr().strip())
                .isEqualTo(lines(
                        "Bad value for --query a = b: Bad jmespath expression: Unknown token '=':", "a = b", "  ^"));
        assertThat(run("aws ec2 describe-instances --query '`{\"a\":`'")
                        .stderr()
                        .strip())
                .isEqualTo(lines(
                        "Bad value for --query `{\"a\":`: Bad jmespath expression: Bad token {\"a\"::",
                        "`{\"a\":`",
                        "^"));
    }

    @Test
    void aFunctionsTypeErrorShowsTheValueAsPythonDoes() {
        CliResult r = run("aws ec2 describe-regions --region-names us-east-1 --query 'abs(Regions[0].RegionName)'");
        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.stderr().strip())
                .isEqualTo("In function abs(), invalid type for value: us-east-1, expected one of: ['number'], "
                        + "received: \"string\"");
    }

    @Test
    void aNumberThatIsNotOneIsPythonsUncaughtValueError() {
        f.launch();
        CliResult size = run("aws ec2 run-instances --image-id ami-0123456789abcdef0 --block-device-mappings "
                + "'DeviceName=/dev/xvda,Ebs={VolumeSize=abc}'");
        assertThat(size.exitCode()).isEqualTo(255);
        assertThat(size.stderr().strip()).isEqualTo("invalid literal for int() with base 10: 'abc'");
        CliResult max = run("aws ec2 describe-instances --max-results x");
        assertThat(max.exitCode()).isEqualTo(255);
        assertThat(max.stderr().strip()).isEqualTo("invalid literal for int() with base 10: 'x'");
    }

    @Test
    void maxResultsAsksForOnePageAsTheCliThenPaginatesNoMore() {
        CliResult page = run("aws ec2 describe-instance-type-offerings --max-results 5 "
                + "--query '[length(InstanceTypeOfferings), length(NextToken) > `0`]' --output text");
        assertThat(page.stdout().strip()).isEqualTo("5\tTrue");
    }

    @Test
    void aPrefixOfSeveralGlobalOptionsIsAmbiguousBeforeTheOperationsOptions() {
        // The main parser sees --no first: five global options start with it (--no-dry-run never gets a say).
        CliResult r = run("aws ec2 describe-instances --no 5");
        assertThat(r.exitCode()).isEqualTo(252);
        assertThat(r.stderr())
                .contains("aws: error: ambiguous option: --no could match --no-verify-ssl, --no-paginate, "
                        + "--no-sign-request, --no-cli-pager, --no-cli-auto-prompt\n");
        // One global option with the prefix is that option, as before.
        assertThat(run("aws ec2 describe-instances --outp text --query 'length(Reservations)'")
                        .stdout())
                .isEqualTo("0\n");
    }
}
