package org.ec2tutor.sdk.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.TraitType;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/** Every hand-written model class of the Savings Plans, Cost Explorer and AWS Config packages, with every member set. */
public final class ModelSamples {

    private ModelSamples() {}

    /** The model classes (requests, responses, structures) of both packages, by name. */
    public static List<Class<?>> classes() {
        List<Class<?>> out = new ArrayList<>();
        for (String pkg : List.of("savingsplans", "costexplorer", "config", "account")) {
            Set<String> names = new TreeSet<>();
            try {
                // Every folder or jar that holds the package (a stale build folder may hold an empty one).
                for (URL dir : Collections.list(
                        ModelSamples.class.getClassLoader().getResources("org/ec2tutor/sdk/model/" + pkg))) {
                    names.addAll(classFiles(dir, "/org/ec2tutor/sdk/model/" + pkg));
                }
                for (String name : names) {
                    Class<?> c = Class.forName("org.ec2tutor.sdk.model." + pkg + "." + name);
                    if (SdkPojo.class.isAssignableFrom(c)
                            && !Throwable.class.isAssignableFrom(c)
                            && !java.lang.reflect.Modifier.isAbstract(c.getModifiers())) {
                        out.add(c);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException | ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /** The top-level class names in {@code dir}: a class folder, or a jar when the reactor packaged the module. */
    private static List<String> classFiles(URL dir, String path) throws IOException, URISyntaxException {
        try (FileSystem jar =
                        dir.getProtocol().equals("jar") ? FileSystems.newFileSystem(dir.toURI(), Map.of()) : null;
                Stream<Path> files = Files.list(jar != null ? jar.getPath(path) : Path.of(dir.toURI()))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .toList();
        }
    }

    /** A fresh builder of a model class. */
    public static SdkPojo builder(Class<?> modelClass) {
        try {
            return (SdkPojo) modelClass.getMethod("builder").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An instance with every member set (nested structures two levels deep). */
    public static SdkPojo sample(Class<?> modelClass) {
        return fill(builder(modelClass), 0);
    }

    private static SdkPojo fill(SdkPojo builder, int depth) {
        for (SdkField<?> f : builder.sdkFields()) {
            Object v = value(f, depth);
            if (v != null) {
                f.set(builder, v);
            }
        }
        return (SdkPojo) ((SdkBuilder<?, ?>) builder).build();
    }

    private static Object value(SdkField<?> f, int depth) {
        MarshallingType<?> t = f.marshallingType();
        if (t == MarshallingType.LIST) {
            Object member =
                    value(f.getTrait(ListTrait.class, TraitType.LIST_TRAIT).memberFieldInfo(), depth);
            return member == null ? null : List.of(member);
        }
        if (t == MarshallingType.MAP) {
            Object member =
                    value(f.getTrait(MapTrait.class, TraitType.MAP_TRAIT).valueFieldInfo(), depth);
            return member == null ? null : Map.of("key", member);
        }
        if (t == MarshallingType.SDK_POJO) {
            return depth >= 2 ? null : fill(f.constructor().get(), depth + 1);
        }
        if (t == MarshallingType.STRING) {
            return "v-" + (f.memberName() == null ? "member" : f.memberName());
        }
        if (t == MarshallingType.INTEGER) {
            return 7;
        }
        if (t == MarshallingType.LONG) {
            return 31_536_000L;
        }
        if (t == MarshallingType.BOOLEAN) {
            return true;
        }
        if (t == MarshallingType.DOUBLE) {
            return 1.5;
        }
        if (t == MarshallingType.INSTANT) {
            return Instant.parse("2026-01-01T10:00:00Z");
        }
        throw new IllegalStateException("no sample for " + t);
    }
}
