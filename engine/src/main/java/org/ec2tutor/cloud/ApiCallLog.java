package org.ec2tutor.cloud;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The API event history of a cloud, in call order: what lessons and graders read besides the state. Bounded as
 * CloudTrail's event history is: calls older than 90 days of simulated time are dropped, and so are the oldest beyond
 * {@link #CAPACITY} calls, so a long session (a script calling in a loop, a fuzz run) never slows later cells.
 */
public final class ApiCallLog {

    /** CloudTrail's Event history keeps 90 days of management events. */
    public static final Duration RETENTION = Duration.ofDays(90);

    /**
     * The most calls kept. Far beyond any lesson (which checks a handful of recent calls), small enough that reading
     * the whole history after every cell stays well under a millisecond or two.
     */
    public static final int CAPACITY = 10_000;

    /** Told of every call as it is recorded (EventBridge's "AWS API Call via CloudTrail" events). */
    @FunctionalInterface
    public interface Listener {
        /** {@code index} is the call's place in {@link #calls()} (CloudTrail's event ids are made from it). */
        void recorded(ApiCall call, int index);
    }

    private final Deque<ApiCall> calls = new ArrayDeque<>();

    private Listener listener = (call, index) -> {};

    public synchronized void record(ApiCall call) {
        calls.addLast(call);
        while (calls.size() > CAPACITY
                || calls.peekFirst().at().isBefore(call.at().minus(RETENTION))) {
            calls.removeFirst();
        }
        listener.recorded(call, calls.size() - 1);
    }

    /** Tells {@code l} of every call recorded from now on. */
    public synchronized void listen(Listener l) {
        this.listener = l;
    }

    /** How many calls were recorded: the index the next call will have. */
    public synchronized int size() {
        return calls.size();
    }

    public synchronized List<ApiCall> calls() {
        return List.copyOf(calls);
    }
}
