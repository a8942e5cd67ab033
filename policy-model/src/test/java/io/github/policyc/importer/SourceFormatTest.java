package io.github.policyc.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "policy.html | Privacy Policy | HTML",
            "policy.HTM | Privacy Policy | HTML",
            "policy.txt | <html><body>x</body></html> | TEXT",
            "policy | <!DOCTYPE html><html> | HTML",
            "policy | '  <html lang=\"en\">' | HTML",
            "download | <div class=\"x\"><p>Privacy</p></div> | HTML",
            "policy | Privacy Policy: we use <b>bold</b> words | TEXT",
            "policy | Privacy Policy | TEXT"})
    void detectsTheFormatByNameThenByContent(String name, String content, SourceFormat format) {
        assertThat(SourceFormat.detect(name, content)).isEqualTo(format);
    }
}
