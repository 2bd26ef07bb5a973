package org.ec2tutor.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.ec2tutor.cell.Cell;
import org.ec2tutor.cell.CellSplitter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 21's table and list: inputs a learner can type by accident that used to end or hang the session. Each is run
 * through the session, must fail with words of the surface it was typed into (bash, the aws CLI, the Java compiler),
 * and the session must answer the next cell.
 */
class HostileInputTest {

    private static Session session;

    @BeforeAll
    static void start() {
        session = Session.start(SessionOptions.scripted(21));
    }

    @AfterAll
    static void stop() {
        session.close();
    }

    /** Runs {@code input}, which must fail in words and leave the session answering. */
    private static String refused(String input) {
        CellResult r = session.execute(input);
        String text = r.asText();
        assertThat(r.succeeded()).as(text).isFalse();
        assertNoJavaNames(text);
        assertStillAnswers();
        return text;
    }

    static void assertNoJavaNames(String text) {
        assertThat(text).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("java.");
    }

    private static void assertStillAnswers() {
        CellResult next = session.execute("echo still here");
        assertThat(next.stdout()).isEqualTo("still here\n");
    }

    private static String nested(String open, String inner, String close, int depth) {
        return open.repeat(depth) + inner + close.repeat(depth);
    }

    @Test
    void aThousandNestedCommandSubstitutionsAreABashError() {
        String line = nested("echo $(", "echo x", ")", 1000);
        assertThat(refused(line)).startsWith("bash: $(...): command substitution nested more than 32 levels deep");
    }

    @Test
    void aFewNestedCommandSubstitutionsStillRun() {
        assertThat(session.execute(nested("echo $(", "echo deep", ")", 10)).stdout())
                .isEqualTo("deep\n");
    }

    @Test
    void aDeeplyNestedQueryIsTheClisRecursionError() {
        String query = nested("(", "Regions", ")", 5000);
        assertThat(refused("aws ec2 describe-regions --query '" + query + "'"))
                .contains("Bad value for --query")
                .endsWith(": maximum recursion depth exceeded\n");
    }

    @Test
    void aLongFlatQueryIsRefusedOrRunsButNeverCrashes() {
        CellResult r = session.execute("aws ec2 describe-regions --query '" + "a.".repeat(20_000) + "a'");
        assertNoJavaNames(r.asText());
        assertStillAnswers();
    }

    @Test
    void aJmesPathSyntaxErrorIsWordedAsTheCliWordsIt() {
        String expected = """
                Bad value for --query [[[: Invalid jmespath expression: Incomplete expression:
                "[[["
                    ^
                """;
        assertThat(refused("aws ec2 describe-regions --query '[[['")).isEqualTo(expected);
    }

    @Test
    void aJmesPathFunctionOfTheWrongTypeIsWordedAsJmespathWordsIt() {
        assertThat(refused("aws ec2 describe-regions --query 'length(`1`)'"))
                .contains("In function length(), invalid type for value")
                .contains("expected one of: ['string', 'array', 'object'], received: \"number\"");
    }

    @Test
    void deepShorthandIsTheClisRecursionError() {
        String value = "Name=a,Values=" + nested("[", "x", "]", 2000);
        assertThat(refused("aws ec2 describe-instances --filters '" + value + "'"))
                .isEqualTo("maximum recursion depth exceeded\n");
    }

    @Test
    void deepJsonIsPythonsJsonRecursionError() {
        assertThat(refused("aws ec2 describe-instances --filters '" + nested("[", "", "]", 3000) + "'"))
                .isEqualTo("maximum recursion depth exceeded while decoding a JSON array from a unicode string\n");
    }

    @Test
    void anArgumentBeyondLinuxsLimitIsBashsArgumentListTooLong() {
        assertThat(refused("aws ec2 describe-instances --instance-ids " + "i".repeat(200_000)))
                .isEqualTo("bash: /usr/bin/aws: Argument list too long\n");
    }

    @Test
    void aHundredKilobyteJavaExpressionIsACompilerError() {
        String text = refused("int x = " + "1+".repeat(50_000) + "1;");
        assertThat(text).contains("code too large: this cell has 100,010 characters");
        assertThat(session.execute("int y = 1 + 1;").asText()).contains("2");
    }

    @Test
    void aLongJavaExpressionUnderTheSizeLimitIsACompilerErrorNotACrash() {
        assertThat(refused("int x = " + "1+".repeat(30_000) + "1;")).contains("expression too complex");
    }

    @Test
    void aChainOfOperatorsJavacWouldCrashOnIsRefusedBeforeIt() {
        // Found by SessionFuzzTest: javac printed its own crash report (a StackOverflowError) as the cell's output.
        assertThat(refused("int big = " + "1+".repeat(2_500) + "1;"))
                .contains("expression too complex: 2,500 operators; a cell may have at most 1,000");
    }

    @Test
    void deeplyNestedJavaIsACompilerError() {
        assertThat(refused("int x = " + nested("(", "1", ")", 5000) + ";"))
                .contains("expression too complex: brackets nest 5000 deep");
    }

    @Test
    void anUnbalancedSubstitutionDoesNotSwallowTheRestOfAScript() {
        String script = "echo before\nX=$(aws ec2 describe-instances\necho after\n%clock\n";
        assertThat(CellSplitter.split(script).stream().map(Cell::text))
                .containsExactly("echo before", "X=$(aws ec2 describe-instances", "echo after", "%clock");
        assertThat(refused("X=$(aws ec2 describe-instances"))
                .isEqualTo("bash: unexpected EOF while looking for matching `)'\n");
    }

    @Test
    void aSubstitutionOpenOverSeveralLinesStillJoinsThem() {
        String script = "X=$(aws ec2 describe-regions\n  --query 'Regions[0].RegionName' --output text)\necho $X\n";
        assertThat(CellSplitter.split(script)).hasSize(2);
    }

    @Test
    void aMissingCellIsAnEmptyOne() {
        assertThat(session.execute(null).succeeded()).isTrue();
        assertStillAnswers();
    }

    @Test
    void anIntegerBeyondItsFieldIsEc2sInvalidParameterValueNotAWrappedValue() {
        assertThat(refused("aws ec2 describe-instances --max-results 99999999999"))
                .isEqualTo("An error occurred (InvalidParameterValue) when calling the DescribeInstances operation: "
                        + "Value (99999999999) for parameter MaxResults is invalid.\n");
        assertThat(refused("aws ec2 describe-instances --cli-input-json '{\"MaxResults\": 1e400}'"))
                .doesNotContain("1215752191");
    }

    @Test
    void moreItemsThanAnIntHoldsMeansAllOfThem() {
        assertThat(session.execute("aws ec2 describe-instances --max-items 99999999999")
                        .succeeded())
                .isTrue();
    }

    @Test
    void anAdvanceBeyondTheCalendarIsRefusedInWords() {
        assertThat(refused("%advance 99999999999999d")).contains("Too long: simulated time moves at most 36500d");
        assertThat(refused("%advance 999999999999999999999999999999d")).contains("Too long");
    }

    /** Found by a 10-minute fuzz run: %history printed every cell whole, so after many huge cells it ran out of memory. */
    @Test
    void historyShowsTheNewestCellsAndShortensHugeOnes() {
        String huge = "echo " + "x".repeat(100_000);
        session.execute(huge);
        for (int i = 0; i < CellHistory.KEPT; i++) {
            session.execute("echo " + i);
        }
        session.execute(huge);
        String shown = session.execute("%history").asText();
        assertThat(shown).startsWith("(the first ").contains("... (100005 characters)");
        assertThat(shown.length()).isLessThan(60_000);
        assertNoJavaNames(shown);
    }

    @Test
    void anExpressionsValueIsShownButNotKeptAsAVariable() {
        // JShell kept each expression's value as a variable ($1, $2...) compiled into every later cell: a few thousand
        // expression cells made each cell take seconds and held hundreds of MB (the fuzz run ran out of heap).
        assertThat(session.execute("int kept = 6;").succeeded()).isTrue();
        for (int i = 1; i <= 5; i++) {
            assertThat(session.execute("kept * " + i).asText()).isEqualTo(6 * i + "\n");
        }
        assertThat(session.execute("%vars").asText()).contains("int kept = 6").doesNotContainPattern("\\$\\d+ =");
        assertThat(session.execute("kept + 1").asText()).isEqualTo("7\n");
    }
}
