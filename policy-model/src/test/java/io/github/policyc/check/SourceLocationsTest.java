package io.github.policyc.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.load.PolicyLoader;
import io.github.policyc.testing.Models;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Findings inside prose point at the line and column where the words are written, whatever YAML did to
 * the text on the way in: folded lines, dropped indentation, escapes in a double-quoted scalar.
 */
class SourceLocationsTest {

    /** A model whose one section's body follows. */
    private static final String SECTION = """
            policy: { id: t, title: Privacy Policy, version: "1", effective: 2024-03-01 }
            controller: { name: Test Ltd }
            sections:
              - id: s
                title: Section
            """;

    @TempDir
    Path dir;

    private List<String> findings(String yaml, String rules) throws Exception {
        Path model = Models.write(dir, yaml);
        return Checker.create().check(PolicyLoader.create().withDisplayRoot(dir).read(model)).findings().stream()
                .filter(f -> f.rule().id().matches(rules))
                .map(f -> f.rule().id() + " " + f.at().line() + ":" + f.at().column()).toList();
    }

    @Test
    void phrasesInAFoldedBlockScalarPointAtTheirOwnLine() throws Exception {
        assertThat(findings("""
                policy: { id: t, title: Privacy Policy, version: "1", effective: 2024-03-01 }
                controller: { name: Test Ltd }
                purposes:
                  jobs:
                    title: Jobs
                    lawfulBasis: consent
                    description: >-
                      If you apply, send us your CV and we
                      keep it for a while.

                      More TBD.

                      We keep applications as long as
                      necessary for recruiting.
                """, "PC401|PC503")).containsExactlyInAnyOrder("PC401 11:12", "PC503 13:28");
    }

    @Test
    void phrasesInADoubleQuotedScalarWithEscapesPointAtTheirColumn() throws Exception {
        // Each escape is one character of text and several of source: \" 2, \t 2, \u00e9 6, \n 2.
        assertThat(findings(SECTION + """
                    body: "Say \\"hi\\"\\tcaf\\u00e9 TODO\\nand TBD"
                """, "PC401")).containsExactly("PC401 6:34", "PC401 6:44");
    }

    @Test
    void phrasesInASingleQuotedScalarPointAtTheirColumn() throws Exception {
        assertThat(findings(SECTION + """
                    body: 'It''s ''ours'' TODO'
                """, "PC401")).containsExactly("PC401 6:27");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aLongDoubleQuotedScalarWithEscapesIsLocatedInLinearTime() throws Exception {
        String body = "x\\ty " + "TODO ".repeat(20_000); // "x\ty": a tab, then 20,000 findings
        List<String> found = findings(SECTION + """
                    body: "%s"
                """.formatted(body), "PC401");

        assertThat(found).hasSize(20_000).startsWith("PC401 6:17", "PC401 6:22")
                .endsWith("PC401 6:" + (17 + 5 * 19_999));
    }
}
