package org.ec2tutor.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code aws configure get|set|list-profiles} on the session's own configuration: a profile per simulated account,
 * each with the Region and output the session starts with, as {@code ec2-tutor serve} writes them to the CLI's config
 * file. {@code set} changes this session's copy only. Words, exit codes and choices are the CLI's
 * (awscli/customizations/configure): an unset name prints nothing and exits 1.
 */
final class ConfigureCommand {

    /** The subcommands of {@code aws configure}, in the CLI's order (for its invalid-choice message). */
    static final List<String> SUBCOMMANDS = List.of(
            "list",
            "get",
            "set",
            "add-model",
            "import",
            "list-profiles",
            "sso",
            "sso-session",
            "export-credentials",
            "wizard");

    private final AwsEnvironment env;
    private final Map<String, Map<String, String>> profiles = new LinkedHashMap<>();

    ConfigureCommand(AwsEnvironment env) {
        this.env = env;
    }

    CliResult run(List<String> args, Optional<String> profileOption) {
        if (args.isEmpty()) {
            throw new CliException(
                    "\naws configure (the interactive prompts) is not simulated here: the profiles default, teammate"
                            + " and outsider are already configured; use aws configure set NAME VALUE.",
                    252,
                    false);
        }
        String sub = args.get(0);
        List<String> rest = args.subList(1, args.size());
        String profile = profileOption.orElse(env.defaultProfile());
        if (sub.equals("list-profiles")) {
            rejectExtra(rest, 0);
            return CliResult.ok(String.join("\n", config().keySet()) + "\n");
        }
        if (sub.equals("get")) {
            if (rest.isEmpty()) {
                throw CliException.usage("the following arguments are required: varname");
            }
            rejectExtra(rest, 1);
            String value = get(rest.get(0), profile);
            return value == null ? CliResult.error(1, "") : CliResult.ok(value + "\n");
        }
        if (sub.equals("set")) {
            if (rest.size() < 2) {
                throw CliException.usage(
                        "the following arguments are required: " + (rest.isEmpty() ? "varname, value" : "value"));
            }
            rejectExtra(rest, 2);
            set(rest.get(0), rest.get(1), profile);
            return CliResult.ok("");
        }
        if (SUBCOMMANDS.contains(sub)) {
            throw new CliException("\naws configure " + sub + " is not simulated here.", 252, false);
        }
        throw AwsCli.invalidChoice("argument subcommand", sub, SUBCOMMANDS);
    }

    private static void rejectExtra(List<String> rest, int allowed) {
        if (rest.size() > allowed) {
            throw CliException.usage("Unknown options: " + String.join(", ", rest.subList(allowed, rest.size())))
                    .withoutPrefix();
        }
    }

    /** A plain name from the current profile; {@code profile.NAME.KEY} or {@code PROFILE.KEY} from that profile. */
    private String get(String varname, String profile) {
        String[] parts = varname.split("\\.", -1);
        if (parts.length == 1) {
            return config().getOrDefault(profile, Map.of()).get(varname);
        }
        if (parts[0].equals("profile") && parts.length >= 3) {
            return parts.length == 3 ? config().getOrDefault(parts[1], Map.of()).get(parts[2]) : null;
        }
        if (config().containsKey(parts[0])) {
            return parts.length == 2 ? config().get(parts[0]).get(parts[1]) : null;
        }
        return null;
    }

    private void set(String varname, String value, String profile) {
        String[] parts = varname.split("\\.", -1);
        String target = profile;
        String name = varname;
        if (parts.length == 3 && parts[0].equals("profile")) {
            target = parts[1];
            name = parts[2];
        } else if (parts.length == 2 && (parts[0].equals("default") || config().containsKey(parts[0]))) {
            target = parts[0];
            name = parts[1];
        }
        config().computeIfAbsent(target, p -> new LinkedHashMap<>()).put(name, value);
    }

    /** The profiles, seeded on first use from the environment's accounts. */
    private Map<String, Map<String, String>> config() {
        if (profiles.isEmpty()) {
            for (String p : env.profiles()) {
                Map<String, String> values = new LinkedHashMap<>();
                values.put("region", p.equals(env.defaultProfile()) ? env.defaultRegion() : "us-east-1");
                values.put("output", "json");
                profiles.put(p, values);
            }
        }
        return profiles;
    }
}
