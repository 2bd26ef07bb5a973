package org.ec2tutor.cli;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ec2tutor.cli.OperationArguments.Argument;
import org.ec2tutor.cli.OperationArguments.Kind;
import org.ec2tutor.sdk.SimulatedService;
import org.ec2tutor.sdk.SimulatedServices;
import org.ec2tutor.sdk.WaiterSpec;
import org.ec2tutor.sdk.WaiterSpecs;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.TraitType;

/**
 * Short help at the prompt: {@code aws help}, {@code aws ec2 help}, {@code aws ec2 OPERATION help} and
 * {@code aws ec2 wait help}, generated from the same metadata the parser uses, so it can never disagree with it.
 */
final class CliHelp {

    private CliHelp() {}

    static String top() {
        StringBuilder commands = new StringBuilder();
        for (SimulatedService s : SimulatedServices.all()) {
            commands.append(String.format("  %-5s %s (see: aws %s help)\n", s.cliName(), s.summary(), s.cliName()));
        }
        commands.append(String.format("  %-5s %s\n", "s3", "High-level S3 commands (ls, cp, mb, rb, rm)"));
        commands.append(String.format("  %-5s %s\n", "sts", "AWS Security Token Service (get-caller-identity)"));
        return """
                aws [options] <command> <subcommand> [parameters]

                Commands simulated by ec2-tutor:
                """ + commands + """

                Global options:
                  --output json|text|table   --query JMESPATH   --profile default|teammate|outsider
                  --region us-east-1|eu-west-1   --no-cli-pager (and other harmless globals are accepted)
                """;
    }

    static String ec2() {
        return service("ec2", OperationCatalog.instance());
    }

    static String service(String service, OperationCatalog catalog) {
        StringBuilder b = new StringBuilder("aws " + service + " <operation> [parameters]\n\n"
                + "Operations simulated by ec2-tutor (others parse, and the service answers OperationNotSimulated):\n");
        for (String name : catalog.cliNames()) {
            if (catalog.isSimulatedCommand(name)) {
                b.append("  ").append(name).append('\n');
            }
        }
        if (service.equals("ec2")) {
            b.append("  wait   (see: aws ec2 wait help)\n");
        }
        b.append("\nSee: aws ").append(service).append(" <operation> help\n");
        return b.toString();
    }

    static String waiters() {
        StringBuilder b = new StringBuilder("aws ec2 wait <waiter> [parameters]\n\nWaiters:\n");
        for (WaiterSpec<?> w : WaiterSpecs.all()) {
            b.append(String.format(
                    "  %-22s polls %s every %d seconds, at most %d times%n",
                    w.cliName(), CliNames.kebab(w.operation()), w.delay().toSeconds(), w.maxAttempts()));
        }
        return b.toString();
    }

    static String operation(Ec2Operation op, OperationArguments arguments) {
        StringBuilder b = new StringBuilder();
        b.append(op.cliName())
                .append("\n\nSYNOPSIS\n  aws ")
                .append(op.service())
                .append(' ')
                .append(op.cliName())
                .append('\n');
        Set<String> required = new HashSet<>(arguments.requiredMembers());
        for (Map.Entry<String, Argument> e : arguments.arguments().entrySet()) {
            Argument a = e.getValue();
            if (a.kind() == Kind.FLAG && !a.flagValue()) {
                continue;
            }
            String option = "--" + e.getKey();
            if (a.kind() == Kind.FLAG) {
                String negated = arguments.arguments().entrySet().stream()
                        .filter(x -> x.getValue().kind() == Kind.FLAG
                                && !x.getValue().flagValue()
                                && java.util.Objects.equals(x.getValue().memberName(), a.memberName())
                                && (a.field() != null || x.getKey().equals("no-" + e.getKey())))
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElse("no-" + e.getKey());
                b.append("  [").append(option).append(" | --").append(negated).append("]\n");
                continue;
            }
            String text = option + " <" + type(a) + ">";
            b.append("  ")
                    .append(required.contains(a.memberName()) ? text : "[" + text + "]")
                    .append('\n');
        }
        b.append("  [--cli-input-json <value>]\n  [--generate-cli-skeleton <value>]\n");
        if (!OperationCatalog.forService(op.service()).orElseThrow().isSimulated(op)) {
            b.append("\nNote: ec2-tutor does not simulate ").append(op.name()).append(" yet.\n");
        }
        return b.toString();
    }

    private static String type(Argument a) {
        return switch (a.kind()) {
            case COUNT -> "integer or MIN:MAX";
            case CUSTOM -> a.cliName().endsWith("count") ? "integer" : "string";
            case SCALAR_LIST ->
                "list of "
                        + a.field()
                                .getTrait(ListTrait.class, TraitType.LIST_TRAIT)
                                .memberFieldInfo()
                                .marshallingType()
                                .toString()
                                .toLowerCase(Locale.ROOT);
            case COMPLEX_LIST -> "list of structures: shorthand or JSON";
            case STRUCTURE -> "structure: shorthand or JSON";
            case MAP -> "map: shorthand or JSON";
            default -> {
                MarshallingType<?> t = a.field().marshallingType();
                yield t.toString().toLowerCase(Locale.ROOT);
            }
        };
    }
}
