package org.ec2tutor.cloud;

import java.util.ArrayList;
import java.util.List;

/** The API event history of a cloud, in call order: what lessons and graders read besides the state. */
public final class ApiCallLog {

    private final List<ApiCall> calls = new ArrayList<>();

    public synchronized void record(ApiCall call) {
        calls.add(call);
    }

    /** How many calls were recorded: the index the next call will have. */
    public synchronized int size() {
        return calls.size();
    }

    public synchronized List<ApiCall> calls() {
        return List.copyOf(calls);
    }
}
