package org.ec2tutor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ec2tutor.grade.GradeReport;
import org.ec2tutor.grade.Grader;
import org.ec2tutor.lesson.LessonLibrary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Grading throughput (issue 9): one {@code ec2-tutor grade} call on 100 submissions of the custom-ami lesson, on all
 * cores. The submissions are aws-line scripts as a class hands them in: 60 complete, 30 stopping after the image,
 * 10 empty. The score is submissions graded per second (target: at least 10 on the 2-core machine).
 */
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@OutputTimeUnit(TimeUnit.SECONDS)
@BenchmarkMode(Mode.Throughput)
@State(Scope.Benchmark)
public class GradingBenchmarks {

    private Path dir;
    private final List<Path> submissions = new ArrayList<>();

    @Setup(Level.Trial)
    public void aClassOfSubmissions() throws IOException {
        dir = Files.createTempDirectory("grading-bench");
        String full = LessonLibrary.builtIn()
                .find("custom-ami")
                .orElseThrow()
                .cliSolution()
                .orElseThrow();
        String[] cells = full.split("\n\n");
        String partial = String.join("\n\n", Arrays.copyOf(cells, 5));
        for (int i = 0; i < 100; i++) {
            String text = i < 60 ? full : i < 90 ? partial : "\n";
            submissions.add(Files.writeString(dir.resolve("student-" + i + ".cells"), text));
        }
    }

    @TearDown(Level.Trial)
    public void removeThem() throws IOException {
        for (Path p : submissions) {
            Files.deleteIfExists(p);
        }
        Files.deleteIfExists(dir);
    }

    @Benchmark
    @OperationsPerInvocation(100)
    public GradeReport grade100CustomAmiSubmissions() {
        GradeReport r = Grader.grade(Grader.Options.of("custom-ami"), submissions);
        if (r.submissions().get(0).score() != 5) {
            throw new IllegalStateException("a full submission did not score 5");
        }
        return r;
    }
}
