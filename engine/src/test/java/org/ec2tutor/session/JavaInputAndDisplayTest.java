package org.ec2tutor.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A Java cell reads what the front end gives it, and shows rich output it can update. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JavaInputAndDisplayTest {

    private Session session;

    @BeforeAll
    void start() {
        session = Session.start(SessionOptions.scripted(5));
        session.awaitJava();
    }

    @AfterAll
    void stop() {
        session.close();
    }

    /** Answers each request with the next line and remembers what was asked. */
    private static final class Answers implements CellInput {
        final Deque<String> lines;
        final List<String> asked = new ArrayList<>();

        Answers(String... lines) {
            this.lines = new ArrayDeque<>(List.of(lines));
        }

        @Override
        public Optional<String> readLine(String prompt, boolean password) {
            asked.add((password ? "password:" : "line:") + prompt);
            return Optional.ofNullable(lines.poll());
        }
    }

    @Test
    void scannerOnSystemInReadsTheFrontEndsLinesOneRequestPerLine() {
        Answers answers = new Answers("t3.micro", "3");
        CellResult r = session.execute("""
                var in = new Scanner(System.in);
                String type = in.nextLine();
                int count = Integer.parseInt(in.nextLine());
                System.out.println(count + " x " + type);
                """, e -> {}, answers);
        assertThat(r.succeeded()).as(r.asText()).isTrue();
        assertThat(r.asText()).contains("3 x t3.micro");
        assertThat(answers.asked).containsExactly("line:", "line:");
    }

    @Test
    void withoutInputSystemInEndsAtOnce() {
        CellResult r = session.execute(
                "new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine() == null");
        assertThat(r.asText()).isEqualTo("true\n");
    }

    @Test
    void readPasswordAsksWithoutEcho() {
        Answers answers = new Answers("s3cret");
        CellResult r = session.execute("new String(readPassword(\"Key: \")).length()", e -> {}, answers);
        assertThat(r.asText()).isEqualTo("6\n");
        assertThat(answers.asked).containsExactly("password:Key: ");
    }

    @Test
    void displayShowsModelObjectsAsTheDescribeTableAndUpdateReplacesIt() {
        session.execute("aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro");
        CellResult shown =
                session.execute("var id = display(ec2.describeInstances().reservations().get(0).instances());");
        CellEvent.Display table = displays(shown).get(0);
        assertThat(table.displayId()).isPresent();
        assertThat(table.update()).isFalse();
        assertThat(table.data().get("text/html")).contains("<th style=\"white-space:nowrap\">InstanceId</th>");
        assertThat(table.data().get("text/plain")).contains("\"Instances\"").contains("\"InstanceId\": \"i-");

        CellResult updated = session.execute("updateDisplay(id, html(\"<b>stopped</b>\"));");
        CellEvent.Display update = displays(updated).get(0);
        assertThat(update.update()).isTrue();
        assertThat(update.displayId()).isEqualTo(table.displayId());
        assertThat(update.data()).containsEntry("text/html", "<b>stopped</b>");
    }

    @Test
    void imagesAreShownAsPng() {
        CellResult r = session.execute(
                "display(new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB));");
        CellEvent.Display image = displays(r).get(0);
        assertThat(image.data().get("text/plain")).isEqualTo("<image 4x3>");
        // A PNG starts with the bytes 89 50 4E 47, "iVBORw" in base64.
        assertThat(image.data().get("image/png")).startsWith("iVBORw");
    }

    private static List<CellEvent.Display> displays(CellResult r) {
        assertThat(r.succeeded()).as(r.asText()).isTrue();
        return r.events().stream()
                .filter(CellEvent.Display.class::isInstance)
                .map(CellEvent.Display.class::cast)
                .toList();
    }
}
