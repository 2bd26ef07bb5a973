package org.ec2tutor.session;

import java.time.Duration;
import java.time.Instant;
import org.ec2tutor.cloud.billing.CostGrouping;
import org.ec2tutor.jshell.Tutor;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** {@code tutor} in Java cells, backed by the same code as {@code %advance} and {@code %bill}. */
final class SessionTutor implements Tutor {

    private final SessionState state;

    SessionTutor(SessionState state) {
        this.state = state;
    }

    @Override
    public Instant advance(String duration) {
        Duration d = Durations.parse(duration == null ? "" : duration)
                .orElseThrow(() -> new IllegalArgumentException(
                        "Not a duration: " + duration + " (e.g. 30s, 5m, 2h, 30d, 1h30m)"));
        Durations.refusal(d).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
        state.advance(d);
        return state.now();
    }

    @Override
    public Ec2Client ec2(String profile) {
        if (profile == null || state.aws().accountId(profile).isEmpty()) {
            throw new IllegalArgumentException(
                    "No profile or account " + profile + ": use default, teammate or outsider.");
        }
        return state.aws().ec2(profile, state.region());
    }

    @Override
    public Instant now() {
        return state.now();
    }

    @Override
    public String bill(String groupBy) {
        CostGrouping grouping = CostGrouping.fromKey(groupBy == null ? "" : groupBy)
                .orElseThrow(() -> new IllegalArgumentException("Unknown grouping " + groupBy
                        + ": choose SERVICE, PURCHASE_TYPE, INSTANCE_TYPE or USAGE_TYPE."));
        return BillingCommands.billText(state, grouping);
    }
}
