package io.github.policyc.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.PolicyCompiler;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.publish.Site;
import io.github.policyc.testing.Models;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No page repeats an id, even where ids are made from the model's text (valid HTML; links lead one place). */
class UniqueIdsTest {

    @TempDir
    Path dir;

    @Test
    void headingsTitledTitleDoNotRepeatTheIdOfTheHeadingAboveThem() {
        PolicyModel model = Models.load(dir, Models.MINIMAL + """
                dataSubjects:
                  customers: { label: Customers }
                dataCategories:
                  name: { label: Name }
                purposes:
                  orders:
                    title: Orders
                    description: |
                      ## Title

                      Text.
                    subjects: [customers]
                    categories: [name]
                sections:
                  - id: a
                    title: A
                    body: |
                      ## Title

                      ## Title

                      {{purposes}}

                      {{datamap}}
                """);

        String page = HtmlPages.privacyPolicy(model);

        assertUniqueIds("privacy-policy.html", page);
        assertThat(Jsoup.parse(page).select("#a h3").eachAttr("id")).contains("a-title-2", "a-title-3");
    }

    @Test
    void noPageOfTheExampleSiteRepeatsAnId() throws Exception {
        Site site = PolicyCompiler.create().compile(Path.of("../site-src/src/policy/policy.yaml"));

        for (String name : site.files().keySet()) {
            if (name.endsWith(".html")) {
                assertUniqueIds(name, site.text(name));
            }
        }
    }

    private static void assertUniqueIds(String name, String html) {
        Set<String> ids = new HashSet<>();
        List<Element> elements = Jsoup.parse(html).select("[id]");
        for (Element element : elements) {
            assertThat(ids.add(element.id())).as("%s: id '%s' is unique", name, element.id()).isTrue();
        }
    }
}
