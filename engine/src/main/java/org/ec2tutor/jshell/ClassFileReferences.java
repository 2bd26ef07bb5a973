package org.ec2tutor.jshell;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a class file refers to, read from its constant pool: the classes it names and the fields and methods it uses
 * (owner and name). Snippets run in the tutor's own JVM, so what a snippet may load is decided from this, whatever
 * its source looked like (comments, strings or unicode escapes cannot hide a reference).
 */
final class ClassFileReferences {

    /** A field or method used, with its owner in internal form ({@code java/lang/System}). */
    record Member(String owner, String name) {}

    private final List<String> classes;
    private final List<Member> members;

    private ClassFileReferences(List<String> classes, List<Member> members) {
        this.classes = classes;
        this.members = members;
    }

    List<String> classes() {
        return classes;
    }

    List<Member> members() {
        return members;
    }

    /** The references of {@code classFile}, or empty if it cannot be read (then nothing is known about it). */
    static Optional<ClassFileReferences> read(byte[] classFile) {
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
                    case 1 -> utf8[i] = in.readUTF();
                    case 7 -> classNameIndex[i] = in.readUnsignedShort();
                    case 9, 10, 11 -> memberRef[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                    case 12 -> {
                        nameIndexOfNameAndType[i] = in.readUnsignedShort();
                        in.readUnsignedShort();
                    }
                    case 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 3, 4 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++; // 8-byte constants take two slots
                    }
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    case 17, 18 -> {
                        in.readUnsignedShort();
                        in.readUnsignedShort();
                    }
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            List<String> classes = new ArrayList<>();
            List<Member> members = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                if (classNameIndex[i] != 0) {
                    classes.add(utf8[classNameIndex[i]]);
                }
                if (memberRef[i] != null) {
                    members.add(new Member(
                            utf8[classNameIndex[memberRef[i][0]]], utf8[nameIndexOfNameAndType[memberRef[i][1]]]));
                }
            }
            return Optional.of(new ClassFileReferences(classes, members));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
