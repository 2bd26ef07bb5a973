package org.ec2tutor.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.ec2tutor.cloud.billing.CostGrouping;
import org.ec2tutor.jshell.Tutor;
import org.ec2tutor.render.Renderer;

/** {@code tutor} in Java cells, backed by the same code as {@code %advance} and {@code %bill}. */
final class SessionTutor implements Tutor {

    private final Session session;

    SessionTutor(Session session) {
        this.session = session;
    }

    @Override
    public Instant advance(String duration) {
        Duration d = Durations.parse(duration == null ? "" : duration).orElseThrow(() ->
                new IllegalArgumentException("Not a duration: " + duration + " (e.g. 30s, 5m, 2h, 30d, 1h30m)"));
        session.advance(d);
        return session.now();
    }

    @Override
    public software.amazon.awssdk.services.ec2.Ec2Client ec2(String profile) {
        if (profile == null || session.aws().accountId(profile).isEmpty()) {
            throw new IllegalArgumentException("No profile or account " + profile
                    + ": use default, teammate or outsider.");
        }
        return session.aws().ec2(profile, session.region());
    }

    @Override
    public Instant now() {
        return session.now();
    }

    @Override
    public String bill(String groupBy) {
        CostGrouping grouping = CostGrouping.fromKey(groupBy == null ? "" : groupBy).orElseThrow(() ->
                new IllegalArgumentException("Unknown grouping " + groupBy
                        + ": choose SERVICE, PURCHASE_TYPE, INSTANCE_TYPE or USAGE_TYPE."));
        Instant to = session.now();
        Instant from = BillViews.firstUse(session).orElse(to);
        var bill = BillViews.read(session, from, to);
        return Renderer.instance().render("billing/bill.txt.ftl", Map.of("view", BillViews.of(session, bill,
                grouping)));
    }
}
