package io.github.policyc.cookies;

import static io.github.policyc.testing.Models.MINIMAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.PolicyCompiler;
import io.github.policyc.check.CheckReport;
import io.github.policyc.check.Checker;
import io.github.policyc.check.Finding;
import io.github.policyc.publish.Site;
import io.github.policyc.render.html.SitePaths;
import io.github.policyc.testing.Models;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CookieEvidenceTest {

    private static final String MODEL = MINIMAL + """
            purposes:
              measure: { title: Measuring visits, lawfulBasis: consent }
            cookies:
              - { name: session-id, category: strictly-necessary, duration: session }
              - { name: _gid, category: analytics, purpose: measure }
              - { name: _fbp, provider: Meta, category: analytics, duration: P3M, purpose: measure }
            """;

    @TempDir
    Path dir;

    @Test
    void theCompilerFillsInThePagesAndChecksWithTheEvidence() throws Exception {
        Path model = Models.write(dir, MODEL);
        CookieEvidence evidence = new CookieEvidence(OpenCookieDatabase.read(OpenCookieDatabaseTest.CSV),
                HarCookies.read(HarCookiesTest.HAR));
        // Whichever checker it is given afterwards, the compiler hands it the evidence.
        PolicyCompiler compiler = PolicyCompiler.create().withCookieEvidence(evidence).withChecker(Checker.create());

        CheckReport report = compiler.check(model);
        Site site = compiler.compile(model);

        assertThat(report.active().stream().map(f -> f.rule().id() + " " + f.message()))
                .anyMatch(f -> f.startsWith("PC704 cookie '_fbp' is declared analytics"))
                .anyMatch(f -> f.startsWith("PC705 cookie '__cf_bm' (domain .example.test) is set or sent on"
                        + " https://www.example.test/"))
                .anyMatch(f -> f.startsWith("PC706 cookie '_fbp' is declared but not seen"));
        assertThat(report.active().stream().map(Finding::message)).noneMatch(m -> m.contains("'_gid' names no"));
        String gid = Jsoup.parse(site.text(SitePaths.COOKIES)).select("tr:has(th:contains(_gid))").text();
        assertThat(gid).isEqualTo("_gid Google ID used to identify users for 24 hours after last activity 1 day");
    }

    @Test
    void withoutEvidenceTheCookieRulesThatNeedItAreSilent() throws Exception {
        CheckReport report = PolicyCompiler.create().check(Models.write(dir, MODEL));

        assertThat(report.findings()).extracting(f -> f.rule().id()).doesNotContain("PC704", "PC705", "PC706");
    }
}
