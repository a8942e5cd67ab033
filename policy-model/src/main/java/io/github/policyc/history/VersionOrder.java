package io.github.policyc.history;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders version names as people read them: runs of digits by their number, the rest as text, so that
 * {@code 2024.9} comes before {@code 2024.10} and {@code 1.2} before {@code 1.10}. Names that differ only
 * in leading zeros fall back to plain text order, so the order is total and the same on every run.
 *
 * @since 0.1.0
 */
public final class VersionOrder implements Comparator<String> {

    /** The one instance; the order has no settings. */
    public static final VersionOrder INSTANCE = new VersionOrder();

    private static final Pattern PART = Pattern.compile("\\d+|\\D+");

    private VersionOrder() {
    }

    @Override
    public int compare(String a, String b) {
        Matcher left = PART.matcher(a);
        Matcher right = PART.matcher(b);
        while (left.find()) {
            if (!right.find()) {
                return 1;
            }
            int order = comparePart(left.group(), right.group());
            if (order != 0) {
                return order;
            }
        }
        return right.find() ? -1 : a.compareTo(b);
    }

    private static int comparePart(String a, String b) {
        boolean numbers = Character.isDigit(a.charAt(0)) && Character.isDigit(b.charAt(0));
        if (!numbers) {
            return a.compareTo(b);
        }
        String x = withoutLeadingZeros(a);
        String y = withoutLeadingZeros(b);
        // Longer numbers are larger; equally long ones compare digit by digit. No overflow at any length.
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }

    private static String withoutLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }
}
