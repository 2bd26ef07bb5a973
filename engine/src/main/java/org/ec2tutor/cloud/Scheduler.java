package org.ec2tutor.cloud;

import java.time.Instant;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Transitions that complete later in simulated time (pending → running, image pending → available, ...). Events
 * run in time order, ties in the order they were scheduled, each with the instant it was due, so the effects of
 * advancing the clock by an hour at once are the same as advancing it second by second.
 */
public final class Scheduler {

    private record Event(Instant due, long sequence, Consumer<Instant> action) implements Comparable<Event> {
        @Override
        public int compareTo(Event other) {
            int byTime = due.compareTo(other.due);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }

    private final PriorityQueue<Event> queue = new PriorityQueue<>();
    private long nextSequence;

    /** Runs {@code action} once simulated time reaches {@code due}. The action checks itself whether it still applies. */
    public void at(Instant due, Consumer<Instant> action) {
        queue.add(new Event(due, nextSequence++, action));
    }

    /** Runs every event due at or before {@code now}, including events those events schedule. */
    public void runDue(Instant now) {
        while (!queue.isEmpty() && !queue.peek().due().isAfter(now)) {
            Event e = queue.poll();
            e.action().accept(e.due());
        }
    }

    /** When the next event is due, if any. */
    public Optional<Instant> nextDue() {
        return queue.isEmpty() ? Optional.empty() : Optional.of(queue.peek().due());
    }
}
