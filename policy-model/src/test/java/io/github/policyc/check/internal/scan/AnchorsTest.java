package io.github.policyc.check.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.load.PolicyLoader;
import io.github.policyc.model.Page;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.render.html.HtmlPages;
import io.github.policyc.testing.Models;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Anchors} knows without rendering the ids the renderer writes: render pages and compare. */
class AnchorsTest {

    @TempDir
    static Path temp;

    /** Headings in section bodies, purposes and rights (twice the same text), both pages, and a cookie page without sections. */
    private static final String HEADINGS = Models.MINIMAL + """
            purposes:
              orders:
                title: Orders
                description: |
                  ## What we do

                  Text.

                  ## What we do

                  More, with a `code` heading below.

                  ### The `code` and {{contact dpo}} part

                  End.
            contacts:
              dpo: { role: DPO, email: dpo@example.test }
            rights:
              access:
                description: |
                  # Access

                  You can ask.
                exercise: |
                  ## How

                  Ask us.
            cookies:
              - { name: a, category: analytics, purpose: orders }
              - { name: b, purpose: orders }
            sections:
              - id: only
                title: Only
                body: |
                  ## Intro!

                  Text.

                  {{purposes}}

                  {{rights}}
            """;

    static Stream<PolicyModel> models() throws Exception {
        return Stream.of(PolicyLoader.create().load(Path.of("../site-src/src/policy/policy.yaml")), Models.full(),
                Models.load(temp.resolve("headings"), HEADINGS));
    }

    @ParameterizedTest
    @MethodSource("models")
    void knowsEveryIdThePagesHave(PolicyModel model) {
        Anchors anchors = Anchors.of(model);

        assertThat(anchors.on(Page.PRIVACY)).containsExactlyInAnyOrderElementsOf(ids(HtmlPages.privacyPolicy(model)));
        assertThat(anchors.on(Page.COOKIES)).containsExactlyInAnyOrderElementsOf(ids(HtmlPages.cookiePolicy(model)));
    }

    private static Set<String> ids(String html) {
        return Jsoup.parse(html).select("[id]").stream().map(e -> e.id()).collect(Collectors.toSet());
    }
}
