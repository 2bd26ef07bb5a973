package org.ec2tutor.cloud;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The API event history of a cloud, in call order: what lessons, graders and CloudTrail read besides the state.
 * Bounded, so a script calling in a loop (a single cell can make 100,000 calls) never slows later cells: calls older
 * than 90 days of simulated time are dropped, as CloudTrail's event history drops them; of younger ones the newest
 * {@link #CAPACITY} are kept, and of those before them the newest {@link #PER_KIND} of each {@link Kind}. So the
 * calls a lesson counts or looks for (two StopInstances, one LookupEvents) survive a loop of thousands of others; what
 * goes is the bulk of a repeated call beyond the newest ten thousand calls (docs/limits.md).
 *
 * <p>Every call keeps the index it was recorded with (its place among all calls ever recorded): CloudTrail's event
 * ids are made from it and trails log by it, so dropping older calls changes neither.
 */
public final class ApiCallLog {

    /** CloudTrail's Event history keeps 90 days of management events. */
    public static final Duration RETENTION = Duration.ofDays(90);

    /**
     * The newest calls kept whole. Far beyond any lesson (which checks a handful of calls), small enough that reading
     * the whole history after every cell stays well under a millisecond or two.
     */
    public static final int CAPACITY = 10_000;

    /** Of the calls before the newest {@link #CAPACITY}, how many of each {@link Kind} are kept (the newest). */
    public static final int PER_KIND = 10;

    /** Told of every call as it is recorded (EventBridge's "AWS API Call via CloudTrail" events). */
    @FunctionalInterface
    public interface Listener {
        /** {@code index} is the call's {@link Entry#index()}. */
        void recorded(ApiCall call, int index);
    }

    /** A kept call and its index: its place among every call ever recorded, never reused. */
    public record Entry(int index, ApiCall call) {}

    /** Calls a lesson tells apart: who called which operation, and whether it succeeded. */
    record Kind(AccountId account, String service, String operation, boolean succeeded) {
        static Kind of(ApiCall c) {
            return new Kind(c.account(), c.service(), c.operation(), c.succeeded());
        }
    }

    private final Deque<Entry> newest = new ArrayDeque<>();
    /** Calls before the newest {@link #CAPACITY}: at most {@link #PER_KIND} of each kind, oldest first. */
    private final Map<Kind, Deque<Entry>> older = new HashMap<>();

    /** The earliest instant among {@link #older}'s calls; null when it has none. */
    private Instant olderFrom;

    private int recorded;
    private Listener listener = (call, index) -> {};

    public synchronized void record(ApiCall call) {
        Entry entry = new Entry(recorded++, call);
        newest.addLast(entry);
        if (newest.size() > CAPACITY) {
            Entry out = newest.removeFirst();
            Deque<Entry> same = older.computeIfAbsent(Kind.of(out.call()), k -> new ArrayDeque<>());
            same.addLast(out);
            if (same.size() > PER_KIND) {
                same.removeFirst();
            }
            if (olderFrom == null || out.call().at().isBefore(olderFrom)) {
                olderFrom = out.call().at();
            }
        }
        Instant oldest = call.at().minus(RETENTION);
        while (newest.peekFirst().call().at().isBefore(oldest)) {
            newest.removeFirst();
        }
        if (olderFrom != null && olderFrom.isBefore(oldest)) {
            dropOlderBefore(oldest);
        }
        listener.recorded(call, entry.index());
    }

    /** Rare: only when the 90-day window has passed the earliest of {@link #older}. */
    private void dropOlderBefore(Instant oldest) {
        olderFrom = null;
        older.values().removeIf(same -> {
            same.removeIf(e -> e.call().at().isBefore(oldest));
            same.stream()
                    .map(e -> e.call().at())
                    .filter(at -> olderFrom == null || at.isBefore(olderFrom))
                    .forEach(at -> olderFrom = at);
            return same.isEmpty();
        });
    }

    /** Tells {@code l} of every call recorded from now on. */
    public synchronized void listen(Listener l) {
        this.listener = l;
    }

    /** How many calls were ever recorded: the index the next call will have. */
    public synchronized int size() {
        return recorded;
    }

    /** The calls kept, oldest first. */
    public synchronized List<ApiCall> calls() {
        return entries().stream().map(Entry::call).toList();
    }

    /** The calls kept with their indexes, oldest first. */
    public synchronized List<Entry> entries() {
        List<Entry> out = new ArrayList<>(newest.size() + older.size() * PER_KIND);
        older.values().forEach(out::addAll);
        out.sort(Comparator.comparingInt(Entry::index));
        out.addAll(newest);
        return List.copyOf(out);
    }

    /** The calls kept whose index is {@code from} or later, oldest first (those of the input running now). */
    public synchronized List<ApiCall> since(int from) {
        List<ApiCall> out = new ArrayList<>();
        for (Entry e : newest) {
            if (e.index() >= from) {
                out.add(e.call());
            }
        }
        return out;
    }
}
