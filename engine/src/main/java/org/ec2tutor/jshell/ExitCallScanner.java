package org.ec2tutor.jshell;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * Finds calls that would end the JVM ({@code System.exit}, {@code Runtime.exit}, {@code Runtime.halt}) in a class
 * file, by reading its constant pool: snippets run in the tutor's own JVM, so such a call would end the session.
 * Reflection can still reach them; this stops the call a learner actually types.
 */
final class ExitCallScanner {

    private ExitCallScanner() {}

    /** The forbidden call found in {@code classFile}, e.g. {@code System.exit}, or empty. */
    static Optional<String> find(byte[] classFile) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
            in.readInt(); // magic
            in.readUnsignedShort(); // minor
            in.readUnsignedShort(); // major
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] classNameIndex = new int[count];
            int[][] memberRef = new int[count][];
            int[] nameIndexOfNameAndType = new int[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1:
                        utf8[i] = in.readUTF();
                        break;
                    case 7:
                        classNameIndex[i] = in.readUnsignedShort();
                        break;
                    case 9: case 10: case 11:
                        memberRef[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                        break;
                    case 12:
                        nameIndexOfNameAndType[i] = in.readUnsignedShort();
                        in.readUnsignedShort();
                        break;
                    case 8: case 16: case 19: case 20:
                        in.readUnsignedShort();
                        break;
                    case 3: case 4:
                        in.readInt();
                        break;
                    case 5: case 6:
                        in.readLong();
                        i++; // 8-byte constants take two slots
                        break;
                    case 15:
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                        break;
                    case 17: case 18:
                        in.readUnsignedShort();
                        in.readUnsignedShort();
                        break;
                    default:
                        return Optional.empty();
                }
            }
            for (int i = 1; i < count; i++) {
                if (memberRef[i] == null) {
                    continue;
                }
                String owner = utf8[classNameIndex[memberRef[i][0]]];
                String name = utf8[nameIndexOfNameAndType[memberRef[i][1]]];
                if ("java/lang/System".equals(owner) && "exit".equals(name)) {
                    return Optional.of("System.exit");
                }
                if ("java/lang/Runtime".equals(owner) && ("exit".equals(name) || "halt".equals(name))) {
                    return Optional.of("Runtime." + name);
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
