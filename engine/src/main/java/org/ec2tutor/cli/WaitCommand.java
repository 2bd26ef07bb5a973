package org.ec2tutor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ec2tutor.sdk.WaiterRun;
import org.ec2tutor.sdk.WaiterSpec;
import org.ec2tutor.sdk.WaiterSpecs;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * {@code aws ec2 wait WAITER [options]} (and {@code aws ssm wait command-executed}): polls with the waiter's real
 * delay and attempts; against the simulated
 * cloud each delay advances the virtual clock. Prints nothing on success; on failure the CLI's "Waiter ... failed"
 * text and exit status 255.
 */
final class WaitCommand {

    private final AwsEnvironment env;
    private final AwsCli.GlobalOptions globals;
    private final String service;

    WaitCommand(AwsEnvironment env, AwsCli.GlobalOptions globals, String service) {
        this.env = env;
        this.globals = globals;
        this.service = service;
    }

    /** {@code aws SERVICE wait} alone: the waiter command's own argparse usage line (awscli/customizations/waiters.py). */
    static CliException tooFewArguments(String service) {
        return new CliException(
                "usage: aws [options] " + service + " wait <subcommand> [parameters]\naws: error: too few arguments",
                252,
                false);
    }

    CliResult run(List<String> params) {
        List<WaiterSpec<?>> waiters = WaiterSpecs.forService(service);
        List<String> names = waiters.stream().map(WaiterSpec::cliName).toList();
        if (params.isEmpty()) {
            throw tooFewArguments(service);
        }
        if (params.get(0).equals("help")) {
            return CliResult.ok(CliHelp.waiters(service, waiters));
        }
        WaiterSpec<?> spec = waiters.stream()
                .filter(w -> w.cliName().equals(params.get(0)))
                .findFirst()
                .orElseThrow(() -> AwsCli.invalidChoice("argument subcommand", params.get(0), withHelp(names)));
        if (params.size() == 2 && params.get(1).equals("help")) {
            return CliResult.ok(CliHelp.waiter(spec, operation(spec)));
        }
        return await(spec, params.subList(1, params.size()));
    }

    private static List<String> withHelp(List<String> names) {
        List<String> all = new ArrayList<>(names);
        all.add("help");
        return all;
    }

    @SuppressWarnings("unchecked") // the spec names the operation, so its response is an R
    private <R> CliResult await(WaiterSpec<R> spec, List<String> params) {
        Ec2Operation op = operation(spec);
        OperationArguments arguments = new OperationArguments(op);
        OperationCommand.ParsedParams parsed = OperationCommand.parse(arguments, params);
        ObjectNode input = arguments.toInput(parsed.given(), env.workspace());
        SdkPojo builder = op.newBuilder();
        SdkJson.bind(builder, input, "");
        Object request = ((SdkBuilder<?, ?>) builder).build();
        Object client = new OperationCommand(env, globals, 80).client(service);
        WaiterRun.Result<R> result = WaiterRun.run(
                d -> {
                    Interrupted.check(); // Ctrl-C between polls
                    env.sleep(d);
                },
                spec,
                Optional.empty(),
                () -> (R) call(op, client, request));
        if (result instanceof WaiterRun.Succeeded<R>) {
            return CliResult.ok("");
        }
        String reason;
        if (result instanceof WaiterRun.MatchedFailure<R> f) {
            WaiterSpec.Acceptor<R> a = f.acceptor();
            String how = a.matcher() == WaiterSpec.Matcher.PATH_ALL
                    ? "all members matched"
                    : a.matcher() == WaiterSpec.Matcher.PATH_ANY
                            ? "we matched expected path: \"" + a.expected() + "\" at least once"
                            : "we matched expected path: \"" + a.expected() + "\"";
            if (a.matcher() == WaiterSpec.Matcher.PATH_ALL) {
                how += " expected path: \"" + a.expected() + "\"";
            }
            reason = "Waiter encountered a terminal failure state: For expression \"" + a.expression() + "\" " + how;
        } else if (result instanceof WaiterRun.UnexpectedError<R> u) {
            reason = "An error occurred (" + u.error().awsErrorDetails().errorCode() + "): "
                    + u.error().awsErrorDetails().errorMessage();
        } else {
            reason = "Max attempts exceeded";
        }
        return CliResult.error(255, "\nWaiter " + spec.name() + " failed: " + reason + "\n");
    }

    private Ec2Operation operation(WaiterSpec<?> spec) {
        return OperationCatalog.forService(service)
                .orElseThrow()
                .find(CliNames.kebab(spec.operation()))
                .orElseThrow();
    }

    private static Object call(Ec2Operation op, Object client, Object request) {
        try {
            return op.method().invoke(client, request);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof AwsServiceException error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
