package org.ec2tutor.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * A seeded fuzz run against one session (issue 21): random cells of every kind (aws lines with random options and
 * values, shell lines with quotes and substitutions, %commands, Java snippets), each with a time limit. No output may
 * leak a Java name ({@code Exception}, {@code at org.}, {@code java.}), no cell may hang, and the session must answer
 * after every cell. {@code make test} runs it for a few seconds; {@code make fuzz} for {@code FUZZ_SECONDS}
 * ({@code -Dfuzz.seconds}, seed {@code -Dfuzz.seed}). A failure prints the seed and the cell, to become a test in
 * {@link HostileInputTest}.
 */
class SessionFuzzTest {

    private static final Duration CELL_LIMIT = Duration.ofSeconds(30);

    private static final List<String> OPERATIONS = List.of(
            "describe-instances",
            "describe-regions",
            "describe-images",
            "run-instances",
            "stop-instances",
            "start-instances",
            "terminate-instances",
            "describe-volumes",
            "create-tags",
            "describe-spot-price-history",
            "describe-instance-types",
            "describe-security-groups",
            "create-security-group",
            "describe-key-pairs",
            "create-key-pair",
            "wait",
            "nonsense-op");
    private static final List<String> OPTIONS = List.of(
            "--instance-ids",
            "--image-id",
            "--instance-type",
            "--count",
            "--max-results",
            "--max-items",
            "--filters",
            "--query",
            "--output",
            "--tag-specifications",
            "--tags",
            "--region",
            "--profile",
            "--start-time",
            "--instance-types",
            "--group-name",
            "--description",
            "--key-name",
            "--dry-run",
            "--no-paginate",
            "--cli-input-json",
            "--bogus");
    private static final List<String> VALUES = List.of(
            "i-0123456789abcdef0",
            "ami-0fa3fe0fa7920f68e",
            "t3.micro",
            "0",
            "-1",
            "99999999999",
            "1e400",
            "Name=instance-state-name,Values=running",
            "Key=Name,Value=web",
            "'Reservations[].Instances[].InstanceId'",
            "'[[['",
            "'length(`1`)'",
            "json",
            "text",
            "table",
            "yaml",
            "us-east-1",
            "mars-1",
            "teammate",
            "2026-01-01T00:00:00Z",
            "not-a-date",
            "'{\"a\":[1,2,{\"b\":null}]}'",
            "'[{\"Name\":\"x\",\"Values\":[\"y\"]}]'",
            "\"unterminated",
            "$(echo nested)",
            "$X",
            "${UNSET}",
            "''",
            "\\$",
            "\u0001\u0007\u001b[31m",
            "ü日本");
    private static final List<String> COMMANDS = List.of(
            "%advance 1h",
            "%advance 36500d",
            "%advance 99999999999999999999d",
            "%advance -5m",
            "%advance",
            "%clock",
            "%bill",
            "%bill --from 2026-01-01",
            "%bill --from nope",
            "%state",
            "%help",
            "%lessons",
            "%check",
            "%nonsense",
            "%cost-compare",
            "%history");
    private static final List<String> JAVA = List.of(
            "int x = 1 + 2;",
            "x * 7",
            "String s = \"a\" + \"b\";",
            "s.length()",
            "var ids = vars.get(\"X\");",
            "ec2.describeRegions().regions().size()",
            "for (int i = 0; i < 3; i++) { System.out.println(i); }",
            "Math.max(3, 4)",
            "List.of(1, 2, 3).size()");

    @Test
    void randomCellsNeverLeakJavaNamesHangOrEndTheSession() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        Duration budget = Duration.ofSeconds(Long.getLong("fuzz.seconds", 4));
        Random random = new Random(seed);
        // First, so a run that ends the JVM (out of memory) can still be repeated with -Dfuzz.seed.
        System.out.printf("fuzz: seed %d, %s%n", seed, budget);
        ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "fuzz-cell", 4 << 20);
            t.setDaemon(true);
            return t;
        });
        int cells = 0;
        long deadline = System.nanoTime() + budget.toNanos();
        try (Session session = Session.start(SessionOptions.scripted(seed).withJavaOnDemand())) {
            // The random Java cells call it, as learners call what they declared.
            assertThat(session.execute("int ec2tutorFuzzOr(int n) { return n * 3; }")
                            .succeeded())
                    .isTrue();
            while (System.nanoTime() < deadline) {
                String cell = cell(random);
                Future<CellResult> running = runner.submit(() -> session.execute(cell));
                CellResult r;
                try {
                    r = running.get(CELL_LIMIT.toSeconds(), TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    session.interrupt();
                    throw new AssertionError("seed " + seed + ": cell hung for " + CELL_LIMIT + ":\n" + cell);
                }
                String text = r.asText();
                assertThat(text)
                        .as("seed %d, cell:%n%s", seed, cell)
                        .doesNotContain("Exception")
                        .doesNotContain("at org.")
                        .doesNotContain("java.");
                cells++;
            }
            assertThat(session.execute("echo alive").stdout())
                    .as("seed %d: the session answers after %d cells", seed, cells)
                    .isEqualTo("alive\n");
        } finally {
            runner.shutdownNow();
        }
        System.out.printf("fuzz: %d cells in %s, seed %d%n", cells, budget, seed);
    }

    private static String cell(Random r) {
        int lines = 1 + (r.nextInt(5) == 0 ? r.nextInt(4) : 0);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            b.append(line(r)).append('\n');
        }
        return b.toString();
    }

    private static String line(Random r) {
        return switch (r.nextInt(7)) {
            case 0, 1, 2 -> awsLine(r);
            case 3 -> shellLine(r);
            case 4 -> pick(r, COMMANDS);
            case 5 -> r.nextBoolean() ? pick(r, JAVA) : randomJava(r);
            default -> hostile(r);
        };
    }

    private static String awsLine(Random r) {
        StringBuilder b = new StringBuilder("aws ec2 ").append(pick(r, OPERATIONS));
        int options = r.nextInt(5);
        for (int i = 0; i < options; i++) {
            b.append(' ').append(pick(r, OPTIONS));
            int values = r.nextInt(3);
            for (int v = 0; v < values; v++) {
                b.append(' ').append(pick(r, VALUES));
            }
        }
        return b.toString();
    }

    private static String shellLine(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> "X=$(" + awsLine(r) + " --query 'Reservations[0].Instances[0].InstanceId' --output text)";
            case 1 -> "echo " + pick(r, VALUES) + " " + pick(r, VALUES);
            case 2 -> "export Y=" + pick(r, VALUES);
            case 3 -> "echo $(" + "echo $(".repeat(r.nextInt(40)) + "echo deep" + ")".repeat(r.nextInt(45));
            default -> "ls -la";
        };
    }

    /**
     * A random well-typed Java cell: a declaration or expression over int and String values, literals and the
     * variables earlier cells declared (v0..v9, declared again at random), so each run compiles and runs new code.
     */
    private static String randomJava(Random r) {
        String expr = intExpr(r, 1 + r.nextInt(5));
        return switch (r.nextInt(4)) {
            case 0 -> "int v" + r.nextInt(10) + " = " + expr + ";";
            case 1 -> "String s" + r.nextInt(3) + " = \"n=\" + (" + expr + ");";
            case 2 -> "for (int i = 0; i < " + r.nextInt(5) + "; i++) { System.out.println(" + expr + "); }";
            default -> expr;
        };
    }

    private static String intExpr(Random r, int depth) {
        if (depth == 0) {
            return switch (r.nextInt(4)) {
                case 0 -> Integer.toString(r.nextInt(1000) - 500);
                case 1 -> "Integer.MAX_VALUE";
                case 2 -> "ec2tutorFuzzOr(" + r.nextInt(10) + ")";
                default -> "\"" + "ab\\\"c".repeat(r.nextInt(3)) + "\".length()";
            };
        }
        String a = intExpr(r, depth - 1);
        String b = intExpr(r, r.nextInt(depth));
        return switch (r.nextInt(6)) {
            case 0 -> "(" + a + " + " + b + ")";
            case 1 -> "(" + a + " - " + b + ")";
            case 2 -> "(" + a + " * " + b + ")";
            case 3 -> "Math.max(" + a + ", " + b + ")";
            case 4 -> "Integer.valueOf(" + a + ").hashCode()";
            default -> "(" + a + " > " + b + " ? " + a + " : " + b + ")";
        };
    }

    /** The shapes issue 21 found: deep nesting, huge sizes, unbalanced openers. */
    private static String hostile(Random r) {
        int n = 1 + r.nextInt(3000);
        return switch (r.nextInt(8)) {
            case 0 -> "aws ec2 describe-regions --query '" + "(".repeat(n) + "Regions" + ")".repeat(n) + "'";
            case 1 -> "aws ec2 describe-instances --filters '" + "[".repeat(n) + "]".repeat(n) + "'";
            case 2 ->
                "aws ec2 describe-instances --filters 'Name=a,Values=" + "[".repeat(n) + "x" + "]".repeat(n) + "'";
            case 3 -> "int big = " + "1+".repeat(n * 10) + "1;";
            case 4 -> "int deep = " + "(".repeat(n) + "1" + ")".repeat(n) + ";";
            case 5 -> "X=$(aws ec2 describe-instances";
            case 6 -> "aws ec2 describe-instances --instance-ids " + "i".repeat(n * 50);
            default -> "%advance " + n + "d";
        };
    }

    private static String pick(Random r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }
}
