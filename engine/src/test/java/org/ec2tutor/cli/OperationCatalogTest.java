package org.ec2tutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import org.ec2tutor.sdk.OperationNames;
import org.ec2tutor.sdk.SimulatedService;
import org.ec2tutor.sdk.SimulatedServices;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The catalog reads the client's class file instead of reflecting on it (so a session loads only the operations it
 * uses): it must still offer every operation reflection finds, each calling the same client method.
 */
class OperationCatalogTest {

    /** The operations by CLI name as reflection over the client interface finds them (the catalog's rule before). */
    private static Map<String, Method> byReflection(SimulatedService spec) {
        Class<?> client = spec.clientInterface();
        Map<String, Method> out = new TreeMap<>();
        for (Method m : client.getMethods()) {
            Class<?>[] p = m.getParameterTypes();
            boolean streamingInput = p.length == 2 && p[1] == RequestBody.class && !hasOneParameter(client, m);
            if ((p.length == 1 || streamingInput)
                    && spec.requestBase().isAssignableFrom(p[0])
                    && p[0] != spec.requestBase()) {
                out.put(CliNames.kebab(OperationNames.of(m)), m);
            }
        }
        return out;
    }

    private static boolean hasOneParameter(Class<?> client, Method m) {
        try {
            client.getMethod(m.getName(), m.getParameterTypes()[0]);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    @Test
    void everyOperationOfEveryClientIsACommandCallingItsMethod() {
        for (SimulatedService spec : SimulatedServices.all()) {
            OperationCatalog catalog =
                    OperationCatalog.forService(spec.cliName()).orElseThrow();
            Map<String, Method> expected = byReflection(spec);
            assertThat(catalog.cliNames()).as(spec.cliName()).containsExactlyElementsOf(expected.keySet());
            expected.forEach((cliName, m) -> {
                Ec2Operation op = catalog.find(cliName).orElseThrow();
                assertThat(op.name()).isEqualTo(OperationNames.of(m));
                assertThat(op.requestClass()).isEqualTo(m.getParameterTypes()[0]);
                assertThat(op.method().getParameterTypes()).as(cliName).containsExactly(m.getParameterTypes());
                assertThat(op.method().getReturnType()).as(cliName).isEqualTo(m.getReturnType());
                assertThat(catalog.findByName(op.name())).contains(op);
                assertThat(catalog.isSimulatedCommand(cliName)).isEqualTo(catalog.isSimulated(op));
            });
        }
    }
}
