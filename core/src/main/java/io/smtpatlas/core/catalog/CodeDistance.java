package io.smtpatlas.core.catalog;

/** Small distances between code texts, used to suggest codes close to one that does not exist. */
final class CodeDistance {

    private CodeDistance() {}

    /** Levenshtein distance; codes are a few characters long. */
    static int between(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Distance between two codes read as numbers, each dotted part taking three digits (5.1.9 is next to 5.1.10). */
    static int numeric(String a, String b) {
        return Math.abs(weight(a) - weight(b));
    }

    private static int weight(String id) {
        int total = 0;
        for (String part : id.split("\\.")) {
            total = total * 1000 + Integer.parseInt(part);
        }
        return total;
    }
}
