package org.ec2tutor.sdk;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * One EC2 waiter as botocore's {@code waiters-2.json} defines it: the operation it polls, the delay and attempts,
 * and its acceptors in order (first match wins). Shared by {@code Ec2Client.waiter()} and {@code aws ec2 wait}.
 *
 * @param name the waiter's name, e.g. {@code InstanceRunning}
 * @param cliName the CLI's name, e.g. {@code instance-running}
 */
public record WaiterSpec<R>(
        String name, String cliName, String operation, Duration delay, int maxAttempts, List<Acceptor<R>> acceptors) {

    /** What a matching acceptor does to the waiter. */
    public enum Outcome {
        SUCCESS,
        FAILURE,
        RETRY
    }

    /** How an acceptor matches: all values equal, any value equal, the single value equal, or an error code. */
    public enum Matcher {
        PATH_ALL,
        PATH_ANY,
        PATH,
        ERROR
    }

    /**
     * One acceptor. {@code values} reads the values the JMESPath {@code expression} selects from a response;
     * {@code expected} is the value (or error code) it matches.
     */
    public record Acceptor<R>(
            Outcome state, Matcher matcher, String expression, Function<R, List<String>> values, String expected) {

        boolean matches(R response) {
            List<String> v = values.apply(response);
            return switch (matcher) {
                case PATH_ALL -> !v.isEmpty() && v.stream().allMatch(expected::equals);
                case PATH_ANY -> v.stream().anyMatch(expected::equals);
                case PATH -> v.size() == 1 && v.get(0).equals(expected);
                default -> false;
            };
        }

        boolean matchesError(String errorCode) {
            return matcher == Matcher.ERROR && expected.equals(errorCode);
        }
    }

    static <R> Acceptor<R> all(Outcome s, String expr, Function<R, List<String>> values, String expected) {
        return new Acceptor<>(s, Matcher.PATH_ALL, expr, values, expected);
    }

    static <R> Acceptor<R> any(Outcome s, String expr, Function<R, List<String>> values, String expected) {
        return new Acceptor<>(s, Matcher.PATH_ANY, expr, values, expected);
    }

    static <R> Acceptor<R> path(Outcome s, String expr, Function<R, List<String>> values, String expected) {
        return new Acceptor<>(s, Matcher.PATH, expr, values, expected);
    }

    static <R> Acceptor<R> error(Outcome s, String code) {
        return new Acceptor<>(s, Matcher.ERROR, "", r -> List.of(), code);
    }
}
