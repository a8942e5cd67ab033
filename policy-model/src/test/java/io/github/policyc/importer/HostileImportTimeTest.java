package io.github.policyc.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A published document is untrusted too: whatever it holds, importing it takes about linear time and never
 * overflows the stack. Each input here is one that a pattern or a scan of the importer once recursed on
 * until the stack overflowed, or rescanned the rest of the text for per match, at about 100 KB.
 */
class HostileImportTimeTest {

    /**
     * Each case is run in a thread of its own, which is abandoned when it takes longer than this: far above
     * what each takes now (a few seconds at most on a loaded build machine, most well under one) and far
     * below what they took before (minutes, or a StackOverflowError).
     */
    private static final int SECONDS = 20;

    private static final String TITLE = "Privacy Policy\n\n";

    /** About 100 KB of {@code unit}. */
    private static String kb100(String unit) {
        return unit.repeat(100_000 / unit.length());
    }

    static Stream<Arguments> documents() {
        return Stream.of(
                // MarkdownText.RULE_OR_UNDERLINE: one recursion per character of a line of dashes.
                Arguments.of("dashes", TITLE + "Text\n\n" + kb100("-") + "\n", SourceFormat.TEXT),
                Arguments.of("dashes-and-spaces", TITLE + "Text\n\n" + kb100("- ") + "x\n", SourceFormat.TEXT),
                // Emails.ADDRESS: one recursion per label of the domain.
                Arguments.of("address-labels", TITLE + "x@" + kb100("a.") + "1\n", SourceFormat.TEXT),
                // DateFinder: a copy of the rest of the text per keyword, FILLER recursing per "on".
                Arguments.of("updated", TITLE + kb100("updated ") + "\n", SourceFormat.TEXT),
                Arguments.of("updated-on", TITLE + "Last updated " + kb100("on ") + "\n", SourceFormat.TEXT),
                // ContactFinder: a copy of the rest per mention, every name against every contact (~100 KB).
                Arguments.of("contact-names", TITLE + contacts(3_000), SourceFormat.TEXT),
                // ControllerFinder: a company name restarting at each capital of a long word.
                Arguments.of("capitals", TITLE + kb100("A") + "\n", SourceFormat.TEXT),
                Arguments.of("capitals-dots", TITLE + kb100("A.") + " Ltd\n", SourceFormat.TEXT),
                // HtmlReader: entities and text.
                Arguments.of("ampersands", "<html><body><p>" + kb100("& ") + "</p></body></html>", SourceFormat.HTML),
                Arguments.of("language", "<html lang=\"en" + kb100("-aa") + "!\"><body><p>Text.</p></body></html>",
                        SourceFormat.HTML));
    }

    private static String contacts(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            char[] name = new char[4];
            for (int k = 0, n = i; k < 4; k++, n /= 26) {
                name[k] = (char) ('A' + n % 26);
            }
            text.append("contact ").append(name).append(" at ").append(name).append(i).append("@example.org ");
        }
        return text.append('\n').toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    @Timeout(value = SECONDS, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void importsInAboutLinearTime(String name, String document, SourceFormat format) throws Exception {
        ImportResult result = PolicyImporter.create().importText("doc", document, format);

        assertThat(result.policyYaml()).isNotEmpty();
    }
}
