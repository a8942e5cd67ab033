package io.github.policyc.benchmarks;

import java.util.Locale;

/**
 * The sizes of generated policy sets. Each policy has purposes, data categories, recipients, rights,
 * cookies and {@code sections} sections of Markdown prose with directives; L and XL spread 5,000 and
 * 10,000 cookies over their policies. COOKIES is one policy with 5,000 cookies, for the cookie page.
 *
 * @param policies how many policies
 * @param sections sections per policy
 * @param cookies  cookies per policy
 */
record Workload(String name, int policies, int sections, int cookies) {

    static final Workload S = new Workload("S", 1, 50, 10);
    static final Workload M = new Workload("M", 50, 50, 10);
    static final Workload L = new Workload("L", 500, 50, 10);
    static final Workload XL = new Workload("XL", 1000, 50, 10);
    static final Workload COOKIES = new Workload("COOKIES", 1, 10, 5000);

    static Workload named(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "S" -> S;
            case "M" -> M;
            case "L" -> L;
            case "XL" -> XL;
            case "COOKIES" -> COOKIES;
            default -> throw new IllegalArgumentException("unknown workload " + name + ": S, M, L, XL or COOKIES");
        };
    }
}
