package org.ec2tutor.lesson;

import java.util.Optional;

/**
 * A lesson file as found: its id, where it came from (named in errors), its text, and its reference solutions
 * ({@code solution-cli.cells}, {@code solution-java.cells} next to it) if it has them.
 */
public record LessonSource(
        String id, String location, String text, Optional<String> cliSolution, Optional<String> javaSolution) {}
