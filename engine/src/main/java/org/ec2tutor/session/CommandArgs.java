package org.ec2tutor.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A command's arguments, parsed once for every command the same way: words split on white space, {@code --name value}
 * options and {@code --flag}s from the command's own lists, the rest positional in order. An option the command does
 * not take, or one without its value, is a {@link Command.Usage} error.
 */
final class CommandArgs {

    private final List<String> positional;
    private final Map<String, String> options;

    private CommandArgs(List<String> positional, Map<String, String> options) {
        this.positional = positional;
        this.options = options;
    }

    static CommandArgs parse(String args, Set<String> valued, Set<String> flags) throws Command.Usage {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        List<String> words = words(args);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (valued.contains(w)) {
                if (i + 1 >= words.size()) {
                    throw new Command.Usage(w + " needs a value.");
                }
                options.put(w, words.get(++i));
            } else if (flags.contains(w)) {
                options.put(w, "");
            } else if (w.startsWith("--")) {
                throw new Command.Usage("");
            } else {
                positional.add(w);
            }
        }
        return new CommandArgs(positional, options);
    }

    /** Only positional words: any {@code --option} is a usage error. */
    static CommandArgs positional(String args) throws Command.Usage {
        return parse(args, Set.of(), Set.of());
    }

    static List<String> words(String args) {
        return args.isBlank() ? List.of() : List.of(args.strip().split("\\s+"));
    }

    List<String> positional() {
        return positional;
    }

    /** The positional words, which must number between {@code min} and {@code max}. */
    List<String> positional(int min, int max) throws Command.Usage {
        if (positional.size() < min || positional.size() > max) {
            throw new Command.Usage("");
        }
        return positional;
    }

    boolean has(String option) {
        return options.containsKey(option);
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** An option's value read by {@code parse} (which throws {@link Command.Usage} for a bad one), or the default. */
    <T> T option(String name, T otherwise, Parser<T> parse) throws Command.Usage {
        String v = options.get(name);
        return v == null ? otherwise : parse.parse(v);
    }

    @FunctionalInterface
    interface Parser<T> {
        T parse(String value) throws Command.Usage;
    }

    /** A whole number above 0, or the usage error that says so. */
    static Parser<Integer> positiveInt(String option) {
        return value -> {
            try {
                int n = Integer.parseInt(value);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // falls through to the usage message
            }
            throw new Command.Usage(option + " takes a whole number above 0, not " + value);
        };
    }

    /** A whole number (a seed), or the usage error {@code message} gives for it. */
    static Parser<Long> wholeNumber(Function<String, String> message) {
        return value -> {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new Command.Usage(message.apply(value));
            }
        };
    }
}
