package io.smtpatlas.web.compare;

/**
 * One aspect of the comparison table: its label, the value for each code and whether they differ. A row whose
 * values are the same shows one value across both columns. {@code firstBadge}/{@code secondBadge} name the verdict
 * colour when the cell is a retry verdict, and are empty otherwise.
 */
public record CompareRow(
        String aspect, boolean differs, String first, String second, String firstBadge, String secondBadge) {

    static CompareRow text(String aspect, String first, String second) {
        return new CompareRow(aspect, !first.equals(second), first, second, "", "");
    }

    static CompareRow badges(String aspect, String first, String second, String firstBadge, String secondBadge) {
        return new CompareRow(aspect, !first.equals(second), first, second, firstBadge, secondBadge);
    }

    public boolean isBadge() {
        return !firstBadge.isEmpty();
    }
}
