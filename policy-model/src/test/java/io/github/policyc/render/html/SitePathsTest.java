package io.github.policyc.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SitePathsTest {

    @ParameterizedTest
    @CsvSource({
            "privacy-policy.html, changes.html, changes.html",
            "privacy-policy.html, versions/1/privacy-policy.html, versions/1/privacy-policy.html",
            "versions/1/privacy-policy.html, cookie-policy.html, ../../cookie-policy.html",
            "versions/1/privacy-policy.html, versions/1/cookie-policy.html, cookie-policy.html",
            "versions/1/privacy-policy.html, versions/2/privacy-policy.html, ../2/privacy-policy.html",
            "versions/1/privacy-policy.html, versions/index.html, ../index.html",
            "versions/index.html, versions/1/policy.json, 1/policy.json",
            "versions/index.html, changes.html, ../changes.html",
            "versions/index.html, versions/index.html, index.html"})
    void linksRelativeToThePage(String from, String to, String href) {
        assertThat(SitePaths.relative(from, to)).isEqualTo(href);
    }

    @ParameterizedTest
    @CsvSource({"privacy-policy.html, ''", "versions/index.html, ../", "versions/1/cookie-policy.html, ../../"})
    void leadsBackToTheRoot(String from, String root) {
        assertThat(SitePaths.root(from)).isEqualTo(root);
    }
}
