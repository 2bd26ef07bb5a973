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
import java.util.concurrent.ConcurrentHashMap;
import org.ec2tutor.sdk.OperationNames;
import org.ec2tutor.sdk.SimulatedService;
import org.ec2tutor.sdk.SimulatedServices;
import org.ec2tutor.sdk.UnsimulatedOperations;
import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Every operation of one service's SDK client ({@code Ec2Client}, {@code SsmClient}), by CLI name. All of them parse
 * as the real CLI parses them; those the simulator does not model answer {@code OperationNotSimulated} from the
 * service, as an error from AWS would look. Built once per service; immutable. Public so the HTTP endpoint finds
 * the client method of a wire {@code Action} the same way the CLI finds it for a command.
 */
public final class OperationCatalog {

    /** Each catalog is built on first use: an EC2-only session never reflects on SsmClient. */
    private static final Map<String, OperationCatalog> BUILT = new ConcurrentHashMap<>();

    private final Map<String, Ec2Operation> byCliName;
    private final Map<String, Ec2Operation> byName;
    private final Set<String> simulated;

    private OperationCatalog(SimulatedService spec) {
        String service = spec.cliName();
        Class<?> client = spec.clientInterface();
        Class<? extends AwsRequest> requestBase = spec.requestBase();
        this.simulated = UnsimulatedOperations.simulatedOperations(spec.implementation(), requestBase);
        Map<String, List<String>> required = loadRequired(spec.requiredMembers());
        Map<String, Ec2Operation> ops = new TreeMap<>();
        for (Method m : client.getMethods()) {
            // One request parameter; or a request and a RequestBody, S3's way to send a payload (put-object), when
            // that operation has no one-parameter method.
            boolean streamingInput = m.getParameterCount() == 2
                    && m.getParameterTypes()[1] == RequestBody.class
                    && !hasOneParameterMethod(client, m.getName(), m.getParameterTypes()[0]);
            if ((m.getParameterCount() == 1 || streamingInput)
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

    private static boolean hasOneParameterMethod(Class<?> client, String name, Class<?> request) {
        try {
            client.getMethod(name, request);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The EC2 catalog. */
    static OperationCatalog instance() {
        return forService("ec2").orElseThrow();
    }

    /** The catalog of a simulated service by its CLI name ({@code ec2}, {@code ssm}), if the tutor simulates it. */
    public static Optional<OperationCatalog> forService(String service) {
        return SimulatedServices.find(service)
                .map(spec -> BUILT.computeIfAbsent(service, s -> new OperationCatalog(spec)));
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
            if (in == null) {
                return out; // a service whose operations have no required members the CLI checks
            }
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
