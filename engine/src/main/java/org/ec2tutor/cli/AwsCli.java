package org.ec2tutor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.burt.jmespath.Expression;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.ec2tutor.sdk.WaiterSpecs;

/**
 * The {@code aws} command line, emulated over the SDK model: parses exactly what the AWS CLI v2 accepts for the EC2
 * operations and {@code sts get-caller-identity}, calls the simulated service through the real {@code Ec2Client}
 * interface, and prints what the real CLI prints, with its exit status. A command that fails to parse never
 * reaches the service, so it cannot change the account.
 */
public final class AwsCli {

    static final String USAGE = """

            usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
            To see help text, you can run:

              aws help
              aws <command> help
              aws <command> <subcommand> help

            """;

    /**
     * The command words: every simulated service, {@code s3} (the CLI's own high-level commands over S3) and
     * {@code sts}, whose one operation the CLI answers itself.
     */
    static List<String> services() {
        List<String> names = new ArrayList<>(org.ec2tutor.sdk.SimulatedServices.all().stream()
                .map(org.ec2tutor.sdk.SimulatedService::cliName)
                .toList());
        names.add("s3");
        names.add("sts");
        return names;
    }

    private final AwsEnvironment env;
    private final int terminalWidth;
    private final ConfigureCommand configure;
    private final java.util.concurrent.atomic.AtomicLong clientTokens = new java.util.concurrent.atomic.AtomicLong();

    public AwsCli(AwsEnvironment env) {
        this(env, 80);
    }

    public AwsCli(AwsEnvironment env, int terminalWidth) {
        this.env = env;
        this.terminalWidth = terminalWidth;
        this.configure = new ConfigureCommand(env);
    }

    /** Runs {@code aws ARGS...}; {@code args} excludes the word {@code aws}. Never throws. */
    /** The files this command's {@code file://} options read (shell redirections write there too). */
    public Workspace workspace() {
        return env.workspace();
    }

    public CliResult run(List<String> args) {
        try {
            return dispatch(args);
        } catch (Interrupted e) {
            return Interrupted.result();
        } catch (CliException e) {
            return CliResult.error(
                    e.exitCode(), (e.showUsage() ? USAGE : "") + e.getMessage() + (e.showUsage() ? "\n\n" : "\n"));
        } catch (RuntimeException e) {
            // A fault of the emulation itself: say so, as the CLI reports its own failures, and change nothing more.
            // Its Java name and message are ours, not the learner's, so they stay out of the output.
            return CliResult.error(
                    255,
                    "\nec2-tutor could not run this command (a fault in the simulator, not in"
                            + " the command). Please report the command.\n");
        } catch (StackOverflowError e) {
            // Python's words: the real CLI's recursive parsers stop at the interpreter's recursion limit.
            return CliResult.error(255, "\nmaximum recursion depth exceeded\n");
        }
    }

    private CliResult dispatch(List<String> args) {
        GlobalOptions globals = GlobalOptions.extract(args);
        List<String> rest = globals.remaining();
        if (globals.version()) {
            return CliResult.ok("aws-cli/2.27.0 Python/3.11.2 Linux ec2-tutor/simulated\n");
        }
        if (rest.isEmpty()) {
            throw CliException.usage("the following arguments are required: command");
        }
        String service = rest.get(0);
        if (service.equals("help")) {
            return CliResult.ok(CliHelp.top());
        }
        if (service.equals("configure")) {
            return configure.run(rest.subList(1, rest.size()), globals.profile());
        }
        if (!services().contains(service)) {
            throw invalidChoice("argument command", service, services());
        }
        if (rest.size() < 2) {
            throw CliException.usage("the following arguments are required: operation");
        }
        String operation = rest.get(1);
        List<String> params = rest.subList(2, rest.size());
        if (service.equals("sts")) {
            return sts(operation, params, globals);
        }
        if (service.equals("s3")) {
            return new S3Command(env, globals).run(operation, params);
        }
        OperationCatalog catalog = OperationCatalog.forService(service).orElseThrow();
        if (operation.equals("help")) {
            return CliResult.ok(CliHelp.service(service, catalog));
        }
        if (operation.equals("wait") && !WaiterSpecs.forService(service).isEmpty()) {
            return new WaitCommand(env, globals, service).run(params);
        }
        Ec2Operation op = catalog.find(operation)
                .orElseThrow(() -> invalidChoice("argument operation", operation, withBuiltins(catalog.cliNames())));
        if (params.size() == 1 && params.get(0).equals("help")) {
            return CliResult.ok(CliHelp.operation(op, new OperationArguments(op)));
        }
        return new OperationCommand(env, globals, terminalWidth, this::clientToken).run(op, params);
    }

    /**
     * A UUID-shaped idempotency token, as botocore generates; derived from a per-session counter rather than a random
     * source, so a script run twice on the same seed prints the same bytes.
     */
    private String clientToken() {
        return java.util
                .UUID
                .nameUUIDFromBytes(("ec2-tutor client token " + clientTokens.incrementAndGet())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }

    private static List<String> withBuiltins(Collection<String> names) {
        TreeSet<String> all = new TreeSet<>(names);
        all.add("wait");
        all.add("help");
        return new ArrayList<>(all);
    }

    private CliResult sts(String operation, List<String> params, GlobalOptions globals) {
        if (!operation.equals("get-caller-identity")) {
            throw invalidChoice("argument operation", operation, List.of("get-caller-identity", "help"));
        }
        if (params.equals(List.of("--generate-cli-skeleton"))
                || params.equals(List.of("--generate-cli-skeleton", "input"))) {
            return CliResult.ok("{}\n"); // GetCallerIdentity takes no input
        }
        if (!params.isEmpty()) {
            throw CliException.usage("Unknown options: " + String.join(", ", new TreeSet<>(params)));
        }
        String profile = globals.profile().orElse(env.defaultProfile());
        String account = env.accountId(profile).orElseThrow(() -> profileNotFound(profile));
        JsonNode identity = JsonNodeFactory.instance
                .objectNode()
                .put("UserId", account)
                .put("Account", account)
                .put("Arn", "arn:aws:iam::" + account + ":root");
        Expression<JsonNode> query = globals.query().map(OutputFormat::compile).orElse(null);
        return CliResult.ok(OutputFormat.render("GetCallerIdentity", identity, globals.output(), query, terminalWidth));
    }

    static CliException profileNotFound(String profile) {
        return new CliException("\nThe config profile (" + profile + ") could not be found", 255, false);
    }

    /**
     * argparse's invalid choice as the AWS CLI words it (awscli/argparser.py): every choice padded to 40 columns,
     * two per line, then close matches (difflib, cutoff 0.8) if there are any.
     */
    static CliException invalidChoice(String argument, String given, List<String> choices) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < choices.size(); i += 2) {
            List<String> row = new ArrayList<>();
            for (String c : choices.subList(i, Math.min(i + 2, choices.size()))) {
                row.add(String.format("%-40s", c));
            }
            rows.add(String.join(" | ", row));
        }
        StringBuilder msg = new StringBuilder("Invalid choice, valid choices are:\n\n").append(String.join("\n", rows));
        List<String> close = DidYouMean.closeMatches(given, choices);
        if (!close.isEmpty()) {
            msg.append("\n\n\nInvalid choice: '").append(given).append("', maybe you meant:\n");
            for (String m : close) {
                msg.append("\n  * ").append(m);
            }
        }
        return CliException.usage(argument + ": " + msg);
    }

    /** The global options every command accepts, wherever they appear. */
    record GlobalOptions(
            String output,
            boolean outputChosen,
            Optional<String> query,
            Optional<String> profile,
            Optional<String> region,
            boolean version,
            boolean noPaginate,
            List<String> remaining) {

        private static final Map<String, Boolean> ACCEPTED = Map.ofEntries(
                // option -> takes a value
                Map.entry("--output", true),
                Map.entry("--query", true),
                Map.entry("--profile", true),
                Map.entry("--region", true),
                Map.entry("--endpoint-url", true),
                Map.entry("--color", true),
                Map.entry("--cli-binary-format", true),
                Map.entry("--cli-read-timeout", true),
                Map.entry("--cli-connect-timeout", true),
                Map.entry("--ca-bundle", true),
                Map.entry("--no-cli-pager", false),
                Map.entry("--debug", false),
                Map.entry("--no-paginate", false),
                Map.entry("--no-verify-ssl", false),
                Map.entry("--no-sign-request", false),
                Map.entry("--no-cli-auto-prompt", false),
                Map.entry("--cli-auto-prompt", false),
                Map.entry("--version", false));

        /** The global options in awscli/data/cli.json's order, the order argparse lists an ambiguous prefix's. */
        private static final List<String> CLI_JSON_ORDER = List.of(
                "--debug",
                "--endpoint-url",
                "--no-verify-ssl",
                "--no-paginate",
                "--output",
                "--query",
                "--profile",
                "--region",
                "--version",
                "--color",
                "--no-sign-request",
                "--ca-bundle",
                "--cli-read-timeout",
                "--cli-connect-timeout",
                "--cli-binary-format",
                "--no-cli-pager",
                "--cli-auto-prompt",
                "--no-cli-auto-prompt");

        /** The choices of the CLI's own options (awscli/data/cli.json). */
        private static final List<String> COLORS = List.of("on", "off", "auto");

        private static final List<String> BINARY_FORMATS = List.of("base64", "raw-in-base64-out");

        static GlobalOptions extract(List<String> args) {
            String output = "json";
            boolean outputChosen = false;
            String query = null;
            String profile = null;
            String region = null;
            boolean version = false;
            boolean noPaginate = false;
            List<String> rest = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                String name = a.contains("=") && a.startsWith("--") ? a.substring(0, a.indexOf('=')) : a;
                Boolean takesValue = ACCEPTED.get(name);
                if (takesValue == null && name.startsWith("--") && name.length() > 2) {
                    // The main parser takes a unique prefix of a global option (argparse's allow_abbrev).
                    String prefix = name;
                    List<String> matches = CLI_JSON_ORDER.stream()
                            .filter(o -> o.startsWith(prefix))
                            .toList();
                    if (matches.size() > 1) {
                        // argparse refuses it in the main parser, before the operation's options are looked at.
                        throw CliException.usage(
                                "ambiguous option: " + prefix + " could match " + String.join(", ", matches));
                    }
                    if (matches.size() == 1) {
                        name = matches.get(0);
                        a = name + (a.contains("=") ? a.substring(a.indexOf('=')) : "");
                        takesValue = ACCEPTED.get(name);
                    }
                }
                if (takesValue == null) {
                    rest.add(a);
                    continue;
                }
                String value = null;
                if (takesValue) {
                    if (!name.equals(a)) {
                        value = a.substring(a.indexOf('=') + 1);
                    } else if (i + 1 < args.size()) {
                        value = args.get(++i);
                    } else {
                        throw CliException.usage("argument " + name + ": expected one argument");
                    }
                }
                switch (name) {
                    case "--output" -> {
                        if (!OutputFormat.CHOICES.contains(value)) {
                            throw invalidChoice("argument --output", value, OutputFormat.CHOICES);
                        }
                        output = value;
                        outputChosen = true;
                    }
                    case "--query" -> query = value;
                    case "--profile" -> profile = value;
                    case "--region" -> region = value;
                    case "--version" -> version = true;
                    case "--no-paginate" -> noPaginate = true;
                    case "--color" -> {
                        if (!COLORS.contains(value)) {
                            throw invalidChoice("argument --color", value, COLORS);
                        }
                    }
                    case "--cli-binary-format" -> {
                        if (!BINARY_FORMATS.contains(value)) {
                            throw invalidChoice("argument --cli-binary-format", value, BINARY_FORMATS);
                        }
                    }
                    case "--cli-read-timeout", "--cli-connect-timeout" -> {
                        if (!value.strip().matches("[+-]?\\d+")) {
                            // argparse keeps the text; botocore's int() of it fails when the client is made.
                            throw CliException.general("invalid literal for int() with base 10: '" + value + "'");
                        }
                    }
                    default -> {
                        // Accepted for compatibility with pasted commands; nothing to do against a simulated cloud.
                    }
                }
            }
            return new GlobalOptions(
                    output,
                    outputChosen,
                    Optional.ofNullable(query),
                    Optional.ofNullable(profile),
                    Optional.ofNullable(region),
                    version,
                    noPaginate,
                    rest);
        }
    }
}
