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
import org.ec2tutor.sdk.UnsimulatedOperations;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Request;

/**
 * Every EC2 operation of the SDK's {@link Ec2Client}, by CLI name. All of them parse as the real CLI parses them;
 * those the simulator does not model answer {@code OperationNotSimulated} from the service, as an error from AWS
 * would look. Built once; immutable.
 */
final class OperationCatalog {

    private static final OperationCatalog INSTANCE = new OperationCatalog();

    private final Map<String, Ec2Operation> byCliName;
    private final Set<String> simulated = UnsimulatedOperations.simulatedOperations();

    private OperationCatalog() {
        Map<String, List<String>> required = loadRequired();
        Map<String, Ec2Operation> ops = new TreeMap<>();
        for (Method m : Ec2Client.class.getMethods()) {
            if (m.getParameterCount() == 1 && Ec2Request.class.isAssignableFrom(m.getParameterTypes()[0])
                    && m.getParameterTypes()[0] != Ec2Request.class) {
                String name = Character.toUpperCase(m.getName().charAt(0)) + m.getName().substring(1);
                @SuppressWarnings("unchecked")
                Class<? extends Ec2Request> request = (Class<? extends Ec2Request>) m.getParameterTypes()[0];
                ops.put(CliNames.kebab(name), new Ec2Operation(name, CliNames.kebab(name), request, m,
                        required.getOrDefault(name, List.of())));
            }
        }
        this.byCliName = Collections.unmodifiableMap(ops);
    }

    static OperationCatalog instance() {
        return INSTANCE;
    }

    Optional<Ec2Operation> find(String cliName) {
        return Optional.ofNullable(byCliName.get(cliName));
    }

    /** CLI names of every operation, sorted. */
    Set<String> cliNames() {
        return byCliName.keySet();
    }

    boolean isSimulated(Ec2Operation op) {
        return simulated.contains(op.name());
    }

    private static Map<String, List<String>> loadRequired() {
        Map<String, List<String>> out = new HashMap<>();
        try (InputStream in = OperationCatalog.class.getResourceAsStream("ec2-required-members.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] c = line.split("\t");
                    out.put(c[0], Arrays.asList(c[1].split(",")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
