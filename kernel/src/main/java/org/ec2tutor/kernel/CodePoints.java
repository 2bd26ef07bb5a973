package org.ec2tutor.kernel;

/**
 * Jupyter counts cursor positions in Unicode code points (protocol 5.2); Java strings and JShell count UTF-16 units.
 * Every position crossing the wire goes through here.
 */
final class CodePoints {

    private CodePoints() {}

    static int toIndex(String code, int codePoints) {
        int total = code.codePointCount(0, code.length());
        return code.offsetByCodePoints(0, Math.max(0, Math.min(codePoints, total)));
    }

    static int fromIndex(String code, int index) {
        return code.codePointCount(0, Math.max(0, Math.min(index, code.length())));
    }
}
