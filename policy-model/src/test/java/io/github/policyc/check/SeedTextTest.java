package io.github.policyc.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.load.PolicyLoader;
import io.github.policyc.testing.Models;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published text the example site was modelled from, checked as it stands: one section holding
 * the whole text (short lines without a full stop made headings, bullets made a list), the
 * controller and the three mailboxes the text names declared, no cookies. The rules for contacts,
 * references and placeholders find the defects the text is known for.
 */
class SeedTextTest {

    private static final Path SEED = Path.of("src/test/resources/seed/northwest-it-privacy-policy.txt");

    private static final String MODEL = """
            policy: { id: seed, title: Privacy Policy, version: "1", effective: 2024-03-01 }
            controller:
              name: North West IT Services and Solutions Limited
              shortName: North West IT
              address: [Egerton Business Centre, The Old Mill House, Deakins Business Park, Egerton, Bolton, BL7 9RP]
              contact: dpo
              website: https://www.northwest-it.co.uk
            contacts:
              dpo: { role: Data Protection Officer, email: dpo@northwest-it.co.uk }
              marketing: { role: Marketing team, email: marketing@northwest-it.co.uk }
              it-security: { role: IT security team, email: IT-security@northwest-it.co.uk }
            sections:
              - id: policy
                title: Privacy Policy
                body: { file: seed.md }
            """;

    @TempDir
    static Path directory;

    private static List<Finding> findings;

    @BeforeAll
    static void check() throws Exception {
        Models.write(directory, "seed.md", markdown(Files.readString(SEED, StandardCharsets.UTF_8)));
        CheckReport report = Checker.create().check(PolicyLoader.create().withDisplayRoot(directory)
                .read(Models.write(directory, MODEL)));
        findings = report.findings();
    }

    /**
     * The plain text as Markdown: each line a paragraph, as each was an element of the web page it was
     * copied from; short lines of words without a full stop become headings, bullets a list.
     */
    static String markdown(String text) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String stripped = line.strip();
            if (stripped.startsWith("•")) {
                // A list's items stay together: no blank line after them.
                out.add("- " + stripped.substring(1).strip());
            } else if (stripped.length() <= 70 && stripped.matches("[\\p{L}’'? ()-]*\\p{L}[?]?")) {
                out.add("");
                out.add("## " + stripped);
                out.add("");
            } else {
                out.add(stripped);
                out.add("");
            }
        }
        return String.join("\n", out) + "\n";
    }

    private static List<String> messages(String rule) {
        return findings.stream().filter(f -> f.rule().id().equals(rule)).map(f -> f.message() + " / " + f.hint())
                .toList();
    }

    @Test
    void findsTheTemplateHeadingLeftIn() {
        assertThat(messages("PC401")).singleElement().asString().contains("\"Default title\"");
    }

    @Test
    void findsTheLogoFileNameAndTheCloseButtonPastedIn() {
        assertThat(messages("PC402")).hasSize(2)
                .anySatisfy(m -> assertThat(m).contains("\"KITS Logo@4x.png\""))
                .anySatisfy(m -> assertThat(m).contains("\"×\""));
    }

    @Test
    void findsReadersSentToHrWithNoWayToReachHr() {
        assertThat(messages("PC202")).singleElement().asString().contains("\"speak with HR\"");
    }

    @Test
    void findsTheReferenceToASectionUnderATitleThatDoesNotExist() {
        assertThat(messages("PC302")).singleElement().asString()
                .contains("“Phone and Email Communication from North West IT”")
                .contains("did you mean “Phone and email communications from North West IT”?");
    }

    @Test
    void findsTheDocumentsReferredToButNotLinked() {
        assertThat(messages("PC303"))
                .anySatisfy(m -> assertThat(m).contains("\"our recruitment data policy\""))
                .anySatisfy(m -> assertThat(m).contains("\"the Terms and Conditions\""))
                .anySatisfy(m -> assertThat(m).contains("\"our data processing agreement\""))
                .allSatisfy(m -> assertThat(m).doesNotContain("Cookie Policy"));
    }

    @Test
    void findsTheCookiePolicyOfASiteThatDeclaresNoCookies() {
        assertThat(messages("PC304")).singleElement().asString().contains("\"We use cookies\"");
    }

    @Test
    void acceptsTheMailboxesOnceDeclared() {
        assertThat(messages("PC203")).isEmpty();
        assertThat(messages("PC204")).isEmpty();
    }
}
