package org.ec2tutor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.ec2tutor.cli.OperationArguments.Argument;
import org.ec2tutor.cli.OperationArguments.Kind;
import org.ec2tutor.render.HelpPage;
import org.ec2tutor.render.HelpPage.Member;
import org.ec2tutor.render.HelpPage.Option;
import org.ec2tutor.render.Renderer;
import org.ec2tutor.sdk.SimulatedService;
import org.ec2tutor.sdk.SimulatedServices;
import org.ec2tutor.sdk.WaiterSpec;
import software.amazon.awssdk.core.SdkPojo;

/**
 * {@code aws help}, {@code aws SERVICE help}, {@code aws SERVICE OPERATION help}, {@code aws SERVICE wait help} and
 * {@code aws SERVICE wait WAITER help} in the real CLI's man-page layout (awscli/clidocs.py), built from the SDK
 * model's field metadata the parser binds with, so a page can never disagree with what the command accepts. The
 * service documentation strings are not shipped: pages carry names, types, enum values, nesting and syntax.
 */
final class CliHelp {

    private static final String VIEW = "aws/help.txt.ftl";

    /** The CLI's own options' help (awscli/customizations/ec2), which no service model documents. */
    private static final Map<String, String> CUSTOM_DOCS = Map.ofEntries(
            Map.entry(
                    "count",
                    "Number of instances to launch. If a single number is provided, it is assumed to be the minimum"
                            + " to launch (defaults to 1). If a range is provided in the form min:max then the first"
                            + " number is interpreted as the minimum number of instances to launch and the second is"
                            + " interpreted as the maximum number of instances to launch."),
            Map.entry(
                    "secondary-private-ip-address-count",
                    "[EC2-VPC] The number of secondary IP addresses to assign to the network interface or"
                            + " instance."),
            Map.entry(
                    "associate-public-ip-address",
                    "[EC2-VPC] If specified a public IP address will be assigned to the new instance in a VPC."),
            Map.entry(
                    "protocol",
                    "The IP protocol: tcp | udp | icmp. (VPC only) Use all to specify all protocols. If this"
                            + " argument is provided without also providing the port argument, then it will be"
                            + " applied to all ports for the specified protocol."),
            Map.entry(
                    "port",
                    "For TCP or UDP: The range of ports to allow. A single integer or a range (min-max). For ICMP:"
                            + " A single integer or a range (type-code) representing the ICMP type number and the"
                            + " ICMP code number respectively. A value of -1 indicates all ICMP codes for all ICMP"
                            + " types. A value of -1 just for type indicates all ICMP codes for the specified ICMP"
                            + " type."),
            Map.entry("cidr", "The IPv4 address range, in CIDR format."),
            Map.entry("source-group", "The name or ID of the source security group."),
            Map.entry(
                    "group-owner",
                    "The AWS account ID that owns the source security group. Cannot be used when specifying a CIDR"
                            + " IP address."),
            Map.entry(
                    "priv-launch-key",
                    "The file that contains the private key used to launch the instance (e.g."
                            + " file://path/to/key). If this is supplied, the password data sent from EC2 will be"
                            + " decrypted before display."),
            Map.entry("body", "Object data."));

    private CliHelp() {}

    static String top() {
        List<String> services = new ArrayList<>(AwsCli.services());
        services.sort(null);
        List<String> description = new ArrayList<>(
                List.of("The AWS Command Line Interface is a unified tool to manage your AWS services."));
        StringBuilder simulated = new StringBuilder("ec2-tutor simulates these services:");
        for (SimulatedService s : SimulatedServices.all()) {
            simulated
                    .append(' ')
                    .append(s.cliName())
                    .append(" (")
                    .append(s.summary())
                    .append("),");
        }
        simulated.append(" s3 (its high-level ls, cp, mb, rb and rm) and sts (get-caller-identity).");
        description.add(simulated.toString());
        return render(new HelpPage("aws", description, false, List.of(), List.of(), false, List.of(), services, true));
    }

    static String service(String service, OperationCatalog catalog) {
        TreeSet<String> commands = new TreeSet<>();
        for (String name : catalog.cliNames()) {
            if (catalog.isSimulatedCommand(name)) {
                commands.add(name);
            }
        }
        if (!org.ec2tutor.sdk.WaiterSpecs.forService(service).isEmpty()) {
            commands.add("wait");
        }
        String summary =
                SimulatedServices.find(service).map(SimulatedService::summary).orElse("");
        List<String> description = List.of(
                summary + ".",
                "The commands below are those ec2-tutor simulates. Every other " + service
                        + " command of the AWS CLI parses as the real CLI parses it, and the simulated service"
                        + " answers OperationNotSimulated.");
        return render(new HelpPage(
                service, description, false, List.of(), List.of(), false, List.of(), List.copyOf(commands), false));
    }

    static String waiters(String service, List<WaiterSpec<?>> waiters) {
        List<String> description = List.of("Wait until a particular condition is satisfied. Each subcommand polls an"
                + " API until the listed requirement is met.");
        List<String> names = waiters.stream().map(WaiterSpec::cliName).toList();
        return render(new HelpPage("wait", description, false, List.of(), List.of(), false, List.of(), names, false));
    }

    static String operation(Ec2Operation op, OperationArguments arguments) {
        List<String> description = new ArrayList<>();
        if (!OperationCatalog.forService(op.service()).orElseThrow().isSimulated(op)) {
            description.add("ec2-tutor does not simulate " + op.name() + " yet: the command parses as the real"
                    + " CLI's, and the simulated service answers OperationNotSimulated.");
        }
        return commandPage(op.cliName(), description, arguments, ShapeDocs.output(Shape.membersOf(response(op))));
    }

    /** A waiter's page: its description generated from the acceptors (awscli/customizations/waiters.py). */
    static String waiter(WaiterSpec<?> spec, Ec2Operation op) {
        return commandPage(spec.cliName(), List.of(waiterDescription(spec)), new OperationArguments(op), List.of());
    }

    static String waiterDescription(WaiterSpec<?> spec) {
        StringBuilder b = new StringBuilder("Wait until ");
        for (WaiterSpec.Acceptor<?> a : spec.acceptors()) {
            if (a.state() != WaiterSpec.Outcome.SUCCESS) {
                continue;
            }
            b.append(
                    switch (a.matcher()) {
                        case ERROR -> a.expected() + " is thrown ";
                        case PATH -> "JMESPath query " + a.expression() + " returns " + a.expected() + " ";
                        case PATH_ALL ->
                            "JMESPath query " + a.expression() + " returns " + a.expected() + " for all elements ";
                        case PATH_ANY ->
                            "JMESPath query " + a.expression() + " returns " + a.expected() + " for any element ";
                    });
            break;
        }
        return b.append("when polling with ")
                .append(CliNames.kebab(spec.operation()))
                .append(". It will poll every ")
                .append(spec.delay().toSeconds())
                .append(" seconds until a successful state has been reached. This will exit with a return code of"
                        + " 255 after ")
                .append(spec.maxAttempts())
                .append(" failed checks.")
                .toString();
    }

    private static String commandPage(
            String name, List<String> intro, OperationArguments arguments, List<Member> output) {
        boolean paginated = arguments.arguments().containsKey("next-token");
        List<String> description = new ArrayList<>(intro);
        description.add("See also: AWS API Documentation");
        if (paginated) {
            description.add(name + " is a paginated operation. Multiple API calls may be issued in order to retrieve"
                    + " the entire data set of results. You can disable pagination by providing the --no-paginate"
                    + " argument. When using --output text and the --query argument on a paginated response, the"
                    + " --query argument must extract data from the results of the following query expressions: "
                    + resultKey(arguments.operation()));
        }
        List<String> synopsis = new ArrayList<>();
        List<Option> options = new ArrayList<>();
        List<String> required = arguments.requiredMembers();
        Class<?> requestModel = arguments.operation().requestClass();
        for (Map.Entry<String, Argument> e : arguments.arguments().entrySet()) {
            Argument a = e.getValue();
            if ((a.kind() == Kind.FLAG && !a.flagValue())
                    || (paginated
                            && (e.getKey().equals("next-token") || e.getKey().equals("max-results")))) {
                continue; // a negation is documented with its flag; the paginator's own keys are undocumented
            }
            String option = "--" + e.getKey();
            boolean isRequired = a.memberName() != null && required.contains(a.memberName());
            if (a.kind() == Kind.FLAG) {
                String names = option + " | --" + negation(arguments, e.getKey(), a);
                synopsis.add("[" + names + "]");
                options.add(
                        new Option(names, "boolean", docs(e.getKey()), List.of(), List.of(), List.of(), "", List.of()));
                continue;
            }
            synopsis.add(isRequired ? option + " <value>" : "[" + option + " <value>]");
            if (a.field() == null) {
                String type = e.getKey().equals("body") ? "streaming blob" : "string";
                options.add(new Option(option, type, docs(e.getKey()), List.of(), List.of(), List.of(), "", List.of()));
                continue;
            }
            options.add(option(option, Shape.of(a.field(), requestModel)));
        }
        if (arguments.operation().streaming() == Ec2Operation.Streaming.OUTPUT) {
            synopsis.add("<outfile>");
            options.add(new Option(
                    "outfile",
                    "string",
                    List.of("Filename where the content will be saved"),
                    List.of(),
                    List.of(),
                    List.of(),
                    "",
                    List.of()));
        }
        return render(new HelpPage(name, description, true, synopsis, options, paginated, output, List.of(), false));
    }

    private static List<String> docs(String option) {
        String d = CUSTOM_DOCS.get(option);
        return d == null ? List.of() : List.of(d);
    }

    /** An option of the model: its type, enum values, nested members and syntax blocks (clidocs.doc_option_example). */
    private static Option option(String option, Shape shape) {
        String shorthand = ShapeDocs.shorthand(shape);
        List<Member> members = ShapeDocs.nested(shape);
        if (shorthand == null) {
            return new Option(option, shape.type(), List.of(), List.of(), members, List.of(), "", List.of());
        }
        List<String> shorthandLines = shorthand.isEmpty() ? List.of() : List.of(shorthand.split("\n", -1));
        String title = "";
        List<String> syntax = List.of();
        if (shape.type().equals("list") && shape.member().scalar()) {
            Shape element = shape.member();
            String v = ShapeDocs.valueName(element, false);
            List<String> lines = new ArrayList<>(List.of(v + " " + v + " ..."));
            if (!element.enumValues().isEmpty()) {
                lines.add("");
                lines.add("Where valid values are:");
                element.enumValues().forEach(x -> lines.add("    " + x));
            }
            title = "Syntax";
            syntax = lines;
        } else if (!shape.scalar()) {
            title = "JSON Syntax";
            syntax = ShapeDocs.json(shape);
        }
        return new Option(option, shape.type(), List.of(), shape.enumValues(), members, shorthandLines, title, syntax);
    }

    private static String negation(OperationArguments arguments, String name, Argument a) {
        return arguments.arguments().entrySet().stream()
                .filter(x -> x.getValue().kind() == Kind.FLAG
                        && !x.getValue().flagValue()
                        && Objects.equals(x.getValue().memberName(), a.memberName())
                        && (a.field() != null || x.getKey().equals("no-" + name)))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("no-" + name);
    }

    /** The response's builder: the request's class with Response for Request (also for a streamed response). */
    private static SdkPojo response(Ec2Operation op) {
        String request = op.requestClass().getName();
        try {
            Class<?> response = Class.forName(
                    request.substring(0, request.length() - "Request".length()) + "Response",
                    false,
                    op.requestClass().getClassLoader());
            return (SdkPojo) response.getMethod("builder").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no response class for " + request, e);
        }
    }

    /** The paginator's result key: the response's first list member, as {@link Pagination} pages it. */
    private static String resultKey(Ec2Operation op) {
        return Shape.membersOf(response(op)).entrySet().stream()
                .filter(m -> m.getValue().type().equals("list"))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("");
    }

    private static String render(HelpPage page) {
        return Renderer.instance().render(VIEW, Map.of("page", page));
    }
}
