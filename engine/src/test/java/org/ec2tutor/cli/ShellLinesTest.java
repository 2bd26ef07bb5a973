package org.ec2tutor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shell-style lines as AWS documentation writes them. */
class ShellLinesTest {

    private final CliFixture f = new CliFixture(23);

    @Test
    void anAssignmentCapturesACommandsOutputWithoutTheTrailingNewline() {
        String id = f.launch();
        assertThat(id).matches("i-[0-9a-f]{17}");
        assertThat(f.ok("echo $ID")).isEqualTo(id + "\n");
        assertThat(f.ok("echo ${ID}-suffix")).isEqualTo(id + "-suffix\n");
    }

    @Test
    void unquotedExpansionsSplitIntoWords() {
        f.ok("aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro --count 2");
        f.ok("IDS=$(aws ec2 describe-instances --query 'Reservations[].Instances[].InstanceId' --output text)");
        f.advance(Duration.ofSeconds(30));
        String out = f.ok("aws ec2 stop-instances --instance-ids $IDS --query 'length(StoppingInstances)'");
        assertThat(out).isEqualTo("2\n");
        assertThat(f.ok("echo \"$IDS\"")).contains("\t");
    }

    @Test
    void quotesAndEscapes() {
        f.ok("NAME='web server'");
        assertThat(f.ok("echo \"$NAME\" '$NAME' \\$NAME")).isEqualTo("web server $NAME $NAME\n");
        assertThat(f.ok("echo \"say \\\"hi\\\"\"")).isEqualTo("say \"hi\"\n");
        f.ok("export REGION=eu-west-1");
        assertThat(f.var("REGION")).isEqualTo("eu-west-1");
    }

    @Test
    void lineContinuationsAndComments() {
        String out = f.ok("""
                # launch a web server
                aws ec2 run-instances \\
                    --image-id ami-0fa3fe0fa7920f68e \\
                    --instance-type t3.micro \\
                    --query 'Instances[0].InstanceType' --output text   # the type
                """);
        assertThat(out).isEqualTo("t3.micro\n");
    }

    @Test
    void severalLinesRunInOrderAndStopAtTheFirstFailure() {
        CliResult r = f.run("""
                echo one
                aws ec2 stop-instances --instance-ids i-0123456789abcdef0
                echo never
                """);
        assertThat(r.exitCode()).isEqualTo(254);
        assertThat(r.stdout()).isEqualTo("one\n");
        assertThat(r.stderr()).contains("InvalidInstanceID.NotFound");
    }

    @Test
    void aFailingSubstitutionStillReportsItsError() {
        CliResult r = f.run("X=$(aws ec2 stop-instances --instance-ids i-0123456789abcdef0)");
        assertThat(r.exitCode()).isEqualTo(254);
        assertThat(r.stderr()).contains("does not exist");
        assertThat(f.var("X")).isEmpty();
    }

    @Test
    void anUnknownCommandFailsLikeBash() {
        CliResult r = f.run("ssh ec2-user@1.2.3.4");
        assertThat(r.exitCode()).isEqualTo(127);
        assertThat(r.stderr()).isEqualTo("bash: ssh: command not found\n");
    }

    @Test
    void anUnterminatedQuoteIsASyntaxError() {
        CliResult r = f.run("echo 'oops");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("bash: unexpected EOF while looking for matching");
    }

    @Test
    void variablesAreSharedThroughTheVariablesObject() {
        f.shell.variables().set("FROM_JAVA", "i-0123456789abcdef0");
        assertThat(f.ok("echo $FROM_JAVA")).isEqualTo("i-0123456789abcdef0\n");
        f.ok("FROM_SHELL=hello");
        assertThat(f.shell.variables().asMap()).containsEntry("FROM_SHELL", "hello");
    }

    @Test
    void wordsSplitAsBashSplitsThem() {
        ShellVariables vars = new ShellVariables();
        vars.set("A", "1 2");
        assertThat(ShellWords.split("x $A \"$A\" 'a b'c", vars, s -> "")).containsExactly("x", "1", "2", "1 2", "a bc");
        assertThat(ShellWords.split("echo $(echo hi)there", vars, s -> "hi\n")).containsExactly("echo", "hithere");
        assertThat(ShellWords.split("a # comment", vars, s -> "")).isEqualTo(List.of("a"));
    }

    @Test
    void ansiCQuotingTurnsEscapesIntoCharactersAsBashDoes() {
        ShellVariables vars = new ShellVariables();
        assertThat(ShellWords.split("x $'#!/bin/bash\\ndnf install -y nginx\\tok' y", vars, s -> ""))
                .containsExactly("x", "#!/bin/bash\ndnf install -y nginx\tok", "y");
        assertThat(ShellWords.split("$'it\\'s' $'\\x41\\\\'", vars, s -> "")).containsExactly("it's", "A\\");
        assertThatThrownBy(() -> ShellWords.split("$'open", vars, s -> ""))
                .hasMessageContaining("unexpected EOF while looking for matching");
    }
}
