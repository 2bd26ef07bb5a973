package org.ec2tutor.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.ec2tutor.agent.Forwarding;
import org.ec2tutor.agent.Forwarding.ClassFileMethod;
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

    private final String service;
    private final Class<?> client;
    private final Map<String, List<String>> required;
    private final Map<String, Entry> byCliName;
    private final Map<String, Entry> byName;
    private final Set<String> simulated;
    /** Operations as used so far: an operation's classes load at its first use, not with the catalog. */
    private final Map<String, Ec2Operation> made = new ConcurrentHashMap<>();

    /**
     * An operation as the client's class file declares it: the method's name and descriptor, the request's binary
     * name, and whether a request body follows the request (S3's put-object).
     */
    private record Entry(String name, String cliName, ClassFileMethod method, boolean streamingInput) {}

    private OperationCatalog(SimulatedService spec) {
        this.service = spec.cliName();
        this.client = spec.clientInterface();
        Class<? extends AwsRequest> requestBase = spec.requestBase();
        this.simulated = UnsimulatedOperations.simulatedOperations(spec.implementation(), requestBase);
        this.required = loadRequired(spec.requiredMembers());
        // The client's methods from its class file, not reflection: getMethods() would load the parameter and return
        // types of every method (~3,000 classes for Ec2Client) to list names of which a session uses a few.
        List<ClassFileMethod> methods = Forwarding.interfaceMethods(client);
        Set<String> oneParameter = new HashSet<>();
        methods.stream()
                .filter(m -> m.parameterCount() == 1)
                .forEach(m ->
                        oneParameter.add(m.name() + " " + m.parameterTypes().get(0)));
        String modelPackage = requestBase.getPackageName() + ".";
        Map<String, Entry> ops = new TreeMap<>();
        for (ClassFileMethod m : methods) {
            List<String> types = m.parameterTypes();
            // One request parameter; or a request and a RequestBody, S3's way to send a payload (put-object), when
            // that operation has no one-parameter method.
            boolean streamingInput = types.size() == 2
                    && types.get(1).equals(RequestBody.class.getName())
                    && !oneParameter.contains(m.name() + " " + types.get(0));
            // A request: a class of the model's package other than the base (the model's classes are all there).
            if ((types.size() == 1 || streamingInput)
                    && types.get(0).startsWith(modelPackage)
                    && types.get(0).indexOf('.', modelPackage.length()) < 0
                    && !types.get(0).equals(requestBase.getName())) {
                String name = OperationNames.ofMethodName(m.name());
                ops.put(CliNames.kebab(name), new Entry(name, CliNames.kebab(name), m, streamingInput));
            }
        }
        this.byCliName = Collections.unmodifiableMap(ops);
        Map<String, Entry> names = new HashMap<>();
        ops.values().forEach(op -> names.put(op.name(), op));
        this.byName = Collections.unmodifiableMap(names);
    }

    /** The operation's request class and client method, loaded now (and kept). */
    private Ec2Operation operation(Entry e) {
        return made.computeIfAbsent(e.cliName(), k -> {
            ClassLoader loader = client.getClassLoader();
            String descriptor = e.method().descriptor();
            try {
                @SuppressWarnings("unchecked")
                Class<? extends AwsRequest> request = (Class<? extends AwsRequest>)
                        Class.forName(e.method().parameterTypes().get(0), false, loader);
                String returned = descriptor.substring(descriptor.indexOf(')') + 1);
                if (!returned.startsWith("L")) {
                    throw new IllegalStateException("unexpected return type " + returned + " of " + e.name());
                }
                Class<?> response = Class.forName(
                        returned.substring(1, returned.length() - 1).replace('/', '.'), false, loader);
                MethodType type = e.streamingInput()
                        ? MethodType.methodType(response, request, RequestBody.class)
                        : MethodType.methodType(response, request);
                MethodHandle handle = MethodHandles.publicLookup()
                        .findVirtual(client, e.method().name(), type);
                return new Ec2Operation(
                        service,
                        e.name(),
                        e.cliName(),
                        request,
                        new OperationMethod(handle),
                        required.getOrDefault(e.name(), List.of()));
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException("cannot load " + e.name() + " of " + client.getName(), ex);
            }
        });
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
        return Optional.ofNullable(byCliName.get(cliName)).map(this::operation);
    }

    /** The operation with this API name ({@code DescribeInstances}), as a wire protocol's {@code Action} names it. */
    public Optional<Ec2Operation> findByName(String apiName) {
        return Optional.ofNullable(byName.get(apiName)).map(this::operation);
    }

    /** API names of every operation ({@code PutBucketPolicy}), sorted: the HTTP endpoint's S3 routes read them all. */
    public Set<String> operationNames() {
        return new java.util.TreeSet<>(byName.keySet());
    }

    /** CLI names of every operation, sorted. */
    Set<String> cliNames() {
        return byCliName.keySet();
    }

    public boolean isSimulated(Ec2Operation op) {
        return simulated.contains(op.name());
    }

    /** Whether the operation of this CLI name is simulated, without loading its classes. */
    public boolean isSimulatedCommand(String cliName) {
        Entry e = byCliName.get(cliName);
        return e != null && simulated.contains(e.name());
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
