package org.ec2tutor.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Routing, magics, saving and the script runner, on sessions without Java (fast); Java has its own test. */
class SessionTest {

    private static Session session() {
        return Session.start(SessionOptions.scripted(9).withoutJava());
    }

    private static CellEvent.Failure error(CellResult r) {
        assertThat(r.succeeded()).isFalse();
        return r.events().stream()
                .filter(CellEvent.Failure.class::isInstance)
                .map(CellEvent.Failure.class::cast)
                .findFirst()
                .orElseThrow();
    }

    @Nested
    class Routing {

        @Test
        void anAwsCellPrintsItsOutput() {
            CellResult r = session().execute("aws ec2 describe-instances --output text");
            assertThat(r.succeeded()).isTrue();
            assertThat(r.events()).isEmpty();
            assertThat(session()
                            .execute("aws sts get-caller-identity --query Account --output text")
                            .stdout())
                    .isEqualTo("111122223333\n");
        }

        @Test
        void aFailingAwsCellIsAnErrorWithTheCliText() {
            CellEvent.Failure e = error(session().execute("aws ec2 stop-instances --instance-ids i-0123456789abcdef0"));
            assertThat(e.name()).isEqualTo("InvalidInstanceID.NotFound");
            assertThat(e.value()).startsWith("An error occurred (InvalidInstanceID.NotFound)");
        }

        @Test
        void executionCountsGrowAndHistoryKeepsEveryCell() {
            Session s = session();
            s.execute("echo one");
            CellResult second = s.execute("%clock");
            assertThat(second.executionCount()).isEqualTo(2);
            assertThat(s.history()).containsExactly("echo one", "%clock");
        }

        @Test
        void javaCellsSayWhenJavaIsOff() {
            assertThat(error(session().execute("1 + 1")).name()).isEqualTo("JavaUnavailable");
        }
    }

    @Nested
    class Magics {

        @Test
        void helpListsCommandsAndExplainsJshellNames() {
            Session s = session();
            assertThat(s.execute("%help").stdout())
                    .contains("%advance DURATION")
                    .contains("%reset [--seed N]");
            assertThat(s.execute("%help save").stdout()).contains("jshell's /save");
        }

        @Test
        void everyLineOfTheTourRunsAsShownInAFreshSession() {
            // The tour's lines are "COMMAND   explanation" (or a command alone); a learner copies them in order.
            try (Session s = Session.start(SessionOptions.scripted(9))) {
                List<String> lines =
                        s.execute("%help intro").stdout().lines().skip(1).toList();
                List<String> commands = lines.stream()
                        .map(l -> l.strip().split("\\s{2,}", -1)[0])
                        .toList();
                assertThat(commands)
                        .as("the tour shows commands")
                        .hasSizeGreaterThan(5)
                        .contains("%help", "%lessons")
                        .anyMatch(c -> c.startsWith("aws "))
                        .anyMatch(c -> c.startsWith("ec2."));
                for (String command : commands) {
                    CellResult r = s.execute(command);
                    assertThat(r.succeeded()).as(command + " -> " + r.asText()).isTrue();
                }
                assertThat(s.execute("echo $ID").stdout())
                        .as("the tour's variable")
                        .matches("i-[0-9a-f]{17}\n");
            }
        }

        @Test
        void aWrongMagicPrintsItsUsage() {
            CellEvent.Failure e = error(session().execute("%advance soon"));
            assertThat(e.traceback())
                    .containsExactly(
                            "Not a duration: soon", "usage: %advance DURATION   (e.g. 30s, 5m, 2h, 30d, 1h30m)");
            assertThat(error(session().execute("%bogus")).value()).contains("Unknown command %bogus");
        }

        @Test
        void accountAndRegionSwitchWhatAwsLinesSee() {
            Session s = session();
            assertThat(s.execute("%account teammate").stdout()).startsWith("Account 444455556666 (profile teammate)");
            assertThat(s.execute("aws sts get-caller-identity --query Account --output text")
                            .stdout())
                    .isEqualTo("444455556666\n");
            s.execute("%account 777788889999");
            assertThat(s.profile()).isEqualTo("outsider");
            s.execute("%region eu-west-1");
            assertThat(s.region()).isEqualTo("eu-west-1");
            assertThat(error(s.execute("%region mars-1")).value()).contains("No Region mars-1");
        }

        @Test
        void advanceAndClockMoveSimulatedTime() {
            Session s = session();
            s.execute("%advance 1h30m");
            assertThat(s.execute("%clock").stdout()).startsWith("2026-01-01T01:30:00Z");
            s.execute("%advance 30d");
            assertThat(s.now().toString()).isEqualTo("2026-01-31T01:30:00Z");
        }

        @Test
        void stateShowsTheAccountAsTextAndHtml() {
            Session s = session();
            s.execute("aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro "
                    + "--tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web}]'");
            CellResult r = s.execute("%state");
            CellEvent.Display d = (CellEvent.Display) r.events().get(0);
            assertThat(d.data().get("text/plain"))
                    .contains("Instances: 1\n")
                    .contains("pending")
                    .contains("web")
                    .contains("\nImages: none\nVolumes: 1\n")
                    .endsWith("Snapshots: none\n");
            assertThat(d.data().get("text/html"))
                    .contains("<caption>Instances</caption>")
                    .contains("<td>web</td>");
        }

        @Test
        void describeOutputComesWithAnHtmlTableBesideTheJson() {
            Session s = session();
            s.execute("aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro "
                    + "--tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web}]'");
            CellResult r = s.execute("aws ec2 describe-instances");
            CellEvent.Display d = (CellEvent.Display) r.events().get(0);
            assertThat(d.data().get("text/plain")).startsWith("{\n    \"Reservations\": [");
            assertThat(d.data().get("text/html"))
                    .contains("<caption>Instances (1)</caption>")
                    .contains(">State</th>")
                    .contains(">pending</td>")
                    .contains(">web</td>")
                    .containsPattern("(?s)>Name</th>.*>InstanceId</th>.*>State</th>.*>InstanceType</th>"
                            + ".*>AvailabilityZone</th>.*>PrivateIpAddress</th>.*>ImageId</th>")
                    .contains("overflow-x:auto")
                    .contains("<details><summary>Instances 1: web (the whole record)</summary>");
            assertThat(r.asText())
                    .as("terminals print the JSON unchanged")
                    .isEqualTo(s.execute("aws ec2 describe-instances --output json")
                            .stdout());
            assertThat(s.execute("aws ec2 describe-instances --output text")
                            .events()
                            .get(0))
                    .isInstanceOf(CellEvent.Stream.class);
        }

        @Test
        void theLifecycleDiagramMarksTheCurrentState() {
            Session s = session();
            s.execute("ID=$(aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro "
                    + "--query 'Instances[0].InstanceId' --output text)");
            s.execute("aws ec2 wait instance-running --instance-ids $ID");
            CellResult r = s.execute("%state --diagram");
            CellEvent.Display d = (CellEvent.Display) r.events().get(0);
            String id = s.variables().expand("ID");
            assertThat(d.data().get("text/plain"))
                    .isEqualTo(
                            id + ": pending -> [running] -> stopping -> stopped; " + "shutting-down -> terminated\n");
            String svg = d.data().get("image/svg+xml");
            assertThat(svg)
                    .startsWith("<svg")
                    .contains(id + ": running")
                    .containsPattern("fill=\"#ff9900\" stroke=\"#232f3e\" stroke-width=\"3\"/>\\s*<text[^>]*"
                            + "font-weight=\"bold\">running</text>");
            assertThat(error(s.execute("%state --diagram i-0123456789abcdef0")).value())
                    .contains("No instance");
        }

        @Test
        void billShowsWhatTheAccountsUseCostLineByLine() {
            Session s = session();
            assertThat(((CellEvent.Display) s.execute("%bill").events().get(0))
                            .data()
                            .get("text/plain"))
                    .contains("No usage yet")
                    .endsWith("$0.000000\n");
            s.execute("ID=$(aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro "
                    + "--query 'Instances[0].InstanceId' --output text)");
            s.execute("aws ec2 wait instance-running --instance-ids $ID");
            s.execute("%advance 1h");
            s.execute("aws ec2 stop-instances --instance-ids $ID");
            s.execute("%advance 30d");
            CellEvent.Display d =
                    (CellEvent.Display) s.execute("%bill").events().get(0);
            String text = d.data().get("text/plain");
            String id = s.variables().expand("ID");
            // One hour of a t3.micro at $0.0104 (the wait ended as it reached running), the public IPv4 until
            // the stop completed, and the root volume for the whole month and a bit.
            assertThat(text)
                    .containsPattern("BoxUsage:t3.micro +" + id + " +On-Demand +1.000000 Hrs +\\$0.010400 +\\$0.010400")
                    .containsPattern("PublicIPv4:InUseAddress +[0-9.]+ +- +1.016667 Hrs")
                    .containsPattern("EBS:VolumeUsage.gp3 +vol-[0-9a-f]{17} +- +[0-9.]+ GB-Mo")
                    .contains("Amazon Elastic Compute Cloud - Compute")
                    .contains("Total");
            assertThat(d.data().get("text/html"))
                    .contains("<td>BoxUsage:t3.micro</td>")
                    .contains("<svg");
            assertThat(error(s.execute("%bill --from 2026-02-01 --to 2026-01-01"))
                            .value())
                    .contains("Start date (and hour) should be before end date (and hour)");
            assertThat(error(s.execute("%bill --from yesterday")).value()).contains("Not a date: yesterday");
            String january = ((CellEvent.Display) s.execute("%bill --from 2026-01-01 --to 2026-01-01T00:30:00Z")
                            .events()
                            .get(0))
                    .data()
                    .get("text/plain");
            assertThat(january)
                    .as("a window before the launch ended has less compute")
                    .doesNotContain("1.000000 Hrs");
        }

        @Test
        void billGroupsItsTotalsByPurchaseTypeOrInstanceTypeAsCostExplorerDoes() {
            Session s = session();
            s.execute("aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro");
            s.execute("aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type c5.large "
                    + "--instance-market-options MarketType=spot");
            s.execute("aws ec2 allocate-hosts --instance-family m5 --availability-zone us-east-1a");
            s.execute("%advance 1h");
            String byPurchase = ((CellEvent.Display)
                            s.execute("%bill --group-by PURCHASE_TYPE").events().get(0))
                    .data()
                    .get("text/plain");
            assertThat(byPurchase)
                    .contains("Cost by purchase type:")
                    .containsPattern("\\nOn Demand Instances +\\$5\\.")
                    .containsPattern("\\nSpot Instances +\\$0\\.0");
            String byType = ((CellEvent.Display)
                            s.execute("%bill --group-by instance_type").events().get(0))
                    .data()
                    .get("text/plain");
            assertThat(byType)
                    .containsPattern("\\nt3.micro +\\$0\\.0")
                    .containsPattern("\\nc5.large +\\$0\\.0")
                    .containsPattern("\\nNoInstanceType +\\$5\\.");
            // Savings Plans made the bill regional (an EC2 Instance plan covers one Region): it groups by Region too.
            assertThat(((CellEvent.Display) s.execute("%bill --group-by REGION")
                                    .events()
                                    .get(0))
                            .data()
                            .get("text/plain"))
                    .containsPattern("\\nus-east-1 +\\$5\\.");
            assertThat(error(s.execute("%bill --group-by COLOR")).value()).contains("Unknown --group-by COLOR");
        }

        @Test
        void billStartsWithTheFirstChargeEvenWhenNothingRan() {
            Session s = session();
            s.execute("CR=$(aws ec2 create-capacity-reservation --instance-type t3.micro --instance-platform "
                    + "Linux/UNIX --availability-zone us-east-1a --instance-count 1 "
                    + "--query CapacityReservation.CapacityReservationId --output text)");
            s.execute("%advance 2h");
            assertThat(s.execute("aws ec2 cancel-capacity-reservation --capacity-reservation-id $CR")
                            .stdout())
                    .contains("\"Return\": true");
            s.execute("%advance 2h");
            String text = ((CellEvent.Display) s.execute("%bill").events().get(0))
                    .data()
                    .get("text/plain");
            assertThat(text)
                    .contains("from 2026-01-01T00:00:00Z")
                    .containsPattern("Reservation:t3.micro +" + s.variables().expand("CR")
                            + " +On-Demand +2.000000 Hrs +\\$0.010400 +\\$0.020800");
        }

        @Test
        void spotInterruptTakesTheVariableAndTheInstanceFollowsItsBehaviour() {
            Session s = session();
            s.execute("ID=$(aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro "
                    + "--instance-market-options 'MarketType=spot,SpotOptions={SpotInstanceType=persistent,"
                    + "InstanceInterruptionBehavior=stop}' --query 'Instances[0].InstanceId' --output text)");
            s.execute("aws ec2 wait instance-running --instance-ids $ID");
            assertThat(s.execute("%spot-interrupt $ID").stdout())
                    .startsWith("EC2 gave " + s.variables().expand("ID") + " its two-minute interruption notice");
            assertThat(error(s.execute("%spot-interrupt $ID")).value()).contains("already has its notice");
            s.execute("%advance 2m");
            assertThat(s.execute("aws ec2 describe-instances --instance-ids $ID --query "
                                    + "'Reservations[0].Instances[0].[State.Name,StateReason.Code]' --output text")
                            .stdout())
                    .isEqualTo("stopping\tServer.SpotInstanceShutdown\n");
            assertThat(error(s.execute("%spot-interrupt")).value()).contains("usage: %spot-interrupt INSTANCE_ID");
        }

        @Test
        void costCompareMarksTheCheapestWayToPay() {
            Session s = session();
            CellEvent.Display d =
                    (CellEvent.Display) s.execute("%cost-compare m5.large --count 3 --hours-per-day 24 --months 12")
                            .events()
                            .get(0);
            String text = d.data().get("text/plain");
            assertThat(text)
                    .startsWith("3 x m5.large in us-east-1, 24 h/day for 12 months")
                    .containsPattern(
                            "Spot \\(if never interrupted\\) +\\$0.00 +\\$\\d+\\.\\d\\d +\\d\\d% +none  <- cheapest")
                    .containsPattern(
                            "RI standard 1y All Upfront +\\$\\d+\\.\\d\\d +\\$\\d+\\.\\d\\d +42% +12 months\\n")
                    .containsPattern("On-Demand +\\$0.00 +\\$2522.88 +none");
            assertThat(d.data().get("text/html")).contains("(cheapest)").contains("<svg");
            assertThat(error(s.execute("%cost-compare m5.large --count -1")).value())
                    .contains("--count takes a whole number above 0, not -1");
            assertThat(error(s.execute("%cost-compare m5.large --hours-per-day 25"))
                            .value())
                    .contains("--hours-per-day takes a number of hours above 0 and up to 24");
            assertThat(error(s.execute("%cost-compare m9.huge")).value()).contains("No instance type m9.huge");
            assertThat(error(s.execute("%cost-compare")).value()).contains("usage: %cost-compare INSTANCE_TYPE");
        }

        @Test
        void varsListsShellVariables() {
            Session s = session();
            s.execute("NAME=web");
            assertThat(s.execute("%vars").stdout()).isEqualTo("NAME=web\n");
        }

        @Test
        void resetStartsANewCloud() {
            Session s = session();
            s.execute("aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro");
            s.execute("%reset --seed 3");
            assertThat(s.execute("aws ec2 describe-instances --query 'length(Reservations)'")
                            .stdout())
                    .isEqualTo("0\n");
        }

        @Test
        void openRunsAScriptsCells(@TempDir Path dir) throws IOException {
            Files.writeString(dir.resolve("setup.txt"), "NAME=from-script\necho $NAME\n%advance 5m\n");
            Session s = Session.start(new SessionOptions(1, 0, Optional.empty(), dir, false));
            CellResult r = s.execute("%open setup.txt");
            assertThat(r.succeeded()).isTrue();
            assertThat(r.stdout()).startsWith("from-script\n");
            assertThat(s.now().toString()).isEqualTo("2026-01-01T00:05:00Z");
        }
    }

    @Nested
    class Saving {

        @Test
        void aHomeThatStopsBeingWritableIsSaidOnceAndTheSessionGoesOnInMemory(@TempDir Path dir) throws IOException {
            Path folder = Files.createDirectories(dir.resolve("sessions"));
            Session s = Session.start(SessionOptions.scripted(21).withoutJava().withSaveFile(folder.resolve("s.json")));
            assertThat(s.execute("NOTE=one").succeeded()).isTrue();
            Files.delete(folder.resolve("s.json"));
            Files.delete(folder);
            Files.writeString(folder, "a file where the folder was");
            CellResult broken = s.execute("NOTE=two");
            assertThat(broken.succeeded()).isTrue();
            String said = broken.events().stream()
                    .filter(CellEvent.Stream.class::isInstance)
                    .map(e -> ((CellEvent.Stream) e).text())
                    .reduce("", String::concat);
            assertThat(said)
                    .startsWith("Could not save the session (cannot write " + folder.resolve("s.json"))
                    .endsWith("it goes on in memory and is saved again when it can be.\n")
                    .doesNotContain("Exception");
            assertThat(s.execute("echo $NOTE").stdout()).isEqualTo("two\n");
            assertThat(s.saveProblem()).isPresent();
        }

        @Test
        void everyCellAutosavesAndLoadRestoresTheSameAccount(@TempDir Path dir) {
            Path save = dir.resolve("session.json");
            Session first =
                    Session.start(SessionOptions.scripted(21).withoutJava().withSaveFile(save));
            first.execute("ID=$(aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro "
                    + "--query 'Instances[0].InstanceId' --output text)");
            first.execute("aws ec2 wait instance-running --instance-ids $ID");
            first.execute("%advance 10m");
            String before = first.execute("aws ec2 describe-instances").stdout();
            assertThat(save).exists();

            Session second = Session.start(SessionOptions.scripted(99).withoutJava());
            CellResult r = second.execute("%load " + save);
            assertThat(r.succeeded()).isTrue();
            assertThat(second.execute("aws ec2 describe-instances").stdout()).isEqualTo(before);
            assertThat(second.variables().expand("ID"))
                    .isEqualTo(first.variables().expand("ID"));
            assertThat(second.now()).isEqualTo(first.now());
        }

        @Test
        void aSavedFileHasAVersion(@TempDir Path dir) throws IOException {
            Session s = session();
            s.execute("echo hi");
            s.execute("%save " + dir.resolve("mine.json"));
            assertThat(Files.readString(dir.resolve("mine.json")))
                    .contains("\"version\" : 2")
                    .contains("echo hi");
        }

        @Test
        void aCorruptFileIsReportedAndKeptUntouched(@TempDir Path dir) throws IOException {
            Path bad = dir.resolve("bad.json");
            Files.writeString(bad, "{ this is not json");
            Session s = session();
            s.execute("NAME=kept");
            CellEvent.Failure e = error(s.execute("%load " + bad));
            assertThat(e.value())
                    .contains("is not a readable ec2-tutor session")
                    .contains("left as it is");
            assertThat(Files.readString(bad)).isEqualTo("{ this is not json");
            assertThat(s.variables().expand("NAME")).as("nothing lost").isEqualTo("kept");
        }

        @Test
        void aMissingFileIsReported(@TempDir Path dir) {
            assertThat(error(session().execute("%load " + dir.resolve("none.json")))
                            .value())
                    .startsWith("No such file");
        }
    }

    @Nested
    class Runner {

        private String run(Path dir, long seed, String... files) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
            ScriptRunner.run(seed, false, Arrays.stream(files).map(Path::of).toList(), dir, ps, ps);
            return out.toString(StandardCharsets.UTF_8);
        }

        @Test
        void theSameFileAndSeedGiveByteIdenticalOutput(@TempDir Path dir) throws IOException {
            Files.writeString(dir.resolve("lesson.txt"), """
                    ID=$(aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro \\
                        --query 'Instances[0].InstanceId' --output text)
                    aws ec2 wait instance-running --instance-ids $ID
                    aws ec2 describe-instances --instance-ids $ID
                    %state
                    """);
            String a = run(dir, 7, "lesson.txt");
            assertThat(a).contains("\"InstanceId\": \"i-").contains("running");
            assertThat(run(dir, 7, "lesson.txt")).isEqualTo(a);
            assertThat(run(dir, 8, "lesson.txt")).isNotEqualTo(a);
        }

        @Test
        void exitCodesSayWhatHappened(@TempDir Path dir) throws IOException {
            Files.writeString(dir.resolve("ok.txt"), "echo fine\n");
            Files.writeString(dir.resolve("bad.txt"), """
                    aws ec2 stop-instances --instance-ids i-0123456789abcdef0
                    echo after
                    """);
            PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
            assertThat(ScriptRunner.run(1, false, List.of(Path.of("ok.txt")), dir, quiet, quiet))
                    .isZero();
            assertThat(ScriptRunner.run(1, false, List.of(Path.of("bad.txt")), dir, quiet, quiet))
                    .isEqualTo(1);
            assertThat(ScriptRunner.run(1, false, List.of(Path.of("none.txt")), dir, quiet, quiet))
                    .isEqualTo(2);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
            assertThat(ScriptRunner.run(1, true, List.of(Path.of("bad.txt")), dir, ps, ps))
                    .isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("after");
        }

        @Test
        void notebooksRunTheirCodeCells(@TempDir Path dir) throws IOException {
            Files.writeString(dir.resolve("nb.ipynb"), """
                    {"cells": [
                      {"cell_type": "markdown", "source": ["# Title"]},
                      {"cell_type": "code", "source": ["NAME=nb\\n", "echo $NAME"], "outputs": []}
                    ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
                    """);
            assertThat(run(dir, 1, "nb.ipynb")).isEqualTo("nb\n");
        }
    }
}
