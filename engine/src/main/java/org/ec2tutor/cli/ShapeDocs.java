package org.ec2tutor.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ec2tutor.render.HelpPage.Member;

/**
 * What the real help derives from a shape, ported from awscli: the nested member tree
 * ({@code clidocs._doc_member}), the shorthand example ({@code argprocess.ParamShorthandDocGen}) and the JSON example
 * ({@code clidocs._json_example}), with their recursion rules.
 */
final class ShapeDocs {

    /** ParamShorthandDocGen._MAX_STACK: deeper shapes get no shorthand example. */
    private static final int MAX_SHORTHAND_STACK = 3;

    private ShapeDocs() {}

    /** The members documented under a top-level option (_document_nested_structure). */
    static List<Member> nested(Shape shape) {
        List<String> stack = new ArrayList<>(List.of(shape.name()));
        return switch (shape.type()) {
            case "structure" -> members(shape.members(), stack);
            case "list" -> listOf(member("", shape.member(), stack));
            case "map" -> mapMembers(shape, stack);
            default -> List.of();
        };
    }

    private static List<Member> mapMembers(Shape shape, List<String> stack) {
        List<Member> out = new ArrayList<>();
        member("key", keyShape(), stack).ifPresent(out::add);
        member("value", shape.value(), stack).ifPresent(out::add);
        return out;
    }

    /** The OUTPUT section's members of a response. */
    static List<Member> output(Map<String, Shape> response) {
        return members(response, new ArrayList<>());
    }

    private static List<Member> members(Map<String, Shape> members, List<String> stack) {
        List<Member> out = new ArrayList<>();
        members.forEach((n, s) -> member(n, s, stack).ifPresent(out::add));
        return out;
    }

    private static List<Member> listOf(Optional<Member> m) {
        return m.map(List::of).orElse(List.of());
    }

    private static Shape keyShape() {
        return new Shape("string", "key", null, null, null);
    }

    /** _doc_member: a shape already twice on the stack is noted as recursive (structures) or left out. */
    private static Optional<Member> member(String name, Shape shape, List<String> stack) {
        if (stack.contains(shape.name()) && Collections.frequency(stack, shape.name()) > 1) {
            return shape.type().equals("structure")
                    ? Optional.of(new Member(name, shape.type(), List.of(), true))
                    : Optional.empty();
        }
        stack.add(shape.name());
        try {
            List<Member> children = switch (shape.type()) {
                case "structure" -> members(shape.members(), stack);
                case "list" -> listOf(member("", shape.member(), stack));
                case "map" -> mapMembers(shape, stack);
                default -> List.of();
            };
            return Optional.of(new Member(name, shape.type(), children, false));
        } finally {
            stack.remove(stack.size() - 1);
        }
    }

    /**
     * The shorthand example of a top-level option, or empty when the shape has none (a scalar, a list of scalars, a
     * shape too deep); {@code null} for a {Value: string} structure, which the CLI documents with no syntax at all.
     */
    static String shorthand(Shape shape) {
        if (!complex(shape)) {
            return "";
        }
        if (shape.type().equals("structure")
                && shape.members().size() == 1
                && shape.members().containsKey("Value")
                && shape.members().get("Value").type().equals("string")) {
            return null;
        }
        try {
            List<String> stack = new ArrayList<>();
            return shape.type().equals("list")
                    ? shorthandOf(shape.member(), stack) + " ..."
                    : shorthandOf(shape, stack);
        } catch (TooComplex e) {
            return "";
        }
    }

    /** _supports_shorthand_syntax: a structure or map, or a list of them. */
    static boolean complex(Shape shape) {
        return switch (shape.type()) {
            case "structure", "map" -> true;
            case "list" -> !shape.member().scalar();
            default -> false;
        };
    }

    private static final class TooComplex extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooComplex() {
            super(null, null, false, false);
        }
    }

    private static String shorthandOf(Shape shape, List<String> stack) {
        if (stack.size() > MAX_SHORTHAND_STACK) {
            throw new TooComplex();
        }
        return switch (shape.type()) {
            case "structure" -> {
                List<String> parts = new ArrayList<>();
                shape.members().forEach((n, s) -> parts.add(memberShorthand(n, s, stack)));
                String inner = String.join(",", parts);
                yield stack.isEmpty() ? inner : "{" + inner + "}";
            }
            case "list" -> {
                Shape element = shape.member();
                stack.add(element.name());
                String e;
                try {
                    e = shorthandOf(element, stack);
                } finally {
                    stack.remove(stack.size() - 1);
                }
                yield !element.scalar() || stack.size() > 1 ? "[" + e + "," + e + "]" : e + "," + e;
            }
            case "map" -> {
                String v = shorthandOf(shape.value(), stack);
                String start = "KeyName1=" + v + ",KeyName2=" + v;
                yield stack.isEmpty() ? start : "{" + start + "}";
            }
            default -> shape.type();
        };
    }

    private static String memberShorthand(String name, Shape shape, List<String> stack) {
        if (stack.contains(shape.name())) {
            return "( ... recursive ... )";
        }
        stack.add(shape.name());
        try {
            return name + "=" + shorthandOf(shape, stack);
        } finally {
            stack.remove(stack.size() - 1);
        }
    }

    /** The JSON example's lines (_json_example), two spaces a level as the CLI's code blocks indent them. */
    static List<String> json(Shape shape) {
        Writer w = new Writer();
        json(w, shape, new ArrayList<>());
        return List.of(w.text.toString().split("\n", -1));
    }

    /** A value's placeholder: {@code "string"}, the enum's choices, {@code true|false}, or the type name. */
    static String valueName(Shape shape, boolean withEnums) {
        if (shape.type().equals("string")) {
            List<String> values = shape.enumValues();
            return withEnums && !values.isEmpty()
                    ? String.join("|", values.stream().map(v -> "\"" + v + "\"").toList())
                    : "\"string\"";
        }
        return shape.type().equals("boolean") ? "true|false" : shape.type();
    }

    private static void json(Writer w, Shape shape, List<String> stack) {
        if (stack.contains(shape.name()) && Collections.frequency(stack, shape.name()) > 1) {
            if (shape.type().equals("structure")) {
                w.write("{ ... recursive ... }");
            }
            return;
        }
        stack.add(shape.name());
        try {
            switch (shape.type()) {
                case "list" -> {
                    Shape element = shape.member();
                    w.write("[");
                    if (element.scalar()) {
                        w.write(valueName(element, true) + ", ...");
                    } else {
                        w.indent();
                        w.newLine();
                        json(w, element, stack);
                        w.newLine();
                        w.write("...");
                        w.dedent();
                        w.newLine();
                    }
                    w.write("]");
                }
                case "map" -> {
                    Shape value = shape.value();
                    w.write("{");
                    w.indent();
                    w.write("\"string\": ");
                    if (value.scalar()) {
                        w.write(valueName(value, true));
                    } else {
                        w.indent();
                        json(w, value, stack);
                        w.dedent();
                    }
                    w.newLine();
                    w.write("...");
                    w.dedent();
                    w.write("}");
                }
                case "structure" -> {
                    w.write("{");
                    w.indent();
                    w.newLine();
                    Map<String, Shape> members = shape.members();
                    int i = 0;
                    for (Map.Entry<String, Shape> m : members.entrySet()) {
                        Shape s = m.getValue();
                        if (s.scalar()) {
                            w.write("\"" + m.getKey() + "\": " + valueName(s, true));
                        } else {
                            w.write("\"" + m.getKey() + "\": ");
                            json(w, s, stack);
                        }
                        if (++i < members.size()) {
                            w.write(",");
                            w.newLine();
                        }
                    }
                    w.dedent();
                    w.newLine();
                    w.write("}");
                }
                case "document" -> w.write("{...}");
                default -> w.write(valueName(shape, true));
            }
        } finally {
            stack.remove(stack.size() - 1);
        }
    }

    /** bcdoc's style: a new line starts at the current indentation. */
    private static final class Writer {
        private final StringBuilder text = new StringBuilder();
        private int level;

        void write(String s) {
            text.append(s);
        }

        void newLine() {
            text.append('\n').append("  ".repeat(level));
        }

        void indent() {
            level++;
        }

        void dedent() {
            level--;
        }
    }
}
