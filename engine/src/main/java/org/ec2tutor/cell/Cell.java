package org.ec2tutor.cell;

/**
 * One part of an input, as {@link CellSplitter} cuts it: a command ({@code %name args}), shell-style lines ({@code aws},
 * variables, {@code echo}) or Java. Every front end, the runner, the grader and lessons see the same parts.
 */
public sealed interface Cell {

    String text();

    /** {@code %name arguments}, one line. */
    record Magic(String text, String name, String arguments) implements Cell {}

    /** One shell command with its {@code \} continuations (and lines inside an open quote or {@code $(}). */
    record Shell(String text) implements Cell {}

    /** Java that JShell reads as one input: complete statements or declarations. */
    record Java(String text) implements Cell {}
}
