package io.github.policyc.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.load.LoadedPolicy;
import io.github.policyc.load.PolicyLoader;
import io.github.policyc.model.Contact;
import io.github.policyc.model.Location;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Right;
import io.github.policyc.model.RightKind;
import io.github.policyc.model.Section;
import io.github.policyc.testing.Models;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlImportTest {

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
              <meta charset="utf-8">
              <title>Privacy notice | Acme Widgets</title>
              <script>var x = "<p>not text</p>";</script>
            </head>
            <body>
            <header><img src="/logo.png" alt="Acme logo"><nav><a href="/">Home</a> <a href="/about">About</a></nav></header>
            <main>
              <h1>Privacy Notice</h1>
              <p>Last updated: 12 March 2025</p>
              <p>This is the privacy notice of Acme Widgets Ltd, registered in Scotland under company number SC123456.</p>
              <h2>What we collect</h2>
              <p>We collect the following &amp; nothing
                 more:</p>
              <ul>
                <li>Your <strong>name</strong></li>
                <li>Your email address
                  <ul><li>work</li><li>home</li></ul>
                </li>
              </ul>
              <h3>Cookies</h3>
              <p>See our <a href="/cookies">cookie policy</a>.</p>
              <h2>Your rights</h2>
              <h3>Right of access</h3>
              <p>You can ask for a copy of your data: email <a href="mailto:privacy@acme.example">privacy@acme.example</a>.</p>
              <h3>Right to erasure</h3>
              <p>You can ask us to delete it.</p>
              <h2>Contact</h2>
              <address>Acme Widgets Ltd<br>1 High Street<br>Glasgow<br>G1 1AA</address>
              <p>Write to our <a href="mailto:dpo@acme.example">Data Protection Officer</a>.</p>
              <button aria-label="Close">×</button>
              <div hidden>Hidden text</div>
            </main>
            <footer><p>© 2025 Acme Widgets Ltd</p></footer>
            </body>
            </html>
            """;

    @TempDir
    Path dir;

    ImportResult result;
    LoadedPolicy policy;
    PolicyModel model;
    SourceMapper mapper;

    @BeforeEach
    void importPage() throws Exception {
        Path page = Models.write(dir, "site/privacy.html", PAGE);
        result = PolicyImporter.create().importFile(page);
        ImportWriter.create().write(result, dir.resolve("model"));
        PolicyLoader loader = PolicyLoader.create().withDisplayRoot(dir);
        Path yaml = dir.resolve("model/policy.yaml");
        policy = loader.read(yaml);
        model = policy.model();
        mapper = SourceMapper.besideModel(yaml, policy, loader::display).orElseThrow();
    }

    @Test
    void readsTheStructureFromTheElements() {
        assertThat(result.format()).isEqualTo(SourceFormat.HTML);
        assertThat(model.policy().title()).isEqualTo("Privacy Notice");
        assertThat(model.policy().language()).isEqualTo("en-GB");
        assertThat(model.policy().effective()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(model.sections()).extracting(Section::title)
                .containsExactly("Preamble", "What we collect", "Your rights", "Contact");
        assertThat(section("preamble")).isEqualTo("""
                Last updated: 12 March 2025

                This is the privacy notice of Acme Widgets Ltd, registered in Scotland under company number SC123456.
                """);
        assertThat(section("what-we-collect")).isEqualTo("""
                We collect the following & nothing more:

                - Your **name**
                - Your email address
                  - work
                  - home

                ### Cookies

                See our [cookie policy](/cookies).
                """);
    }

    @Test
    void leavesOutNavigationScriptsControlsAndHiddenElements() {
        String all = String.join("\n", result.files().values());
        assertThat(all).doesNotContain("Home", "not text", "×", "Hidden text", "Acme logo");
    }

    @Test
    void theAddressElementIsTheRegisteredOfficeAndStaysInTheText() {
        assertThat(model.controller().name()).isEqualTo("Acme Widgets Ltd");
        assertThat(model.controller().registeredIn()).isEqualTo("Scotland");
        assertThat(model.controller().companyNumber()).isEqualTo("SC123456");
        assertThat(model.controller().address()).containsExactly("1 High Street", "Glasgow", "G1 1AA");
        assertThat(section("contact")).isEqualTo("""
                Acme Widgets Ltd\\
                1 High Street\\
                Glasgow\\
                G1 1AA

                Write to our [Data Protection Officer](mailto:dpo@acme.example).
                """);
    }

    @Test
    void addressesInTextAndInLinksBecomeContacts() {
        assertThat(model.contacts()).extracting(Contact::id, Contact::role, Contact::email).containsExactly(
                org.assertj.core.groups.Tuple.tuple("privacy", "Privacy", "privacy@acme.example"),
                org.assertj.core.groups.Tuple.tuple("dpo", "Data Protection Officer", "dpo@acme.example"));
        assertThat(model.controller().dpo().id()).isEqualTo("dpo");
        assertThat(model.rights()).extracting(Right::kind).containsExactly(RightKind.ACCESS, RightKind.ERASURE);
        assertThat(model.right(RightKind.ACCESS).orElseThrow().description().text())
                .isEqualTo("You can ask for a copy of your data: email {{contact privacy}}.");
        assertThat(section("your-rights")).isEqualTo("{{rights}}\n");
    }

    @Test
    void everyPartKeepsItsPlaceInThePage() {
        Section collect = model.sections().get(1);
        assertThat(mapper.map(collect.at())).isEqualTo(at("What we collect"));
        assertThat(mapper.map(model.contact("dpo").orElseThrow().at()))
                .isEqualTo(at("<a href=\"mailto:dpo@acme.example\">"));
        assertThat(mapper.map(model.right(RightKind.ERASURE).orElseThrow().at())).isEqualTo(at("Right to erasure"));

        String file = "model/sections/what-we-collect.md";
        List<String> lines = result.sections().get("sections/what-we-collect.md").lines().toList();
        // After an entity, and on the next line of a wrapped paragraph.
        assertThat(mapper.map(new Location(file, 1, lines.get(0).indexOf("nothing") + 1))).isEqualTo(at("nothing"));
        assertThat(mapper.map(new Location(file, 1, lines.get(0).indexOf("more") + 1))).isEqualTo(at("more:"));
        assertThat(mapper.map(new Location(file, 5, 5))).isEqualTo(at("work"));
        assertThat(mapper.map(new Location(file, 3, 10))).isEqualTo(at("name</strong>"));
    }

    private String section(String id) {
        return result.sections().get("sections/" + id + ".md");
    }

    /** Where a piece of the page starts. */
    private static Location at(String needle) {
        int offset = PAGE.indexOf(needle);
        assertThat(offset).as(needle).isNotNegative();
        String before = PAGE.substring(0, offset);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        return new Location("site/privacy.html", line, offset - before.lastIndexOf('\n'));
    }

    @Test
    void offsetsAfterEntitiesAndBareAmpersandsMapToTheirColumn() throws Exception {
        String html = "<html><body><h2>Contact</h2><p>Q&A; &amp; caf&eacute; &#x1F600; write to privacy@example.test"
                + " today.</p></body></html>";

        ImportResult result = PolicyImporter.create().importText("p.html", html, SourceFormat.HTML);

        String file = result.sections().keySet().iterator().next();
        String line = result.sections().get(file).lines().findFirst().orElseThrow();
        assertThat(line).startsWith("Q&A; & café \uD83D\uDE00 write to ");
        assertThat(result.sourceMap().locate(file, 1, line.indexOf("write") + 1, line))
                .contains(new Location("p.html", 1, html.indexOf("write") + 1));
        assertThat(result.sourceMap().locate(file, 1, line.indexOf("A;") + 1, line))
                .contains(new Location("p.html", 1, html.indexOf("A;") + 1));
        assertThat(result.sourceMap().locate(file, 1, line.indexOf("é") + 1, line))
                .contains(new Location("p.html", 1, html.indexOf("&eacute;") + 1));
        assertThat(result.sourceMap().locate(file, 1, line.indexOf(" today") + 1, line))
                .contains(new Location("p.html", 1, html.indexOf(" today") + 1));
    }
}
