package org.ec2tutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code aws ... help} in the real CLI's man-page layout (awscli/clidocs.py as groff prints it). */
class HelpPagesTest {

    private final CliFixture f = new CliFixture(7);

    /** The section headings, in order: the lines that start at column 0 after the title line. */
    private static List<String> sections(String page) {
        return page.lines().skip(1).filter(l -> l.matches("[A-Z][A-Z ]+")).toList();
    }

    /** The text under one section, up to the next heading. */
    private static String section(String page, String heading) {
        Matcher m = Pattern.compile("(?ms)^" + heading + "\n(.*?)(?=^[A-Z][A-Z ]+\n|\\z)")
                .matcher(page);
        assertThat(m.find()).as(heading).isTrue();
        return m.group(1);
    }

    @Test
    void anOperationsPageHasTheRealSectionsInOrder() {
        String page = f.ok("aws ec2 describe-instances help");
        assertThat(page.lines().findFirst().orElseThrow())
                .isEqualTo("DESCRIBE-INSTANCES()" + " ".repeat(38) + "DESCRIBE-INSTANCES()");
        assertThat(sections(page))
                .containsExactly("NAME", "DESCRIPTION", "SYNOPSIS", "OPTIONS", "GLOBAL OPTIONS", "OUTPUT");
        assertThat(section(page, "NAME")).isEqualTo("       describe-instances -\n\n");
        assertThat(page).endsWith("\n\n\n" + " ".repeat(58) + "DESCRIBE-INSTANCES()\n");
    }

    @Test
    void theSynopsisBracketsOptionalOptionsAndPairsFlags() {
        String synopsis = section(f.ok("aws ec2 describe-instances help"), "SYNOPSIS");
        assertThat(synopsis)
                .startsWith("            describe-instances\n")
                .contains("          [--instance-ids <value>]\n")
                .contains("          [--dry-run | --no-dry-run]\n")
                .contains("          [--starting-token <value>]\n")
                .contains("          [--no-cli-auto-prompt]\n")
                // The paginator's own members are hidden behind --starting-token and --page-size, as in the CLI.
                .doesNotContain("--next-token")
                .doesNotContain("--max-results");
        // A required member is not bracketed.
        assertThat(section(f.ok("aws ec2 stop-instances help"), "SYNOPSIS"))
                .contains("          --instance-ids <value>\n");
        assertThat(section(f.ok("aws ec2 create-image help"), "SYNOPSIS")).contains("[--no-reboot | --reboot]");
    }

    @Test
    void eachOptionShowsItsTypeInTheCliForm() {
        String options = section(f.ok("aws ec2 describe-instances help"), "OPTIONS");
        assertThat(options)
                .contains("\n       --dry-run | --no-dry-run (boolean)\n")
                .contains(
                        "       --instance-ids (list)\n          (string)\n\n       Syntax:\n\n          \"string\" \"string\" ...\n");
        String run = section(f.ok("aws ec2 run-instances help"), "OPTIONS");
        assertThat(run)
                .contains("       --count (string)\n          Number of instances to launch.")
                .contains("       --ipv6-address-count (integer)\n")
                .contains(
                        "       --instance-initiated-shutdown-behavior (string)\n          Possible values:\n\n          o stop\n\n          o terminate\n")
                .doesNotContain("--min-count");
    }

    @Test
    void aListOfStructuresShowsItsMembersShorthandAndJson() {
        String options = section(f.ok("aws ec2 describe-instances help"), "OPTIONS");
        assertThat(options).contains("""
                       --filters (list)
                          (structure)
                              Name -> (string)

                              Values -> (list)
                                  (string)

                       Shorthand Syntax:

                          Name=string,Values=string,string ...

                       JSON Syntax:

                          [
                            {
                              "Name": "string",
                              "Values": ["string", ...]
                            }
                            ...
                          ]
                """);
        // A structure's JSON lists an enum's values, as the CLI's example does.
        assertThat(section(f.ok("aws ec2 run-instances help"), "OPTIONS"))
                .contains("Tenancy=string")
                .contains("\"Tenancy\": \"default\"|\"dedicated\"|\"host\"");
    }

    @Test
    void theOutputListsTheResponseMembersNested() {
        String output = section(f.ok("aws ec2 describe-instances help"), "OUTPUT");
        assertThat(output)
                .contains("       Reservations -> (list)\n           (structure)\n")
                .contains("               Instances -> (list)\n                   (structure)\n")
                .contains(
                        "                       State -> (structure)\n                           Code -> (integer)\n\n                           Name -> (string)\n")
                .contains("       NextToken -> (string)\n");
        assertThat(section(f.ok("aws ec2 wait instance-running help"), "OUTPUT"))
                .startsWith("       None\n\n\n\n ");
    }

    @Test
    void globalOptionsAreDocumentedOnEveryCommandPage() {
        String globals = section(f.ok("aws ssm send-command help"), "GLOBAL OPTIONS");
        assertThat(globals)
                .startsWith("       --debug (boolean)\n\n       Turn on debug logging.\n")
                .contains(
                        "       --output (string)\n\n       The formatting style for command output.\n\n       o json\n\n       o text\n\n       o table\n\n       o yaml\n\n       o yaml-stream\n")
                .contains("       --cli-read-timeout (int)\n");
    }

    @Test
    void waiterPagesDescribeTheirPollingAsTheCliGeneratesIt() {
        String page = f.ok("aws ec2 wait instance-running help");
        assertThat(sections(page))
                .containsExactly("NAME", "DESCRIPTION", "SYNOPSIS", "OPTIONS", "GLOBAL OPTIONS", "OUTPUT");
        assertThat(section(page, "DESCRIPTION"))
                .startsWith(
                        "       Wait until JMESPath query Reservations[].Instances[].State.Name returns\n       running for all elements when polling with describe-instances. It will\n       poll every 15 seconds until a successful state has been reached. This\n       will exit with a return code of 255 after 40 failed checks.\n");
        assertThat(section(f.ok("aws ssm wait command-executed help"), "SYNOPSIS"))
                .contains("          --command-id <value>\n          --instance-id <value>\n");
        assertThat(section(f.ok("aws ssm wait help"), "AVAILABLE COMMANDS"))
                .startsWith("       o command-executed\n\n\n\n ");
    }

    @Test
    void serviceAndTopPagesListTheirCommands() {
        String ec2 = f.ok("aws ec2 help");
        assertThat(sections(ec2)).containsExactly("NAME", "DESCRIPTION", "AVAILABLE COMMANDS");
        assertThat(section(ec2, "AVAILABLE COMMANDS"))
                .contains("       o run-instances\n\n")
                .contains("       o wait\n\n")
                .doesNotContain("describe-vpc-endpoints");
        String top = f.ok("aws help");
        assertThat(sections(top))
                .containsExactly("NAME", "DESCRIPTION", "SYNOPSIS", "GLOBAL OPTIONS", "AVAILABLE SERVICES", "SEE ALSO");
        assertThat(section(top, "AVAILABLE SERVICES"))
                .contains("       o ec2\n\n")
                .contains("       o ssm\n\n");
    }
}
