package org.ec2tutor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.burt.jmespath.Expression;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.ec2tutor.cli.OperationArguments.Argument;
import org.ec2tutor.cli.OperationArguments.Kind;
import org.ec2tutor.sdk.SimulatedService;
import org.ec2tutor.sdk.SimulatedServices;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/** One {@code aws ec2 OPERATION ...}: options to a request, the call, the response to the chosen output. */
final class OperationCommand {

    private final AwsEnvironment env;
    private final AwsCli.GlobalOptions globals;
    private final int terminalWidth;

    private final java.util.function.Supplier<String> clientTokens;

    OperationCommand(AwsEnvironment env, AwsCli.GlobalOptions globals, int terminalWidth) {
        this(env, globals, terminalWidth, () -> "");
    }

    OperationCommand(
            AwsEnvironment env,
            AwsCli.GlobalOptions globals,
            int terminalWidth,
            java.util.function.Supplier<String> clientTokens) {
        this.env = env;
        this.globals = globals;
        this.terminalWidth = terminalWidth;
        this.clientTokens = clientTokens;
    }

    CliResult run(Ec2Operation op, List<String> params) {
        OperationArguments arguments = new OperationArguments(op);
        ParsedParams parsed = parse(arguments, params);
        if (parsed.skeleton() != null && !parsed.skeleton().equals("output")) {
            return CliResult.ok(PythonJson.write(Skeletons.input(op.newBuilder())) + "\n");
        }
        parsed.pagination().checkNoPaginate(globals.noPaginate());
        ObjectNode input = arguments.toInput(parsed.given(), env.workspace());
        if (parsed.pagination().serviceToken() != null) {
            input.put("NextToken", parsed.pagination().serviceToken());
        }
        if (parsed.cliInput() != null) {
            String option = "--" + parsed.cliInputOption();
            JsonNode fromFile = CliInput.load(
                    parsed.cliInputOption(),
                    OperationArguments.ParamFiles.expand(option, parsed.cliInput(), env.workspace()));
            if (!fromFile.isObject()) {
                throw CliException.parameter("\nError parsing parameter '" + option
                        + "': Invalid type: expecting map, received <class '" + CliInput.pythonType(fromFile) + "'>");
            }
            SdkJson.checkTypes(op.newBuilder(), (ObjectNode) fromFile, "");
            ObjectNode merged = ((ObjectNode) fromFile).deepCopy();
            merged.setAll(input); // options on the command line win over the JSON file
            input = merged;
        }
        // botocore fills an idempotency token the user did not give (EC2's ClientToken members) with a UUID.
        if (!input.has("ClientToken")
                && op.newBuilder().sdkFields().stream()
                        .anyMatch(f -> f.memberName().equals("ClientToken"))) {
            input.put("ClientToken", clientTokens.get());
        }
        List<String> missing = new ArrayList<>();
        for (String member : arguments.requiredMembers()) {
            if (!input.has(member)) {
                missing.add("--" + arguments.cliNameOf(member));
            }
        }
        if (!missing.isEmpty()) {
            throw CliException.usage("the following arguments are required: " + String.join(", ", missing));
        }
        Expression<JsonNode> query = globals.query().map(OutputFormat::compile).orElse(null);
        if ("output".equals(parsed.skeleton())) {
            // The CLI validates the input, then prints a made-up response through the usual output (a stubbed call).
            SdkJson.bind(op.newBuilder(), input, "");
            return CliResult.ok(OutputFormat.render(
                    op.name(), Skeletons.output(responseBuilder(op)), globals.output(), query, terminalWidth));
        }
        boolean paginates = paginates(input);
        if (parsed.pagination().pageSize() != null) {
            // --page-size is the limit key of every call the paginator makes (awscli/customizations/paginate.py).
            for (String limit : List.of("max-results", "max-records")) {
                Argument a = arguments.arguments().get(limit);
                if (a != null && a.memberName() != null) {
                    input.put(a.memberName(), parsed.pagination().pageSize());
                    break;
                }
            }
        }
        SdkPojo builder = op.newBuilder();
        try {
            SdkJson.bind(builder, input, "");
        } catch (SdkJson.OutOfRange e) {
            var error = new CliResult.ServiceError(op.name(), "InvalidParameterValue", e.getMessage());
            return new CliResult(254, "", "\n" + error.line() + "\n", error);
        }
        Object request = ((SdkBuilder<?, ?>) builder).build();
        Object client = serviceClient(op.service());
        StreamingBodies streams = StreamingBodies.of(op, parsed, env.workspace().directory());
        try {
            Pages pages = allPages(op, client, request, input, streams, paginates);
            JsonNode json = parsed.pagination().apply(pages.joined());
            if (op.name().equals("GetConsoleOutput") && json.has("Output")) {
                // The CLI decodes the console output for you (awscli handlers: decode_console_output).
                ((ObjectNode) json)
                        .put(
                                "Output",
                                new String(
                                        Base64.getDecoder()
                                                .decode(json.get("Output").asText()),
                                        StandardCharsets.UTF_8));
            }
            String printed;
            if (globals.output().equals("text")
                    && query == null
                    && parsed.pagination().truncates()
                    && json.has("NextToken")) {
                // The text formatter prints the resume token last, as its own NEXTTOKEN line.
                ObjectNode rest = ((ObjectNode) json).deepCopy();
                String token = rest.remove("NextToken").asText();
                printed = OutputFormat.render(op.name(), rest, "text", null, terminalWidth) + "NEXTTOKEN\t" + token
                        + "\n";
            } else {
                printed = OutputFormat.render(op.name(), json, globals.output(), query, terminalWidth);
            }
            // A response that took several pages is printed joined; only a whole first page is the response itself.
            return new CliResult(
                    0,
                    printed,
                    "",
                    new CliResult.Response(
                            op.service(),
                            op.name(),
                            pages.first(),
                            query == null && !globals.outputChosen() && pages.single()));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof AwsServiceException aws) {
                var error = new CliResult.ServiceError(
                        op.name(),
                        aws.awsErrorDetails().errorCode(),
                        aws.awsErrorDetails().errorMessage());
                return new CliResult(254, "", "\n" + error.line() + "\n", error);
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Calls the operation and, as the CLI's paginators do, follows {@code NextToken} until the last page, joining
     * the result lists; a {@code --next-token} given by hand asks for that one page only.
     */
    private static Pages allPages(
            Ec2Operation op,
            Object client,
            Object request,
            ObjectNode input,
            StreamingBodies streams,
            boolean paginates)
            throws InvocationTargetException {
        SdkPojo first = streams.call(op, client, request);
        ObjectNode json = SdkJson.toJson(first);
        boolean single = true;
        while (paginates
                && json.hasNonNull("NextToken")
                && !json.get("NextToken").asText().isEmpty()) {
            Interrupted.check(); // Ctrl-C between pages, as the CLI's paginator stops
            ObjectNode nextInput = input.deepCopy();
            nextInput.put("NextToken", json.get("NextToken").asText());
            SdkPojo builder = op.newBuilder();
            SdkJson.bind(builder, nextInput, "");
            JsonNode page = SdkJson.toJson((SdkPojo) op.method().invoke(client, ((SdkBuilder<?, ?>) builder).build()));
            page.properties().forEach(e -> {
                if (e.getValue().isArray() && json.get(e.getKey()) instanceof ArrayNode a) {
                    a.addAll((ArrayNode) e.getValue());
                }
            });
            single = false;
            json.remove("NextToken");
            if (page.hasNonNull("NextToken")) {
                json.set("NextToken", page.get("NextToken"));
            }
        }
        return new Pages(first, json, single);
    }

    /**
     * Whether the CLI's paginator runs: awscli/customizations/paginate.py turns it off for {@code --no-paginate} and
     * when the request already names a page or its size ({@code --next-token}, {@code --max-results}, on the
     * command line or in {@code --cli-input-json}); then the one page asked for is printed, its token with it.
     */
    private boolean paginates(ObjectNode input) {
        return !globals.noPaginate() && !input.has("NextToken") && !input.has("MaxResults") && !input.has("MaxRecords");
    }

    private static SdkPojo responseBuilder(Ec2Operation op) {
        try {
            return (SdkPojo) op.method().getReturnType().getMethod("builder").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no response builder for " + op.name(), e);
        }
    }

    /** The first page as the service answered it, and every page joined as the CLI prints them. */
    private record Pages(SdkPojo first, ObjectNode joined, boolean single) {}

    /** The client of the operation's service for the chosen profile and Region. */
    private Object serviceClient(String service) {
        SimulatedService spec = SimulatedServices.find(service).orElseThrow();
        String profile = globals.profile().orElse(env.defaultProfile());
        String region = globals.region().orElse(env.defaultRegion());
        if (!env.knowsRegion(region)) {
            throw new CliException(
                    "\nCould not connect to the endpoint URL: \"https://" + service + "." + region
                            + ".amazonaws.com/\"",
                    255,
                    false);
        }
        return env.client(spec, profile, region).orElseThrow(() -> AwsCli.profileNotFound(profile));
    }

    Object client(String service) {
        return serviceClient(service);
    }

    /** Options as given, plus the operation-level extras {@code --cli-input-json} and {@code --generate-cli-skeleton}. */
    record ParsedParams(
            Map<Argument, List<String>> given,
            String cliInput,
            String cliInputOption,
            String skeleton,
            Pagination pagination,
            String outfile) {}

    /** The values {@code --generate-cli-skeleton} takes, in the CLI's order. */
    private static final List<String> SKELETONS = List.of("input", "output", "yaml-input");

    static ParsedParams parse(OperationArguments arguments, List<String> params) {
        Map<Argument, List<String>> given = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        String cliInput = null;
        String cliInputOption = null;
        String skeleton = null;
        Pagination pagination = Pagination.NONE;
        boolean paginated = arguments.arguments().containsKey("next-token");
        boolean takesOutfile = arguments.operation().streaming() == Ec2Operation.Streaming.OUTPUT;
        String outfile = null;
        for (int i = 0; i < params.size(); i++) {
            String word = params.get(i);
            if (!word.startsWith("--")) {
                if (takesOutfile && outfile == null) {
                    outfile = word; // get-object's positional outfile
                    continue;
                }
                unknown.add(word);
                continue;
            }
            String name = word.substring(2);
            String inline = null;
            if (name.contains("=")) {
                inline = name.substring(name.indexOf('=') + 1);
                name = name.substring(0, name.indexOf('='));
            }
            if (name.equals("cli-input-json") || name.equals("cli-input-yaml")) {
                if (cliInputOption != null && !cliInputOption.equals(name)) {
                    throw CliException.parameter("\nOnly one --cli-input- parameter may be specified.");
                }
                cliInput = inline != null ? inline : value(params, ++i, word);
                cliInputOption = name;
                continue;
            }
            if (paginated && Pagination.OPTIONS.contains(name)) {
                pagination = pagination.with(name, inline != null ? inline : value(params, ++i, word));
                continue;
            }
            if (name.equals("generate-cli-skeleton")) {
                skeleton = "input";
                if (inline != null) {
                    skeleton = inline;
                } else if (i + 1 < params.size() && !params.get(i + 1).startsWith("--")) {
                    skeleton = params.get(++i);
                }
                if (!SKELETONS.contains(skeleton)) {
                    throw AwsCli.invalidChoice("argument --generate-cli-skeleton", skeleton, SKELETONS);
                }
                continue;
            }
            Argument a = arguments.arguments().get(name);
            if (a == null) {
                // argparse takes a unique prefix of an option (allow_abbrev), and refuses an ambiguous one.
                String prefix = name;
                List<String> matches = optionNames(arguments, paginated).stream()
                        .filter(o -> o.startsWith(prefix) && !o.equals(prefix))
                        .toList();
                if (matches.size() > 1) {
                    throw CliException.usage("ambiguous option: --" + name + " could match "
                            + String.join(
                                    ", ", matches.stream().map(m -> "--" + m).toList()));
                }
                if (matches.size() == 1) {
                    List<String> rewritten = new ArrayList<>(params);
                    rewritten.set(i, "--" + matches.get(0) + (inline != null ? "=" + inline : ""));
                    params = rewritten;
                    i--;
                    continue;
                }
                unknown.add(word);
                continue;
            }
            List<String> values = new ArrayList<>();
            if (a.kind() == Kind.FLAG) {
                if (a.valueStructure()
                        && a.flagValue()
                        && i + 1 < params.size()
                        && !params.get(i + 1).startsWith("--")) {
                    // The structure's own form still works: --disable-api-termination Value=true.
                    Argument structured = new Argument(a.cliName(), a.field(), Kind.STRUCTURE, false);
                    given.put(structured, new ArrayList<>(List.of(params.get(++i))));
                    continue;
                }
                given.put(a, values);
                continue;
            }
            if (inline != null) {
                values.add(inline);
            } else if (a.kind() == Kind.SCALAR_LIST || a.kind() == Kind.COMPLEX_LIST || a.kind() == Kind.CUSTOM_LIST) {
                while (i + 1 < params.size() && !params.get(i + 1).startsWith("--")) {
                    values.add(params.get(++i));
                }
                // No words (an unset $IDS): the CLI sends an empty list, as argparse's nargs='*' allows.
            } else {
                values.add(value(params, ++i, word));
            }
            // The same flag twice: the second of a pair wins, as with argparse's store actions.
            given.keySet()
                    .removeIf(other -> other.field() != null
                            && a.field() != null
                            && other.memberName().equals(a.memberName()));
            given.put(a, values);
        }
        if (!unknown.isEmpty()) {
            throw CliException.usage("Unknown options: " + String.join(", ", new TreeSet<>(unknown)))
                    .withoutPrefix();
        }
        arguments.checkCustomOptions(given);
        if (takesOutfile && outfile == null && skeleton == null) {
            throw CliException.usage("the following arguments are required: outfile");
        }
        return new ParsedParams(given, cliInput, cliInputOption, skeleton, pagination, outfile);
    }

    /** Every option this operation's parser knows, in the CLI's order: members, then the operation-level extras. */
    private static List<String> optionNames(OperationArguments arguments, boolean paginated) {
        List<String> names = new ArrayList<>(arguments.arguments().keySet());
        names.addAll(List.of("cli-input-json", "cli-input-yaml"));
        if (paginated) {
            names.addAll(List.of("starting-token", "page-size", "max-items"));
        }
        names.add("generate-cli-skeleton");
        return names;
    }

    private static String value(List<String> params, int i, String option) {
        if (i >= params.size() || params.get(i).startsWith("--")) {
            throw CliException.usage("argument " + option + ": expected one argument");
        }
        return params.get(i);
    }
}
