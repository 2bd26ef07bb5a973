package org.ec2tutor.cloud.ec2;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.ec2tutor.cloud.error.AwsException;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * The one transition table of the instance lifecycle: for each API operation and current state, whether the instance
 * moves, stays as it is (AWS answers idempotent calls with the same state twice), or the call is refused with AWS's
 * {@code IncorrectInstanceState} error. Sources: EC2 User Guide "Instance state changes" and the observed messages
 * (docs/ec2-behaviour.md section 2).
 */
public final class InstanceStateMachine {

    /** The operations that change an instance's state. */
    public enum Operation {
        START,
        STOP,
        REBOOT,
        TERMINATE
    }

    /** What an operation does to an instance in a given state. */
    public sealed interface Transition permits Move, Unchanged, Refused {}

    /** The instance moves to {@code to}; the rest of the lifecycle follows on the clock. */
    public record Move(InstanceState to) implements Transition {}

    /** The call succeeds and the instance stays as it is (e.g. stopping a stopped instance). */
    public record Unchanged() implements Transition {}

    /** The call fails with {@code IncorrectInstanceState}; the wording lives in {@link Ec2Errors}. */
    public record Refused(Function<String, AwsException> error) implements Transition {
        /** The error for the instance {@code instanceId}. */
        public AwsException error(String instanceId) {
            return error.apply(instanceId);
        }

        public String message(String instanceId) {
            return error(instanceId).getMessage();
        }
    }

    private static final Refused CANNOT_START = new Refused(Ec2Errors::cannotStart);
    private static final Refused CANNOT_STOP = new Refused(Ec2Errors::cannotStop);
    private static final Refused NEVER_RUNNING = new Refused(Ec2Errors::neverReachedRunning);
    private static final Refused CANNOT_REBOOT = new Refused(Ec2Errors::cannotReboot);

    private static final Map<Operation, Map<InstanceState, Transition>> TABLE = new EnumMap<>(Operation.class);

    static {
        Unchanged same = new Unchanged();
        put(Operation.START, InstanceState.STOPPED, new Move(InstanceState.PENDING));
        put(Operation.START, InstanceState.RUNNING, same);
        put(Operation.START, InstanceState.PENDING, same);
        put(Operation.START, InstanceState.STOPPING, CANNOT_START);
        put(Operation.START, InstanceState.SHUTTING_DOWN, CANNOT_START);
        put(Operation.START, InstanceState.TERMINATED, CANNOT_START);

        put(Operation.STOP, InstanceState.RUNNING, new Move(InstanceState.STOPPING));
        put(Operation.STOP, InstanceState.STOPPING, same);
        put(Operation.STOP, InstanceState.STOPPED, same);
        put(Operation.STOP, InstanceState.PENDING, NEVER_RUNNING);
        put(Operation.STOP, InstanceState.SHUTTING_DOWN, CANNOT_STOP);
        put(Operation.STOP, InstanceState.TERMINATED, CANNOT_STOP);

        // "Requests to reboot terminated instances are ignored." (RebootInstances API reference)
        put(Operation.REBOOT, InstanceState.RUNNING, same);
        put(Operation.REBOOT, InstanceState.TERMINATED, same);
        put(Operation.REBOOT, InstanceState.PENDING, CANNOT_REBOOT);
        put(Operation.REBOOT, InstanceState.STOPPING, CANNOT_REBOOT);
        put(Operation.REBOOT, InstanceState.STOPPED, CANNOT_REBOOT);
        put(Operation.REBOOT, InstanceState.SHUTTING_DOWN, CANNOT_REBOOT);

        Move shutDown = new Move(InstanceState.SHUTTING_DOWN);
        put(Operation.TERMINATE, InstanceState.PENDING, shutDown);
        put(Operation.TERMINATE, InstanceState.RUNNING, shutDown);
        put(Operation.TERMINATE, InstanceState.STOPPING, shutDown);
        put(Operation.TERMINATE, InstanceState.STOPPED, shutDown);
        put(Operation.TERMINATE, InstanceState.SHUTTING_DOWN, same);
        put(Operation.TERMINATE, InstanceState.TERMINATED, same);
    }

    private static void put(Operation op, InstanceState from, Transition t) {
        TABLE.computeIfAbsent(op, k -> new EnumMap<>(InstanceState.class)).put(from, t);
    }

    private InstanceStateMachine() {}

    /** What {@code op} does to an instance that is {@code current}. Defined for every pair. */
    public static Transition transition(Operation op, InstanceState current) {
        return TABLE.get(op).get(current);
    }
}
