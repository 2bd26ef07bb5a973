package org.ec2tutor.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Close matches for a mistyped name, scored like Python's difflib (Ratcliff/Obershelp ratio, cutoff 0.8 as the CLI). */
final class DidYouMean {

    private DidYouMean() {}

    static List<String> closeMatches(String word, Collection<String> candidates) {
        record Scored(String name, double score) {}
        List<Scored> scored = new ArrayList<>();
        for (String c : candidates) {
            double r = ratio(word, c);
            if (r >= 0.8) {
                scored.add(new Scored(c, r));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::name));
        return scored.stream().limit(3).map(Scored::name).toList();
    }

    static double ratio(String a, String b) {
        int total = a.length() + b.length();
        return total == 0 ? 1.0 : 2.0 * matches(a, b) / total;
    }

    private static int matches(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int bestLen = 0;
        int bestA = 0;
        int bestB = 0;
        int[][] len = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    len[i][j] = len[i - 1][j - 1] + 1;
                    if (len[i][j] > bestLen) {
                        bestLen = len[i][j];
                        bestA = i - bestLen;
                        bestB = j - bestLen;
                    }
                }
            }
        }
        if (bestLen == 0) {
            return 0;
        }
        return bestLen
                + matches(a.substring(0, bestA), b.substring(0, bestB))
                + matches(a.substring(bestA + bestLen), b.substring(bestB + bestLen));
    }
}
