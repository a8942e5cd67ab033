package io.github.policyc.check;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is: a stable id that is never reused, a short name, its severity, the version that
 * introduced it, a one-line summary and a paragraph that explains why it matters.
 *
 * @param id          the stable id, such as {@code PC101}
 * @param name        the short kebab-case name, such as {@code duplicate-section}
 * @param severity    the severity of its findings
 * @param since       the policyc version that introduced the rule
 * @param summary     one line: what the rule finds
 * @param description one paragraph: why it matters and what to do about it
 * @since 0.1.0
 */
public record RuleInfo(String id, String name, Severity severity, String since, String summary, String description) {

    private static final Pattern ID = Pattern.compile("PC\\d{3}");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public RuleInfo {
        Objects.requireNonNull(severity, "severity");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must look like PC101: " + id);
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("rule name must be kebab-case: " + name);
        }
        if (summary.isBlank() || description.isBlank() || since.isBlank()) {
            throw new IllegalArgumentException("rule " + id + " needs a since, a summary and a description");
        }
    }

    @Override
    public String toString() {
        return id + " " + name;
    }
}
