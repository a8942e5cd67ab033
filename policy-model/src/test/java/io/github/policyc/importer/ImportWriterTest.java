package io.github.policyc.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyc.load.PolicyLoader;
import io.github.policyc.model.Contact;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Section;
import io.github.policyc.testing.Models;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesTheModelTheSectionsAndTheSourceMapNamingTheOriginalRelativeToTheModel() throws Exception {
        Path original = Models.write(dir, "docs/policy.txt", "Privacy Policy\n\nIntroduction\n\nWe are Acme Ltd.\n");

        List<Path> written = ImportWriter.create().write(PolicyImporter.create().importFile(original),
                dir.resolve("src/policy"));

        assertThat(written).containsExactly(dir.resolve("src/policy/policy.yaml"),
                dir.resolve("src/policy/sections/introduction.md"), dir.resolve("src/policy/policyc-sourcemap.json"));
        assertThat(SourceMap.parse(Files.readString(written.get(2))).original()).isEqualTo("../../docs/policy.txt");
    }

    @Test
    void refusesToOverwriteAModelUnlessForced() throws Exception {
        Path original = Models.write(dir, "policy.txt", "Privacy Policy\n\nIntroduction\n\nWe are Acme Ltd.\n");
        Path yaml = Models.write(dir, "model/policy.yaml", "# mine\n");
        Path notes = Models.write(dir, "model/sections/notes.md", "My notes.\n");
        ImportResult result = PolicyImporter.create().importFile(original);

        assertThatThrownBy(() -> ImportWriter.create().write(result, dir.resolve("model")))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.existing())
                        .isEqualTo(yaml.toAbsolutePath()))
                .hasMessage(yaml.toAbsolutePath() + " already exists; import into another directory, or allow"
                        + " overwriting the model there");
        assertThat(yaml).hasContent("# mine");
        assertThat(dir.resolve("model/sections/introduction.md")).doesNotExist();

        ImportWriter.create().withForce(true).write(result, dir.resolve("model"));
        assertThat(yaml).content().startsWith("# Imported by policyc from policy.txt");
        assertThat(notes).hasContent("My notes.");
    }

    @Test
    void aSectionFileInTheWayIsEnoughToRefuse() throws Exception {
        Path original = Models.write(dir, "policy.txt", "Privacy Policy\n\nIntroduction\n\nWe are Acme Ltd.\n");
        Path section = Models.write(dir, "model/sections/introduction.md", "My own words.\n");

        assertThatThrownBy(() -> ImportWriter.create().write(PolicyImporter.create().importFile(original),
                dir.resolve("model"))).isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.existing())
                .isEqualTo(section.toAbsolutePath()));
        assertThat(dir.resolve("model/policy.yaml")).doesNotExist();
        assertThat(section).hasContent("My own words.");
    }

    @Test
    void refusesWhatIsNoDocument() {
        assertThatThrownBy(() -> PolicyImporter.create().importFile(dir.resolve("missing.html")))
                .isInstanceOf(ImportException.class).hasMessageEndingWith("missing.html does not exist");
        assertThatThrownBy(() -> PolicyImporter.create().importFile(dir))
                .isInstanceOf(ImportException.class).hasMessageEndingWith("is a directory; give the file of the"
                        + " published policy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"null@null.org", "true@example.org", "Yes@on.org", "off@example.org", "123@456.org",
        "0x1f@example.org", "1e3@example.org", "2024-03-01@example.org", "n@example.org"})
    void idsThatYamlWouldReadAsSomethingElseAreQuotedAndLoadAsWritten(String email) throws Exception {
        String local = email.substring(0, email.indexOf('@'));
        String document = "<html><body><h1>Privacy Policy</h1><h2>" + local + "</h2><p>Write to " + email
                + " with questions.</p></body></html>";
        ImportResult result = PolicyImporter.create().importText("d.html", document, SourceFormat.HTML);
        ImportWriter.create().write(result, dir);

        PolicyModel model = PolicyLoader.create().load(dir.resolve("policy.yaml"));

        String id = local.toLowerCase(java.util.Locale.ROOT);
        assertThat(model.contacts()).extracting(Contact::id).containsExactly(id);
        assertThat(model.sections()).extracting(Section::id).containsExactly(id);
        assertThat(model.policy().id()).isNotBlank();
        assertThat(result.policyYaml()).contains("  \"" + id + "\":", "  - id: \"" + id + "\"");
    }

    @Test
    void readsWindows1252WhenTheTextIsNotUtf8() throws Exception {
        Path original = dir.resolve("old.txt");
        Files.write(original, "Privacy Policy\n\nIntroduction\n\nWe don\u2019t sell data \u2013 ever.\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));

        ImportResult result = PolicyImporter.create().importFile(original);

        assertThat(result.sections().get("sections/introduction.md")).isEqualTo("We don\u2019t sell data \u2013 ever.\n");
    }
}
