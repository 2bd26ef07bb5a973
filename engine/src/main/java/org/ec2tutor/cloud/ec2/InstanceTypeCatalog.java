package org.ec2tutor.cloud.ec2;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ec2tutor.cloud.DataFiles;

/**
 * The instance types the simulated cloud offers, read from {@code instance-types.tsv} (specs and prices with their
 * source in the file's header). Immutable after loading.
 */
public final class InstanceTypeCatalog {

    private static final String RESOURCE = "instance-types.tsv";

    private final Map<String, InstanceType> types;

    private InstanceTypeCatalog(Map<String, InstanceType> types) {
        this.types = types;
    }

    /** The catalog shipped with ec2-tutor. */
    public static InstanceTypeCatalog standard() {
        try (InputStream in = InstanceTypeCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InstanceTypeCatalog parse(InputStream in) throws IOException {
        Map<String, InstanceType> types = new LinkedHashMap<>();
        for (String[] c : DataFiles.rows(in)) {
            if (c.length != 15) {
                throw new IllegalStateException("instance-types.tsv: expected 15 columns in: " + String.join("\t", c));
            }
            List<Architecture> archs = Arrays.stream(c[3].split(","))
                    .map(a -> Architecture.fromAwsName(a).orElseThrow(() -> new IllegalStateException(a)))
                    .toList();
            Optional<InstanceType.InstanceStorage> store = Optional.empty();
            if (!c[4].equals("-")) {
                String[] countSize = c[4].split("[x:]", -1);
                store = Optional.of(new InstanceType.InstanceStorage(
                        Integer.parseInt(countSize[0]), Integer.parseInt(countSize[1]), countSize[2]));
            }
            InstanceType type = new InstanceType(
                    c[0],
                    Integer.parseInt(c[1]),
                    Long.parseLong(c[2]),
                    archs,
                    store,
                    Boolean.parseBoolean(c[5]),
                    Boolean.parseBoolean(c[6]),
                    optional(c[7]),
                    Boolean.parseBoolean(c[8]),
                    optional(c[9]),
                    new BigDecimal(c[10]),
                    c[11].equals("-") ? Set.of() : Set.of(c[11].split(",")),
                    new InstanceType.Network(c[12], Integer.parseInt(c[13]), Integer.parseInt(c[14])));
            types.put(type.name(), type);
        }
        return new InstanceTypeCatalog(Collections.unmodifiableMap(types));
    }

    private static Optional<String> optional(String cell) {
        return cell.equals("-") ? Optional.empty() : Optional.of(cell);
    }

    public Optional<InstanceType> find(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** All types, in catalog order. */
    public Collection<InstanceType> all() {
        return types.values();
    }
}
