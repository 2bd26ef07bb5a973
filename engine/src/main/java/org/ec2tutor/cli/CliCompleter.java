package org.ec2tutor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.ec2tutor.sdk.WaiterSpec;
import org.ec2tutor.sdk.WaiterSpecs;

/**
 * Tab completion for {@code aws} lines: services, operations, options (from the same metadata the parser uses),
 * waiter names, and option values from the live account (instance and image ids, instance types, profiles).
 */
public final class CliCompleter {

    /** Live values, looked up only when a completion needs them. */
    public interface Values {
        List<String> instanceIds();

        List<String> imageIds();

        List<String> instanceTypes();
    }

    /** Candidates for the word from {@code start} to the cursor. */
    public record Completion(List<String> candidates, int start) {}

    private static final List<String> GLOBALS = List.of(
            "--output",
            "--query",
            "--profile",
            "--region",
            "--no-cli-pager",
            "--debug",
            "--endpoint-url",
            "--no-paginate",
            "--color");

    private CliCompleter() {}

    public static Completion complete(String line, int cursor, Values values) {
        String before = line.substring(0, Math.min(cursor, line.length()));
        int start = before.lastIndexOf(' ') + 1;
        String partial = before.substring(start);
        List<String> words =
                new ArrayList<>(List.of(before.substring(0, start).trim().split("\\s+")));
        words.removeIf(String::isEmpty);
        List<String> positional =
                words.stream().filter(w -> !w.startsWith("--")).toList();
        String previous = words.isEmpty() ? "" : words.get(words.size() - 1);
        List<String> candidates;
        if (partial.startsWith("--")) {
            candidates = options(positional);
        } else if (previous.startsWith("--")) {
            candidates = values(previous, positional, values);
        } else if (positional.size() <= 1) {
            candidates = new ArrayList<>(AwsCli.services());
            candidates.add("help");
        } else if (positional.size() == 2) {
            candidates = operations(positional.get(1));
        } else if (positional.size() == 3 && positional.get(2).equals("wait")) {
            candidates = WaiterSpecs.all().stream().map(WaiterSpec::cliName).toList();
        } else {
            candidates = List.of();
        }
        List<String> matches = candidates.stream()
                .filter(c -> c.startsWith(partial))
                .distinct()
                .toList();
        return new Completion(matches, start);
    }

    private static List<String> operations(String service) {
        if (service.equals("sts")) {
            return List.of("get-caller-identity");
        }
        if (service.equals("s3")) {
            return S3Command.COMMANDS;
        }
        Optional<OperationCatalog> forService = OperationCatalog.forService(service);
        if (forService.isEmpty()) {
            return List.of();
        }
        List<String> ops = new ArrayList<>();
        OperationCatalog catalog = forService.get();
        // Simulated operations first: those are the ones that do something here.
        catalog.cliNames().stream().filter(catalog::isSimulatedCommand).forEach(ops::add);
        if (service.equals("ec2")) {
            ops.add("wait");
        }
        ops.add("help");
        return ops;
    }

    private static List<String> options(List<String> positional) {
        List<String> out = new ArrayList<>();
        Optional<Ec2Operation> op = operation(positional);
        op.ifPresent(o -> new OperationArguments(o).arguments().keySet().forEach(k -> out.add("--" + k)));
        if (op.isPresent()) {
            out.add("--cli-input-json");
            out.add("--generate-cli-skeleton");
        }
        out.addAll(GLOBALS);
        return out;
    }

    private static Optional<Ec2Operation> operation(List<String> positional) {
        if (positional.size() >= 3 && !positional.get(1).equals("ec2")) {
            return OperationCatalog.forService(positional.get(1)).flatMap(c -> c.find(positional.get(2)));
        }
        if (positional.size() >= 3) {
            if (positional.get(2).equals("wait") && positional.size() >= 4) {
                return WaiterSpecs.all().stream()
                        .filter(w -> w.cliName().equals(positional.get(3)))
                        .findFirst()
                        .flatMap(w -> OperationCatalog.instance().find(CliNames.kebab(w.operation())));
            }
            return OperationCatalog.instance().find(positional.get(2));
        }
        return Optional.empty();
    }

    private static final Map<String, Supplier<List<String>>> FIXED = Map.of(
            "--output", () -> OutputFormat.CHOICES,
            "--profile", () -> List.of("default", "teammate", "outsider"),
            "--region", () -> List.of("us-east-1", "eu-west-1"),
            "--source-region", () -> List.of("us-east-1", "eu-west-1"));

    private static List<String> values(String option, List<String> positional, Values values) {
        if (FIXED.containsKey(option)) {
            return FIXED.get(option).get();
        }
        return switch (option) {
            case "--instance-ids", "--instance-id", "--resources" -> values.instanceIds();
            case "--image-id", "--image-ids", "--source-image-id" -> values.imageIds();
            case "--instance-type", "--instance-types" -> values.instanceTypes();
            case "--attribute" ->
                operation(positional)
                        .map(o -> o.name().contains("Image")
                                ? List.of(
                                        "description",
                                        "launchPermission",
                                        "productCodes",
                                        "bootMode",
                                        "lastLaunchedTime")
                                : List.of(
                                        "instanceType",
                                        "userData",
                                        "disableApiTermination",
                                        "disableApiStop",
                                        "instanceInitiatedShutdownBehavior",
                                        "rootDeviceName",
                                        "blockDeviceMapping"))
                        .orElse(List.of());
            default -> List.of();
        };
    }

    /** Help for the operation an {@code aws} line names, for a notebook's inspect or the REPL. */
    public static Optional<String> help(String line) {
        List<String> words = List.of(line.trim().split("\\s+"));
        List<String> positional =
                words.stream().filter(w -> !w.startsWith("--")).toList();
        return operation(positional).map(op -> CliHelp.operation(op, new OperationArguments(op)));
    }
}
