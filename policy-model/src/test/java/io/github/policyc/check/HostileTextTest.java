package io.github.policyc.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyc.load.LoadedPolicy;
import io.github.policyc.load.PolicyLoader;
import io.github.policyc.testing.Models;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Model text is untrusted: whatever it holds, loading and checking it takes about linear time and never
 * overflows the stack. Each input here is one that a pattern or a scan of the rules once took minutes on
 * (catastrophic backtracking, a rescan per match) or recursed on until the stack overflowed, at the size
 * that showed it and at about 100 KB. The bound is far above what they take now (well under a second
 * each) and far below what they took.
 */
class HostileTextTest {

    /**
     * Each case is run in a thread of its own, which is abandoned when it takes longer than this: far above
     * what each takes now (a few seconds at most on a loaded build machine, most well under one) and far
     * below what they took before (minutes, or a StackOverflowError).
     */
    private static final int SECONDS = 20;

    /** About 100 KB of {@code unit}. */
    private static String kb100(String unit) {
        return unit.repeat(100_000 / unit.length());
    }

    static Stream<Arguments> markdown() {
        return Stream.of(
                // Directive.SYNTAX: O(n^4) on "{{" and a run of spaces (250 spaces 2.3 s, 500 spaces 36 s).
                Arguments.of("directive-open-spaces", "Text {{" + " ".repeat(500) + "y\n"),
                Arguments.of("directive-name-spaces", "Text {{x" + " ".repeat(500) + "y\n"),
                Arguments.of("directive-spaces-100kb", "Text {{x" + " ".repeat(100_000) + "y\n"),
                // Suppressions.COMMENT: cubic on spaces in the reason, a stack overflow on many ids.
                Arguments.of("suppression-reason-spaces", "Some text.\n\n<!-- policyc:ignore PC401 reason"
                        + " ".repeat(3000) + "x -->\n"),
                Arguments.of("suppression-reason-spaces-100kb", "Some text.\n\n<!-- policyc:ignore PC401 reason"
                        + " ".repeat(100_000) + "x -->\n"),
                Arguments.of("suppression-many-ids", "Some text.\n\n<!-- policyc:ignore " + "PC101 ".repeat(3000)
                        + "reason -->\n"),
                Arguments.of("suppression-many-ids-100kb", "Some text.\n\n<!-- policyc:ignore "
                        + kb100("PC101 ") + "reason -->\n"),
                // UnreachableContact.NAME: a stack overflow on capitalised words, quadratic on "Contact Contact".
                Arguments.of("contact-capitals", "Please contact " + "Aa ".repeat(1500) + "\n"),
                Arguments.of("contact-capitals-100kb", "Please contact " + kb100("Aa ") + "\n"),
                Arguments.of("contact-contact-100kb", kb100("Contact ") + "\n"),
                // ContactDetails.ANY, PlaceholderText.IN_TEXT, PastedArtefact: an address or a name of many parts.
                Arguments.of("address-dots", "x@" + "a.".repeat(3000) + "zz\n"),
                Arguments.of("address-dots-100kb", "x@" + kb100("a.") + "zz\n"),
                Arguments.of("file-name-dots", "a.".repeat(3000) + "zz\n"),
                Arguments.of("file-name-dots-100kb", kb100("a.") + "png\n"),
                // PastedArtefact.FILE_NAME: a lookbehind that let a match start anywhere in a run (x( x20000: 23 s).
                Arguments.of("file-name-parentheses", "x(".repeat(20_000) + "\n"),
                Arguments.of("file-name-parentheses-100kb", kb100("x(") + "\n"),
                Arguments.of("file-name-plus-100kb", kb100("x+") + "\n"),
                // RetentionLanguage.NAMED_LAW: a stack overflow, and quadratic through find.
                Arguments.of("named-law", "We keep data as long as necessary " + "Aa ".repeat(3000) + "x.\n"),
                Arguments.of("named-law-100kb", "We keep data as long as necessary " + kb100("Aa ") + "x.\n"),
                Arguments.of("named-law-hyphens-100kb", "We keep data as long as necessary " + kb100("A-") + " x.\n"),
                // CookiePolicyWithoutCookies.MENTION: a stack overflow on modal verbs.
                Arguments.of("cookie-modals", "we " + "may ".repeat(3000) + "x\n"),
                Arguments.of("cookie-modals-100kb", "we " + kb100("may ") + "x\n"),
                // PastedArtefact: trailing punctuation stripped by a pattern tried from every place of the run.
                Arguments.of("punctuation-100kb", kb100("!") + "a\n"),
                // VagueRetention: each finding matched its phrase again from the start of its paragraph.
                Arguments.of("vague-sentences-100kb", kb100("We keep it as long as necessary. ") + "\n"),
                // UnresolvedSectionReference: a search for the paragraph's start from each quote, to the top.
                Arguments.of("quoted-titles-100kb", kb100("see “Nothing” ") + "\n"),
                // ProseText.blankSyntax: every character of an emphasis checked against every child's span.
                Arguments.of("emphasis-lines-100kb", "*" + kb100("a\n") + "b*\n"),
                Arguments.of("emphasis-links-100kb", "**" + kb100("a [b](#c) ") + "**\n"));
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("markdown")
    @Timeout(value = SECONDS, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void proseIsCheckedInAboutLinearTime(String name, String body) throws Exception {
        Models.write(dir, "body.md", body);
        Path model = Models.write(dir, """
                policy: { id: t, title: Privacy Policy, version: "1", effective: 2024-03-01 }
                controller: { name: Test Ltd, contact: dpo }
                contacts:
                  dpo: { role: Data Protection Officer, email: dpo@example.test }
                sections:
                  - id: s
                    title: Section
                    body: { file: body.md }
                """);

        CheckReport report = Checker.create().check(PolicyLoader.create().withDisplayRoot(dir).read(model));

        assertThat(report.findings()).isNotNull();
    }

    static Stream<Arguments> yaml() {
        return Stream.of(
                Arguments.of("suppression-many-ids", "# policyc:ignore " + "PC101 ".repeat(3000) + "reason\n"),
                Arguments.of("suppression-many-ids-100kb", "# policyc:ignore " + kb100("PC101, ") + "reason\n"),
                Arguments.of("suppression-reason-spaces-100kb", "# policyc:ignore PC101 reason " + " ".repeat(100_000)
                        + "x\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yaml")
    @Timeout(value = SECONDS, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void commentsAreReadInAboutLinearTime(String name, String comment) throws Exception {
        Path model = Models.write(dir, comment + """
                policy: { id: t, title: Privacy Policy, version: "1", effective: 2024-03-01 }
                controller: { name: Test Ltd }
                """);

        CheckReport report = Checker.create().check(PolicyLoader.create().withDisplayRoot(dir).read(model));

        assertThat(report.findings()).extracting(f -> f.rule().id()).contains("PC002");
    }

    @Test
    void aRuleThatOverflowsTheStackFailsTheCheckNamingTheRule() throws Exception {
        LoadedPolicy policy = PolicyLoader.create().withDisplayRoot(dir).read(Models.write(dir, Models.MINIMAL));
        RuleInfo info = new RuleInfo("PC999", "recursing", Severity.ERROR, "0.1.0", "Recurses.", "Recurses.");
        Rule recursing = new Rule() {
            @Override
            public RuleInfo info() {
                return info;
            }

            @Override
            public void check(CheckContext context, FindingSink out) {
                check(context, out);
            }
        };

        assertThatThrownBy(() -> Checker.create().withRules(List.of(recursing)).check(policy))
                .isInstanceOf(RuleFailedException.class)
                .hasMessageContaining("rule PC999 recursing failed")
                .hasMessageContaining("StackOverflowError")
                .satisfies(e -> assertThat(((RuleFailedException) e).rule()).isEqualTo(info))
                .satisfies(e -> assertThat(e.getCause().getStackTrace()).hasSizeLessThanOrEqualTo(32));
    }

    @Test
    void aFailingRuleHidesNeitherTheOtherRulesNorTheirFindings() throws Exception {
        LoadedPolicy policy = PolicyLoader.create().withDisplayRoot(dir).read(Models.write(dir, Models.MINIMAL));
        Rule throwing = rule("PC998", (context, out) -> {
            throw new IllegalArgumentException("broken");
        });
        Rule recursing = rule("PC999", new java.util.function.BiConsumer<>() {
            @Override
            public void accept(CheckContext context, FindingSink out) {
                accept(context, out);
            }
        });
        Rule reporting = rule("PC997", (context, out) -> out.report(context.modelStart(), "found", "fix it"));

        assertThatThrownBy(() -> Checker.create().withRules(List.of(throwing, reporting, recursing)).check(policy))
                .isInstanceOf(RuleFailedException.class)
                .hasMessageContaining("rule PC998 failing failed")
                .hasMessageContaining("IllegalArgumentException: broken")
                .satisfies(e -> assertThat(e.getSuppressed()).singleElement()
                        .satisfies(s -> assertThat(s).hasMessageContaining("rule PC999 failing failed")))
                .satisfies(e -> assertThat(((RuleFailedException) e).report().findings())
                        .extracting(f -> f.rule().id() + " " + f.message()).containsExactly("PC997 found"));
    }

    private static Rule rule(String id, java.util.function.BiConsumer<CheckContext, FindingSink> check) {
        RuleInfo info = new RuleInfo(id, "failing", Severity.ERROR, "0.1.0", "Fails.", "Fails.");
        return new Rule() {
            @Override
            public RuleInfo info() {
                return info;
            }

            @Override
            public void check(CheckContext context, FindingSink out) {
                check.accept(context, out);
            }
        };
    }
}
