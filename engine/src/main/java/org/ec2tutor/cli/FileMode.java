package org.ec2tutor.cli;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** chmod's modes: octal ({@code 400}, {@code 0600}) or symbolic clauses ({@code u+x}, {@code go-rwx}, {@code a=r}). */
final class FileMode {

    private static final Pattern OCTAL = Pattern.compile("0?[0-7]{1,3}");
    private static final Pattern CLAUSE = Pattern.compile("([ugoa]*)([-+=])([rwx]*)");

    private FileMode() {}

    /** The mode {@code spec} gives a file whose mode is {@code current}; empty when chmod would call it invalid. */
    static Optional<Integer> apply(String spec, int current) {
        if (OCTAL.matcher(spec).matches()) {
            return Optional.of(Integer.parseInt(spec, 8));
        }
        int mode = current;
        for (String clause : spec.split(",", -1)) {
            Matcher m = CLAUSE.matcher(clause);
            if (!m.matches()) {
                return Optional.empty();
            }
            String who = m.group(1).isEmpty() || m.group(1).contains("a") ? "ugo" : m.group(1);
            int bits = 0;
            String perms = m.group(3);
            for (int i = 0; i < perms.length(); i++) {
                char c = perms.charAt(i);
                bits |= c == 'r' ? 4 : c == 'w' ? 2 : 1;
            }
            for (int i = 0; i < who.length(); i++) {
                char w = who.charAt(i);
                int shift = w == 'u' ? 6 : w == 'g' ? 3 : 0;
                switch (m.group(2)) {
                    case "+" -> mode |= bits << shift;
                    case "-" -> mode &= ~(bits << shift);
                    default -> mode = (mode & ~(7 << shift)) | (bits << shift);
                }
            }
        }
        return Optional.of(mode);
    }
}
