package org.ec2tutor.sdk;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Runs a {@link WaiterSpec} against the simulated cloud: each retry advances the virtual clock by the waiter's delay
 * instead of sleeping, so a ten-minute wait costs microseconds and stays deterministic.
 */
public final class WaiterRun {

    /** How a wait ended. */
    public sealed interface Result<R> {}

    public record Succeeded<R>(R response, int attempts) implements Result<R> {}

    /** A failure acceptor matched: the state can never come (e.g. waiting for running on a terminated instance). */
    public record MatchedFailure<R>(WaiterSpec.Acceptor<R> acceptor, int attempts) implements Result<R> {}

    public record MaxAttemptsExceeded<R>(int attempts) implements Result<R> {}

    /** The operation failed with an error no acceptor expects. */
    public record UnexpectedError<R>(AwsServiceException error, int attempts) implements Result<R> {}

    private WaiterRun() {}

    /**
     * Polls until an acceptor decides; between attempts {@code sleep} is given the waiter's delay (the simulated cloud
     * advances its virtual clock there).
     */
    public static <R> Result<R> run(
            Consumer<Duration> sleep, WaiterSpec<R> spec, Optional<Integer> maxAttempts, Supplier<R> poll) {
        int max = maxAttempts.orElse(spec.maxAttempts());
        for (int attempt = 1; attempt <= max; attempt++) {
            Optional<WaiterSpec.Outcome> outcome;
            WaiterSpec.Acceptor<R> matched = null;
            R response = null;
            try {
                response = poll.get();
                for (WaiterSpec.Acceptor<R> a : spec.acceptors()) {
                    if (a.matcher() != WaiterSpec.Matcher.ERROR && a.matches(response)) {
                        matched = a;
                        break;
                    }
                }
            } catch (AwsServiceException e) { // Ec2Exception, SsmException: any service's error
                String code = e.awsErrorDetails().errorCode();
                for (WaiterSpec.Acceptor<R> a : spec.acceptors()) {
                    if (a.matchesError(code)) {
                        matched = a;
                        break;
                    }
                }
                if (matched == null) {
                    return new UnexpectedError<>(e, attempt);
                }
            }
            outcome = Optional.ofNullable(matched).map(WaiterSpec.Acceptor::state);
            if (outcome.filter(WaiterSpec.Outcome.SUCCESS::equals).isPresent()) {
                return new Succeeded<>(response, attempt);
            }
            if (outcome.filter(WaiterSpec.Outcome.FAILURE::equals).isPresent()) {
                return new MatchedFailure<>(matched, attempt);
            }
            if (attempt < max) {
                sleep.accept(spec.delay());
            }
        }
        return new MaxAttemptsExceeded<>(max);
    }
}
