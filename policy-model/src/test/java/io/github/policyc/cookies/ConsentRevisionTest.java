package io.github.policyc.cookies;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.diff.PolicyDiff;
import io.github.policyc.diff.VersionChanges;
import io.github.policyc.history.PolicyVersion;
import io.github.policyc.history.Timeline;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.render.json.JsonExporter;
import io.github.policyc.testing.Models;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsentRevisionTest {

    private static final String BASE = ConsentBannerTest.COOKIES.replace("""
              ads:
                title: Advertising
                lawfulBasis: consent
            """, """
              ads:
                title: Advertising
                lawfulBasis: consent
              orders:
                title: Orders
                lawfulBasis: contract
            """);

    @TempDir
    Path dir;

    @Test
    void aSingleVersionIsRevisionOne() {
        assertThat(ConsentRevision.of(timeline(BASE))).isEqualTo(1);
    }

    @Test
    void countsTheVersionsThatChangeCookiesOrTheirPurposesMaterially() {
        String wording = BASE.replace("Keeps you signed in.", "Keeps you signed in to your account.");
        String newCookie = wording + "  - { name: _gcl_au, provider: Google Ads, party: third, category: marketing,"
                + " duration: P3M, purpose: ads }\n";
        String otherPurpose = newCookie.replace("lawfulBasis: contract", "lawfulBasis: legitimate-interests");
        String cookiePurpose = otherPurpose.replace("title: Advertising\n    lawfulBasis: consent",
                "title: Advertising\n    lawfulBasis: legitimate-interests");

        assertThat(ConsentRevision.of(timeline(BASE, wording))).as("wording only").isEqualTo(1);
        assertThat(ConsentRevision.of(timeline(BASE, wording, newCookie))).as("a new marketing cookie").isEqualTo(2);
        assertThat(ConsentRevision.of(timeline(BASE, wording, newCookie, otherPurpose)))
                .as("a purpose no cookie serves").isEqualTo(2);
        assertThat(ConsentRevision.of(timeline(BASE, wording, newCookie, otherPurpose, cookiePurpose)))
                .as("the purpose of the marketing cookies").isEqualTo(3);
    }

    @Test
    void aNewStrictlyNecessaryCookieKeepsTheRevision() {
        String necessary = BASE + "  - { name: lang, category: strictly-necessary, duration: session }\n";

        assertThat(ConsentRevision.of(timeline(BASE, necessary))).isEqualTo(1);
    }

    /** Versions 1, 2, ... of the given models, with the changes policyc's diff finds between them. */
    private Timeline timeline(String... yamls) {
        List<PolicyVersion> versions = new ArrayList<>();
        List<VersionChanges> changes = new ArrayList<>();
        for (int i = 0; i < yamls.length; i++) {
            String yaml = yamls[i].replace("version: \"1\"", "version: \"" + (i + 1) + "\"")
                    .replace("effective: 2024-03-01", "effective: 2024-03-0" + (i + 1));
            PolicyModel model = Models.load(dir.resolve("v" + i), yaml);
            if (i > 0) {
                changes.add(new PolicyDiff().between(versions.get(i - 1).model(), model));
            }
            versions.add(new PolicyVersion(model, JsonExporter.write(model), true));
        }
        return new Timeline(versions, changes, versions.get(versions.size() - 1));
    }
}
