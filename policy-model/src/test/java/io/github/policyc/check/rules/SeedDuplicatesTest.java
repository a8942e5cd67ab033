package io.github.policyc.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.check.CheckReport;
import io.github.policyc.check.Checker;
import io.github.policyc.check.Finding;
import io.github.policyc.check.Rules;
import io.github.policyc.load.PolicyLoader;
import io.github.policyc.testing.Models;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The duplicate rules on real text: North West IT's published policy, each line a paragraph (bullets
 * list items), finds the paragraphs pasted two or three times and the copy edited in one word, and
 * nothing else.
 */
class SeedDuplicatesTest {

    private static final Path SEED = Path.of("src/test/resources/seed/northwest-it-privacy-policy.txt");

    @Test
    void findsTheSeedsCopiedParagraphs(@TempDir Path directory) throws Exception {
        StringBuilder yaml = new StringBuilder(Models.MINIMAL)
                .append("sections:\n  - id: published\n    title: Privacy Policy\n    body: |\n");
        for (String line : Files.readString(SEED).split("\n")) {
            String text = line.strip();
            if (!text.isEmpty()) {
                yaml.append("      ").append(text.startsWith("•") ? "- " + text.substring(1).strip() : text)
                        .append("\n\n");
            }
        }
        Path model = Models.write(directory, yaml.toString());

        CheckReport report = Checker.create()
                .withRules(Rules.all().stream().filter(r -> r.info().id().startsWith("PC1")).toList())
                .check(PolicyLoader.create().withDisplayRoot(directory).read(model));

        assertThat(messages(report, "PC101")).isEmpty();
        assertThat(messages(report, "PC102")).containsExactly(
                "paragraph \"If you’re not a current customer and no…\" is said 3 times in the body of section"
                        + " 'published'",
                "paragraph \"Suppose North West IT is acting as a…\" is said twice in the body of section 'published'",
                "paragraph \"Suppose we receive requests from government departments, agencies…\" is said twice in"
                        + " the body of section 'published'",
                "paragraph \"Except as set out above, we will not…\" is said twice in the body of section 'published'",
                "paragraph \"Whenever we share personal data, we take all…\" is said twice in the body of section"
                        + " 'published'");
        assertThat(messages(report, "PC103")).containsExactly(
                "paragraph \"Suppose North West IT is acting as a…\" in the body of section 'published' has a"
                        + " near-copy with a few words changed: in the body of section 'published' (98% alike)");
        Finding near = report.findings().stream().filter(f -> f.rule().id().equals("PC103")).findFirst().orElseThrow();
        assertThat(Files.readAllLines(model).get(near.related().get(0).line() - 1))
                .endsWith("North West IT will act as a commercial intermediary and not a data processor.");
    }

    private static List<String> messages(CheckReport report, String rule) {
        return report.findings().stream().filter(f -> f.rule().id().equals(rule)).map(Finding::message).toList();
    }
}
