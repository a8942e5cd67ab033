package io.github.policyc.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.load.PolicyLoader;
import io.github.policyc.model.PolicyModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whatever the document, the import is a model that loads. */
class DegenerateImportTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "empty.txt | ''",
            "blank.txt | '\n\n   \n\t\n'",
            "one-line.txt | Just one line of text",
            "headings-only.txt | 'Privacy Policy\n\nCookies?\n\nRights?\n'",
            "empty.html | ''",
            "fragment.html | <p>Only a paragraph, written by someone@example.test</p>",
            "two-h1.html | <html><body><h1>A</h1><h1>B</h1><table><tr><td>x</td><td>y</td></tr></table></body></html>",
            "controls.txt | '\u0000\u0001\u0002 \uFFFF \u2028 text'"})
    void anyDocumentGivesAModelThatLoads(String name, String content) throws Exception {
        Path document = dir.resolve(name);
        Files.writeString(document, content);

        ImportWriter.create().write(PolicyImporter.create().importFile(document), dir.resolve("model"));
        PolicyModel model = PolicyLoader.create().load(dir.resolve("model/policy.yaml"));

        assertThat(model.policy().title()).isNotBlank();
    }

    @Test
    void bytesThatAreNoTextGiveAModelThatLoads() throws Exception {
        byte[] bytes = new byte[4096];
        new java.util.Random(42).nextBytes(bytes);
        Path document = Files.write(dir.resolve("random.bin"), bytes);

        ImportWriter.create().write(PolicyImporter.create().importFile(document), dir.resolve("model"));

        assertThat(PolicyLoader.create().load(dir.resolve("model/policy.yaml")).policy().title()).isNotBlank();
    }

    @Test
    void windowsLineEndsGiveTheSameModelAndMap() throws Exception {
        String seed = Files.readString(SeedImportTest.SEED);

        ImportResult unix = PolicyImporter.create().importText("seed.txt", seed, SourceFormat.TEXT);
        ImportResult windows = PolicyImporter.create().importText("seed.txt", seed.replace("\n", "\r\n"),
                SourceFormat.TEXT);

        assertThat(windows.files()).isEqualTo(unix.files());
    }
}
