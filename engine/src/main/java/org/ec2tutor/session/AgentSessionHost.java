package org.ec2tutor.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ec2tutor.jshell.AgentHost;
import org.ec2tutor.jshell.Tutor;
import org.ec2tutor.sdk.AccessKey;
import org.ec2tutor.sdk.AccessKeys;

/**
 * What an agent JVM may ask of its session over the tutor wire: the keys and Region to call the endpoint with
 * ({@code creds}, following {@code %account} and {@code %region}), {@code vars} and {@code tutor}. Nothing else of the
 * session is reachable from learner code.
 */
final class AgentSessionHost implements AgentHost {

    private final SessionState state;
    private final Tutor tutor;
    private final Map<String, String> vars;

    AgentSessionHost(SessionState state, Tutor tutor, Map<String, String> vars) {
        this.state = state;
        this.tutor = tutor;
        this.vars = vars;
    }

    @Override
    public List<String> call(String op, List<String> args) {
        return switch (op) {
            case "creds" -> creds(args.isEmpty() ? state.profile() : args.get(0));
            case "advance" -> List.of(tutor.advance(args.get(0)).toString());
            case "now" -> List.of(tutor.now().toString());
            case "bill" -> List.of(tutor.bill(args.get(0)));
            case "vars" -> allVars();
            case "vars.get" -> optional(vars.get(args.get(0)));
            case "vars.put" -> optional(vars.put(args.get(0), args.get(1)));
            case "vars.remove" -> optional(vars.remove(args.get(0)));
            default -> throw new IllegalArgumentException("unknown request " + op);
        };
    }

    private List<String> allVars() {
        List<String> flat = new ArrayList<>();
        vars.forEach((k, v) -> {
            flat.add(k);
            flat.add(v);
        });
        return flat;
    }

    private List<String> creds(String who) {
        AccessKey key = AccessKeys.STANDARD.stream()
                .filter(k -> k.profile().equals(who) || k.accountId().equals(who))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "No profile or account " + who + ": use default, teammate or outsider."));
        return List.of(key.accessKeyId(), key.secretAccessKey(), state.region(), key.accountId());
    }

    private static List<String> optional(String value) {
        return value == null ? List.of() : List.of(value);
    }
}
