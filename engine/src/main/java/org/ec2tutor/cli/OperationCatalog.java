package org.ec2tutor.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.ec2tutor.sdk.OperationNames;
import org.ec2tutor.sdk.SimulatedEc2Client;
import org.ec2tutor.sdk.SimulatedSsmClient;
import org.ec2tutor.sdk.UnsimulatedOperations;
import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Request;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.SsmRequest;

/**
 * Every operation of one service's SDK client ({@code Ec2Client}, {@code SsmClient}), by CLI name. All of them parse
 * as the real CLI parses them; those the simulator does not model answer {@code OperationNotSimulated} from the
 * service, as an error from AWS would look. Built once per service; immutable. Public so the HTTP endpoint finds
 * the client method of a wire {@code Action} the same way the CLI finds it for a command.
 */
public final class OperationCatalog {

    /** Each catalog is built on first use (a holder class each): an EC2-only session never reflects on SsmClient. */
    private static final class Ec2Holder {
        static final OperationCatalog EC2 = new OperationCatalog(
                "ec2", Ec2Client.class, Ec2Request.class, SimulatedEc2Client.class, "ec2-required-members.tsv");
    }

    private static final class SsmHolder {
        static final OperationCatalog SSM = new OperationCatalog(
                "ssm", SsmClient.class, SsmRequest.class, SimulatedSsmClient.class, "ssm-required-members.tsv");
    }

    private final Map<String, Ec2Operation> byCliName;
    private final Map<String, Ec2Operation> byName;
    private final Set<String> simulated;

    private OperationCatalog(
            String service,
            Class<?> client,
            Class<? extends AwsRequest> requestBase,
            Class<?> implementation,
            String requiredFile) {
        this.simulated = UnsimulatedOperations.simulatedOperations(implementation, requestBase);
        Map<String, List<String>> required = loadRequired(requiredFile);
        Map<String, Ec2Operation> ops = new TreeMap<>();
        for (Method m : client.getMethods()) {
            if (m.getParameterCount() == 1
                    && requestBase.isAssignableFrom(m.getParameterTypes()[0])
                    && m.getParameterTypes()[0] != requestBase) {
                String name = OperationNames.of(m);
                @SuppressWarnings("unchecked")
                Class<? extends AwsRequest> request = (Class<? extends AwsRequest>) m.getParameterTypes()[0];
                ops.put(
                        CliNames.kebab(name),
                        new Ec2Operation(
                                service,
                                name,
                                CliNames.kebab(name),
                                request,
                                m,
                                required.getOrDefault(name, List.of())));
            }
        }
        this.byCliName = Collections.unmodifiableMap(ops);
        Map<String, Ec2Operation> names = new HashMap<>();
        ops.values().forEach(op -> names.put(op.name(), op));
        this.byName = Collections.unmodifiableMap(names);
    }

    /** The EC2 catalog. */
    static OperationCatalog instance() {
        return Ec2Holder.EC2;
    }

    /** The catalog of {@code ec2} or {@code ssm}. */
    public static Optional<OperationCatalog> forService(String service) {
        return service.equals("ec2")
                ? Optional.of(Ec2Holder.EC2)
                : service.equals("ssm") ? Optional.of(SsmHolder.SSM) : Optional.empty();
    }

    Optional<Ec2Operation> find(String cliName) {
        return Optional.ofNullable(byCliName.get(cliName));
    }

    /** The operation with this API name ({@code DescribeInstances}), as a wire protocol's {@code Action} names it. */
    public Optional<Ec2Operation> findByName(String apiName) {
        return Optional.ofNullable(byName.get(apiName));
    }

    /** CLI names of every operation, sorted. */
    Set<String> cliNames() {
        return byCliName.keySet();
    }

    public boolean isSimulated(Ec2Operation op) {
        return simulated.contains(op.name());
    }

    private static Map<String, List<String>> loadRequired(String file) {
        Map<String, List<String>> out = new HashMap<>();
        try (InputStream in = OperationCatalog.class.getResourceAsStream(file)) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] c = line.split("\t", -1);
                    out.put(c[0], Arrays.asList(c[1].split(",", -1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
