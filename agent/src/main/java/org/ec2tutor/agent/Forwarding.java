package org.ec2tutor.agent;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes, once per interface, a class implementing it whose every method calls the handler's target and hands
 * a runtime exception to the handler: {@code try { return ((I) h.target()).m(a); } catch (RuntimeException e)
 * { throw h.failed(e, "m", operation); }}. Class file version 49, so straight-line code needs no stack maps;
 * the verifier compares types by name and loads none of the interface's parameter or return types.
 */
public final class Forwarding {

    /** What the forwarding methods call. */
    public interface Handler {
        /** The object each call goes to (an instance of the interface). */
        Object target();

        /**
         * What to throw instead of {@code e}, thrown by {@code method}; {@code operation} is whether the method
         * takes arguments and returns a value (an API call, unlike {@code close} or a no-argument shortcut).
         */
        RuntimeException failed(RuntimeException e, String method, boolean operation);

        /** The forwarding object's {@code toString}. */
        String describe();

        /**
         * What a method without parameters returns instead of the target's answer, or null to ask the target (the
         * agent's {@code ec2.waiter()} is a waiter that never sleeps).
         */
        default Object replacement(String method) {
            return null;
        }
    }

    private static final Map<Class<?>, Class<?>> CLASSES = new ConcurrentHashMap<>();
    private static final String HANDLER = Handler.class.getName().replace('.', '/');
    private static final String PACKAGE = Forwarding.class.getPackageName().replace('.', '/');

    private Forwarding() {}

    /** An instance of {@code iface} that forwards every call as {@link Handler} says. */
    public static <T> T create(Class<T> iface, Handler handler) {
        try {
            return iface.cast(classFor(iface).getConstructor(Handler.class).newInstance(handler));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a forwarding " + iface.getName(), e);
        }
    }

    public static Class<?> classFor(Class<?> iface) {
        return CLASSES.computeIfAbsent(iface, Forwarding::define);
    }

    private static Class<?> define(Class<?> iface) {
        if (!iface.isInterface()) {
            throw new IllegalArgumentException(iface + " is not an interface");
        }
        String name = className(iface);
        try {
            // Written at build time (PrebuiltForwarding): loaded from the jar, so class-data sharing maps it verified.
            return Class.forName(name.replace('/', '.'), true, Forwarding.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            // Not prebuilt: written now.
        }
        try {
            return MethodHandles.lookup().defineClass(classFile(iface));
        } catch (IllegalAccessException | IOException e) {
            throw new IllegalStateException("cannot define " + name, e);
        }
    }

    /** The internal name of {@code iface}'s forwarding class. */
    static String className(Class<?> iface) {
        return PACKAGE + "/Forwarding$" + iface.getName().replace('.', '_');
    }

    /** The class file of {@code iface}'s forwarding class. */
    static byte[] classFile(Class<?> iface) throws IOException {
        return write(className(iface), iface.getName().replace('.', '/'), interfaceMethods(iface));
    }

    static List<String> parameterTypes(String descriptor) {
        List<String> out = new ArrayList<>();
        int i = 1;
        while (descriptor.charAt(i) != ')') {
            int start = i;
            while (descriptor.charAt(i) == '[') {
                i++;
            }
            i = descriptor.charAt(i) == 'L' ? descriptor.indexOf(';', i) + 1 : i + 1;
            String t = descriptor.substring(start, i);
            out.add(t.startsWith("L") ? t.substring(1, t.length() - 1).replace('/', '.') : t);
        }
        return out;
    }

    private static byte[] write(String name, String iface, List<ClassFileMethod> methods) throws IOException {
        Pool pool = new Pool();
        int thisClass = pool.classRef(name);
        int object = pool.classRef("java/lang/Object");
        int ifaceClass = pool.classRef(iface);
        int runtimeException = pool.classRef("java/lang/RuntimeException");
        int handlerField = pool.ref(9, name, "h", "L" + HANDLER + ";");
        int objectInit = pool.ref(10, "java/lang/Object", "<init>", "()V");
        int target = pool.ref(11, HANDLER, "target", "()Ljava/lang/Object;");
        int failed = pool.ref(
                11, HANDLER, "failed", "(Ljava/lang/RuntimeException;Ljava/lang/String;Z)Ljava/lang/RuntimeException;");
        int describe = pool.ref(11, HANDLER, "describe", "()Ljava/lang/String;");
        int replacement = pool.ref(11, HANDLER, "replacement", "(Ljava/lang/String;)Ljava/lang/Object;");
        int code = pool.utf8("Code");

        ByteArrayOutputStream methodBytes = new ByteArrayOutputStream();
        DataOutputStream m = new DataOutputStream(methodBytes);
        int methodCount = 0;
        // <init>(Handler h) { super(); this.h = h; }
        Code init = new Code();
        init.op(0x2a)
                .op(0xb7)
                .u2(objectInit)
                .op(0x2a)
                .op(0x2b)
                .op(0xb5)
                .u2(handlerField)
                .op(0xb1);
        init.writeMethod(m, 0x0001, pool.utf8("<init>"), pool.utf8("(L" + HANDLER + ";)V"), code, 2, 2, null);
        methodCount++;
        // toString() { return h.describe(); }
        Code toString = new Code();
        toString.op(0x2a)
                .op(0xb4)
                .u2(handlerField)
                .op(0xb9)
                .u2(describe)
                .op(1)
                .op(0)
                .op(0xb0);
        toString.writeMethod(m, 0x0001, pool.utf8("toString"), pool.utf8("()Ljava/lang/String;"), code, 1, 1, null);
        methodCount++;
        for (ClassFileMethod method : methods) {
            String key = method.name() + method.descriptor();
            if (key.equals("toString()Ljava/lang/String;")
                    || key.equals("hashCode()I")
                    || key.equals("equals(Ljava/lang/Object;)Z")) {
                continue;
            }
            String d = method.descriptor();
            List<String> params = parameterTypes(d);
            char ret = d.charAt(d.indexOf(')') + 1);
            Code c = new Code();
            int start = 0;
            if (params.isEmpty() && (ret == 'L' || ret == '[')) {
                // Object r = h.replacement("m"); if (r != null) return (R) r;
                String type = d.substring(d.indexOf(')') + 1);
                c.op(0x2a)
                        .op(0xb4)
                        .u2(handlerField)
                        .op(0x13)
                        .u2(pool.string(method.name()))
                        .op(0xb9)
                        .u2(replacement)
                        .op(2)
                        .op(0)
                        .op(0x59)
                        .op(0xc6)
                        .u2(7)
                        .op(0xc0)
                        .u2(pool.classRef(ret == 'L' ? type.substring(1, type.length() - 1) : type))
                        .op(0xb0)
                        .op(0x57);
                start = c.size();
            }
            c.op(0x2a)
                    .op(0xb4)
                    .u2(handlerField)
                    .op(0xb9)
                    .u2(target)
                    .op(1)
                    .op(0)
                    .op(0xc0)
                    .u2(ifaceClass);
            int slot = 1;
            for (String p : params) {
                char t = p.length() == 1 ? p.charAt(0) : 'L';
                c.op(loadOp(t)).op(slot);
                slot += t == 'J' || t == 'D' ? 2 : 1;
            }
            c.op(0xb9).u2(pool.ref(11, iface, method.name(), d)).op(slot).op(0);
            c.op(returnOp(ret));
            int end = c.size();
            // handler: stack [e] -> h.failed(e, name, operation) -> athrow
            boolean operation = !params.isEmpty() && ret != 'V';
            c.op(0x2a)
                    .op(0xb4)
                    .u2(handlerField)
                    .op(0x5f)
                    .op(0x13)
                    .u2(pool.string(method.name()))
                    .op(operation ? 0x04 : 0x03)
                    .op(0xb9)
                    .u2(failed)
                    .op(4)
                    .op(0)
                    .op(0xbf);
            c.writeMethod(
                    m, 0x0001, pool.utf8(method.name()), pool.utf8(d), code, Math.max(4, slot + 2), slot, new int[] {
                        start, end, end, runtimeException
                    });
            methodCount++;
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream(methodBytes.size() + 65536);
        DataOutputStream o = new DataOutputStream(out);
        int handlerName = pool.utf8("h");
        int handlerDescriptor = pool.utf8("L" + HANDLER + ";");
        o.writeInt(0xCAFEBABE);
        o.writeShort(0);
        o.writeShort(49);
        pool.write(o);
        o.writeShort(0x0001 | 0x0010 | 0x0020);
        o.writeShort(thisClass);
        o.writeShort(object);
        o.writeShort(1);
        o.writeShort(ifaceClass);
        o.writeShort(1);
        o.writeShort(0x0002 | 0x0010);
        o.writeShort(handlerName);
        o.writeShort(handlerDescriptor);
        o.writeShort(0);
        o.writeShort(methodCount);
        o.write(methodBytes.toByteArray());
        o.writeShort(0);
        return out.toByteArray();
    }

    private static int loadOp(char t) {
        return switch (t) {
            case 'J' -> 0x16;
            case 'F' -> 0x17;
            case 'D' -> 0x18;
            case 'L' -> 0x19;
            default -> 0x15;
        };
    }

    private static int returnOp(char t) {
        return switch (t) {
            case 'V' -> 0xb1;
            case 'J' -> 0xad;
            case 'F' -> 0xae;
            case 'D' -> 0xaf;
            case 'L', '[' -> 0xb0;
            default -> 0xac;
        };
    }

    /** One method body. */
    private static final class Code {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);

        Code op(int b) {
            bytes.write(b);
            return this;
        }

        Code u2(int v) {
            bytes.write(v >>> 8);
            bytes.write(v);
            return this;
        }

        int size() {
            return bytes.size();
        }

        void writeMethod(
                DataOutputStream m,
                int access,
                int name,
                int descriptor,
                int codeAttribute,
                int maxStack,
                int maxLocals,
                int[] handler)
                throws IOException {
            byte[] body = bytes.toByteArray();
            m.writeShort(access);
            m.writeShort(name);
            m.writeShort(descriptor);
            m.writeShort(1);
            m.writeShort(codeAttribute);
            m.writeInt(12 + body.length + (handler == null ? 0 : 8));
            m.writeShort(maxStack);
            m.writeShort(maxLocals);
            m.writeInt(body.length);
            m.write(body);
            if (handler == null) {
                m.writeShort(0);
            } else {
                m.writeShort(1);
                for (int v : handler) {
                    m.writeShort(v);
                }
            }
            m.writeShort(0);
        }
    }

    /** The constant pool, each entry once. */
    private static final class Pool {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        private final DataOutputStream out = new DataOutputStream(bytes);
        private final Map<String, Integer> index = new HashMap<>();
        private int next = 1;

        int utf8(String s) {
            return entry("U" + s, o -> {
                o.writeByte(1);
                o.writeUTF(s);
            });
        }

        int classRef(String internalName) {
            int n = utf8(internalName);
            return entry("C" + internalName, o -> {
                o.writeByte(7);
                o.writeShort(n);
            });
        }

        int string(String s) {
            int n = utf8(s);
            return entry("S" + s, o -> {
                o.writeByte(8);
                o.writeShort(n);
            });
        }

        /** A field (9), method (10) or interface method (11) reference. */
        int ref(int tag, String owner, String name, String descriptor) {
            int c = classRef(owner);
            int n = utf8(name);
            int d = utf8(descriptor);
            int nameAndType = entry("N" + name + " " + descriptor, o -> {
                o.writeByte(12);
                o.writeShort(n);
                o.writeShort(d);
            });
            return entry("R" + tag + owner + "." + name + descriptor, o -> {
                o.writeByte(tag);
                o.writeShort(c);
                o.writeShort(nameAndType);
            });
        }

        private interface Writer {
            void write(DataOutputStream o) throws IOException;
        }

        private int entry(String key, Writer w) {
            Integer i = index.get(key);
            if (i != null) {
                return i;
            }
            try {
                w.write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (next > 0xFFFE) {
                throw new IllegalStateException("constant pool full");
            }
            index.put(key, next);
            return next++;
        }

        void write(DataOutputStream o) throws IOException {
            o.writeShort(next);
            o.write(bytes.toByteArray());
        }
    }

    /**
     * The instance methods of a client interface and its superinterfaces, read from their class files (name and
     * descriptor), so no parameter or return type is loaded. Reflection ({@code getMethods}) would load all of them:
     * ~4,000 classes for {@code Ec2Client}.
     */
    public static List<ClassFileMethod> interfaceMethods(Class<?> iface) {
        Map<String, ClassFileMethod> out = new LinkedHashMap<>();
        collect(iface, out);
        return List.copyOf(out.values());
    }

    /** A method as its class file names it. */
    public record ClassFileMethod(String name, String descriptor) {
        /** Parameter count, from the descriptor. */
        public int parameterCount() {
            return Forwarding.parameterTypes(descriptor).size();
        }

        /** Binary names of the parameter types ({@code L...;} only; primitives and arrays as written). */
        public List<String> parameterTypes() {
            return Forwarding.parameterTypes(descriptor);
        }
    }

    private static void collect(Class<?> iface, Map<String, ClassFileMethod> out) {
        for (ClassFileMethod m : ClassFileReader.instanceMethods(iface)) {
            out.putIfAbsent(m.name() + m.descriptor(), m);
        }
        for (Class<?> sup : iface.getInterfaces()) {
            collect(sup, out);
        }
    }

    /** Reads the methods table of a class file: enough of the format to list names and descriptors. */
    private static final class ClassFileReader {

        private static final int ACC_PRIVATE = 0x0002;
        private static final int ACC_STATIC = 0x0008;

        static List<ClassFileMethod> instanceMethods(Class<?> c) {
            String resource = "/" + c.getName().replace('.', '/') + ".class";
            try (InputStream raw = c.getResourceAsStream(resource)) {
                if (raw == null) {
                    throw new IllegalStateException("no class file for " + c.getName());
                }
                return read(new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 16)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static List<ClassFileMethod> read(DataInputStream in) throws IOException {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IOException("not a class file");
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                    case 15 -> in.skipNBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                    case 5, 6 -> {
                        in.skipNBytes(8);
                        i++;
                    }
                    default -> throw new IOException("constant pool tag " + tag);
                }
            }
            in.skipNBytes(6);
            in.skipNBytes(2L * in.readUnsignedShort());
            int fields = in.readUnsignedShort();
            for (int i = 0; i < fields; i++) {
                in.skipNBytes(6);
                skipAttributes(in);
            }
            int methods = in.readUnsignedShort();
            List<ClassFileMethod> out = new ArrayList<>(methods);
            for (int i = 0; i < methods; i++) {
                int access = in.readUnsignedShort();
                String name = utf8[in.readUnsignedShort()];
                String descriptor = utf8[in.readUnsignedShort()];
                skipAttributes(in);
                if ((access & (ACC_PRIVATE | ACC_STATIC)) == 0 && !name.startsWith("<")) {
                    out.add(new ClassFileMethod(name, descriptor));
                }
            }
            return out;
        }

        private static void skipAttributes(DataInputStream in) throws IOException {
            int n = in.readUnsignedShort();
            for (int i = 0; i < n; i++) {
                in.skipNBytes(2);
                in.skipNBytes(in.readInt() & 0xFFFFFFFFL);
            }
        }
    }
}
