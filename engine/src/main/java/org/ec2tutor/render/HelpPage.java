package org.ec2tutor.render;

import java.util.List;

/**
 * One page of {@code aws ... help} in the layout of the real CLI's man pages (template {@code aws/help}): NAME,
 * DESCRIPTION, then for a command SYNOPSIS, OPTIONS, GLOBAL OPTIONS and OUTPUT, for a service or {@code wait} the
 * AVAILABLE COMMANDS.
 *
 * @param name the command's word ({@code describe-instances}, {@code ec2}, {@code wait})
 * @param description paragraphs
 * @param command whether the page documents a runnable command (synopsis, options, output)
 * @param synopsis the synopsis' option lines, e.g. {@code [--filters <value>]}
 * @param options the command's own options, in the synopsis' order
 * @param paginated whether the command takes the CLI's pagination options
 * @param output the response's members; empty prints {@code None}
 * @param commands the subcommands of a service or {@code wait} page
 * @param top whether this is {@code aws help} (global synopsis, options and services)
 */
public record HelpPage(
        String name,
        List<String> description,
        boolean command,
        List<String> synopsis,
        List<Option> options,
        boolean paginated,
        List<Member> output,
        List<String> commands,
        boolean top) {

    /**
     * One option: {@code --filters (list)}, its paragraphs, enum values, nested members and syntax examples.
     *
     * @param shorthand the shorthand syntax example's lines, empty when the option has none
     * @param syntaxTitle {@code Syntax} (a list of scalars), {@code JSON Syntax}, or empty for none
     */
    public record Option(
            String names,
            String type,
            List<String> paragraphs,
            List<String> possibleValues,
            List<Member> members,
            List<String> shorthand,
            String syntaxTitle,
            List<String> syntax) {}

    /**
     * A member of a structure, list or map as the real help nests them: {@code Name -> (string)}, or a list's element
     * as {@code (structure)} (empty name). {@code recursive} marks a shape met again inside itself.
     */
    public record Member(String name, String type, List<Member> members, boolean recursive) {}
}
