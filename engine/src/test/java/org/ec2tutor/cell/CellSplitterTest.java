package org.ec2tutor.cell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One splitter for REPL entries, script files and notebook cells: the same input is cut the same way everywhere. */
class CellSplitterTest {

    private static List<String> texts(String input) {
        return CellSplitter.split(input).stream().map(Cell::text).toList();
    }

    private static List<Class<?>> kinds(String input) {
        return CellSplitter.split(input).stream()
                .<Class<?>>map(Object::getClass)
                .toList();
    }

    @Nested
    class OneLine {

        @Test
        void aCommandLineIsAMagicWithItsArguments() {
            assertThat(CellSplitter.split("%state")).containsExactly(new Cell.Magic("%state", "state", ""));
            assertThat(CellSplitter.split("  %advance 5m  "))
                    .containsExactly(new Cell.Magic("%advance 5m", "advance", "5m"));
        }

        @Test
        void shellStyleLinesAreShell() {
            for (String line : List.of(
                    "aws ec2 describe-instances",
                    "ID=$(aws ec2 describe-instances)",
                    "echo $ID",
                    "NAME=web",
                    "export REGION=eu-west-1",
                    "aws")) {
                assertThat(kinds(line)).as(line).containsExactly(Cell.Shell.class);
            }
        }

        @Test
        void javaIsJava() {
            for (String line : List.of(
                    "ec2.describeInstances()",
                    "int x = 5;",
                    "var x = 5;",
                    "x = ec2.describeInstances();",
                    "x=f(1);",
                    "1 + 1")) {
                assertThat(kinds(line)).as(line).containsExactly(Cell.Java.class);
            }
        }

        @Test
        void blankInputAndCommentsHaveNoCells() {
            assertThat(CellSplitter.split("")).isEmpty();
            assertThat(CellSplitter.split("  \n# a note\n\n")).isEmpty();
        }
    }

    @Nested
    class ScriptFiles {

        @Test
        void aScriptIsCutIntoItsCommandsShellLinesAndJava() {
            assertThat(texts("""
                    # a comment
                    aws ec2 describe-instances \\
                        --output text
                    int x = 1;
                    void hello() {
                        System.out.println("hi");
                    }
                    %clock
                    """))
                    .containsExactly(
                            "aws ec2 describe-instances \\\n    --output text",
                            "int x = 1;",
                            "void hello() {\n    System.out.println(\"hi\");\n}",
                            "%clock");
        }

        @Test
        void aJavaLineWithoutSemicolonDoesNotSwallowTheAwsLinesAfterIt() {
            // It used to take every following line into one Java cell: 20 compile errors.
            assertThat(kinds("""
                    ec2.describeInstances()
                    aws ec2 describe-instances --output text
                    ID=$(aws ec2 run-instances --image-id ami-1 --query 'Instances[0].InstanceId' --output text)
                    %advance 1m
                    """))
                    .containsExactly(Cell.Java.class, Cell.Shell.class, Cell.Shell.class, Cell.Magic.class);
        }

        @Test
        void javaStatementsContinuedOnTheNextLineStayTogether() {
            assertThat(texts("""
                    if (ec2 == null) {
                        x = 1;
                    }
                    else {
                        x = 2;
                    }
                    String id = ec2.runInstances(b -> b.imageId("ami-1"))
                        .instances().get(0).instanceId();
                    """))
                    .containsExactly(
                            "if (ec2 == null) {\n    x = 1;\n}\nelse {\n    x = 2;\n}",
                            "String id = ec2.runInstances(b -> b.imageId(\"ami-1\"))\n    .instances().get(0).instanceId();");
        }

        @Test
        void bracketsInsideStringsCommentsAndTextBlocksDoNotCount() {
            assertThat(texts("""
                    String a = "{(";  // ) }
                    String b = \"""
                        aws ec2 describe-instances
                        %state
                        \""";
                    /* { */ int c = 1;
                    aws ec2 describe-images
                    """))
                    .containsExactly(
                            "String a = \"{(\";  // ) }",
                            "String b = \"\"\"\n    aws ec2 describe-instances\n    %state\n    \"\"\";",
                            "/* { */ int c = 1;",
                            "aws ec2 describe-images");
        }

        @Test
        void aShellCommandRunsOnWhileAQuoteOrSubstitutionIsOpen() {
            assertThat(texts("""
                    aws ec2 run-instances --user-data '#!/bin/bash
                    dnf install -y nginx'
                    ID=$(aws ec2 describe-instances \\
                      --query 'Reservations[0]' --output text)
                    echo $ID
                    """))
                    .containsExactly(
                            "aws ec2 run-instances --user-data '#!/bin/bash\ndnf install -y nginx'",
                            "ID=$(aws ec2 describe-instances \\\n  --query 'Reservations[0]' --output text)",
                            "echo $ID");
        }
    }

    @Nested
    class NotebookCells {

        @Test
        void aCommandFollowedByAnAwsLineRunsBoth() {
            // %clock used to take the aws line as its arguments and skip it.
            assertThat(kinds("%clock\naws ec2 describe-instances")).containsExactly(Cell.Magic.class, Cell.Shell.class);
        }

        @Test
        void aCommandAfterAwsLinesIsACommandNotABashLine() {
            // "%advance" on a later line used to reach bash: "bash: %advance: command not found".
            assertThat(CellSplitter.split("aws ec2 describe-instances\n%advance 1h"))
                    .containsExactly(
                            new Cell.Shell("aws ec2 describe-instances"),
                            new Cell.Magic("%advance 1h", "advance", "1h"));
        }

        @Test
        void javaBetweenCommandsIsItsOwnCell() {
            assertThat(texts("%advance 5m\nint n = ec2.describeInstances().reservations().size();\n%state"))
                    .containsExactly("%advance 5m", "int n = ec2.describeInstances().reservations().size();", "%state");
        }
    }

    @Nested
    class Cursor {

        @Test
        void theCellAtTheCursorIsFoundWithItsOffset() {
            String input = "%advance 5m\nec2.describeInst";
            CellSplitter.Located at = CellSplitter.at(input, input.length()).orElseThrow();
            assertThat(at.cell()).isInstanceOf(Cell.Java.class);
            assertThat(at.start()).isEqualTo(12);
            assertThat(CellSplitter.at(input, 3).orElseThrow().cell()).isInstanceOf(Cell.Magic.class);
        }
    }

    @Nested
    class Syntax {

        @Test
        void javaBalanceSeesStringsCharsAndComments() {
            assertThat(JavaSyntax.balanced("f(\")\")")).isTrue();
            assertThat(JavaSyntax.balanced("char c = '{';")).isTrue();
            assertThat(JavaSyntax.balanced("void f() {")).isFalse();
            assertThat(JavaSyntax.balanced("String s = \"unclosed")).isFalse();
            assertThat(JavaSyntax.balanced("/* open")).isFalse();
        }

        @Test
        void literalsAndCommentsAreBlankedForChecks() {
            assertThat(JavaSyntax.withoutCommentsAndLiterals("f(\"Thread\"); // Runtime\nint x; /* Files */"))
                    .isEqualTo("f(\"\"); \nint x;  ");
        }

        @Test
        void shellCompletenessSeesQuotesSubstitutionsAndContinuations() {
            assertThat(ShellSyntax.complete("echo 'a")).isFalse();
            assertThat(ShellSyntax.complete("ID=$(aws ec2 describe-instances")).isFalse();
            assertThat(ShellSyntax.complete("aws ec2 describe-instances \\")).isFalse();
            assertThat(ShellSyntax.complete("echo \"it's\"")).isTrue();
        }
    }
}
