package org.ec2tutor.lesson;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where lessons come from: the ones that ship with ec2-tutor ({@code lessons/index.txt} lists them in teaching
 * order) and a teacher's folders, each holding {@code ID/lesson.ftl} (with optional {@code solution-cli.cells} and
 * {@code solution-java.cells}) or {@code ID.ftl}. A teacher's lesson with a built-in id replaces the built-in one.
 */
public final class LessonLibrary {

    /** The environment variable naming a teacher's lesson folder(s), separated like a path. */
    public static final String ENVIRONMENT = "EC2_TUTOR_LESSONS";

    private final List<Path> folders;

    public LessonLibrary(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** The built-in lessons only. */
    public static LessonLibrary builtIn() {
        return new LessonLibrary(List.of());
    }

    /** The built-in lessons plus the folders of {@code EC2_TUTOR_LESSONS} and {@code extra}. */
    public static LessonLibrary standard(List<Path> extra) {
        List<Path> folders = new ArrayList<>();
        String env = System.getenv(ENVIRONMENT);
        if (env != null && !env.isBlank()) {
            for (String p : env.split(File.pathSeparator, -1)) {
                if (!p.isBlank()) {
                    folders.add(Path.of(p));
                }
            }
        }
        folders.addAll(extra);
        return new LessonLibrary(folders);
    }

    /** Every lesson, built-in ones first in teaching order, then teachers' ones by id. */
    public List<LessonSource> all() {
        Map<String, LessonSource> byId = new LinkedHashMap<>();
        for (String id : builtInIds()) {
            byId.put(
                    id,
                    builtIn(id)
                            .orElseThrow(() -> new LessonException("lessons/index.txt lists " + id + " but lessons/"
                                    + id + "/lesson.ftl is missing.")));
        }
        for (Path folder : folders) {
            for (LessonSource s : inFolder(folder)) {
                byId.put(s.id(), s);
            }
        }
        return List.copyOf(byId.values());
    }

    public Optional<LessonSource> find(String id) {
        return all().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private static List<String> builtInIds() {
        return resource("lessons/index.txt")
                .map(text -> text.lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .toList())
                .orElse(List.of());
    }

    private static Optional<LessonSource> builtIn(String id) {
        String base = "lessons/" + id + "/";
        return resource(base + "lesson.ftl")
                .map(text -> new LessonSource(
                        id,
                        base + "lesson.ftl",
                        text,
                        resource(base + "solution-cli.cells"),
                        resource(base + "solution-java.cells")));
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = LessonLibrary.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<LessonSource> inFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new LessonException("Lesson folder " + folder + " does not exist.");
        }
        List<LessonSource> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.sorted().toList()) {
                String file = p.getFileName().toString();
                if (Files.isDirectory(p) && Files.isRegularFile(p.resolve("lesson.ftl"))) {
                    out.add(new LessonSource(
                            file,
                            p.resolve("lesson.ftl").toString(),
                            read(p.resolve("lesson.ftl")),
                            readIfExists(p.resolve("solution-cli.cells")),
                            readIfExists(p.resolve("solution-java.cells"))));
                } else if (file.endsWith(".ftl") && Files.isRegularFile(p)) {
                    out.add(new LessonSource(
                            file.substring(0, file.length() - 4),
                            p.toString(),
                            read(p),
                            Optional.empty(),
                            Optional.empty()));
                }
            }
        } catch (IOException e) {
            throw new LessonException("Cannot read lesson folder " + folder + ": " + e.getMessage());
        }
        return out;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LessonException("Cannot read " + p + ": " + e.getMessage());
        }
    }

    private static Optional<String> readIfExists(Path p) {
        return Files.isRegularFile(p) ? Optional.of(read(p)) : Optional.empty();
    }
}
