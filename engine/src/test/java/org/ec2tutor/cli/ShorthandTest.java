package org.ec2tutor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The shorthand grammar, on the forms the AWS CLI documentation uses. */
class ShorthandTest {

    private static String parse(String s) {
        return Shorthand.parse(s).toString();
    }

    @Test
    void scalarsAndCsvLists() {
        assertThat(parse("Key=Name,Value=web")).isEqualTo("{\"Key\":\"Name\",\"Value\":\"web\"}");
        assertThat(parse("Name=instance-state-name,Values=running,stopped"))
                .isEqualTo("{\"Name\":\"instance-state-name\",\"Values\":[\"running\",\"stopped\"]}");
        assertThat(parse("Values=a,b,Name=x")).isEqualTo("{\"Values\":[\"a\",\"b\"],\"Name\":\"x\"}");
    }

    @Test
    void explicitListsAndHashLiterals() {
        assertThat(parse("Add=[{UserId=444455556666}]")).isEqualTo("{\"Add\":[{\"UserId\":\"444455556666\"}]}");
        assertThat(parse("ResourceType=instance,Tags=[{Key=Name,Value=web},{Key=Team,Value=blue}]"))
                .isEqualTo("{\"ResourceType\":\"instance\",\"Tags\":[{\"Key\":\"Name\",\"Value\":\"web\"},"
                        + "{\"Key\":\"Team\",\"Value\":\"blue\"}]}");
        assertThat(parse("DeviceName=/dev/xvda,Ebs={VolumeSize=30,Encrypted=true}"))
                .isEqualTo("{\"DeviceName\":\"/dev/xvda\",\"Ebs\":{\"VolumeSize\":\"30\",\"Encrypted\":\"true\"}}");
    }

    @Test
    void quotesAndEscapedCommas() {
        assertThat(parse("Key=Name,Value='web, server'")).isEqualTo("{\"Key\":\"Name\",\"Value\":\"web, server\"}");
        assertThat(parse("Value=a\\,b")).isEqualTo("{\"Value\":\"a,b\"}");
        assertThat(parse("Key=Name,Value=")).isEqualTo("{\"Key\":\"Name\",\"Value\":\"\"}");
    }

    @Test
    void errorsMarkThePosition() {
        assertThatThrownBy(() -> Shorthand.parse("Name"))
                .hasMessage("Expected: '=', received: 'EOF' for input:\nName\n    ^");
        assertThatThrownBy(() -> Shorthand.parse("A=1,A=2")).hasMessageStartingWith("Second instance of key \"A\"");
    }
}
