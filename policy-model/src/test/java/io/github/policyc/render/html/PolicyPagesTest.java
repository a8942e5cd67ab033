package io.github.policyc.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import io.github.policyc.load.PolicyLoader;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.testing.Models;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The pages of one version in several places of the site, each body rendered once where it can be. */
class PolicyPagesTest {

    /** A page in a version's directory: its own files beside it, the rest two levels up. */
    private static final PageContext VERSION_DIRECTORY = new PageContext("../../", SitePaths.PRIVACY, SitePaths.COOKIES,
            SitePaths.POLICY_JSON, "../index.html", "../../changes.html", "../../feed.json", null, null, true);

    /** A page in a directory one level down, as a user's site could have. */
    private static final PageContext ONE_DOWN = new PageContext("../", SitePaths.PRIVACY, SitePaths.COOKIES,
            SitePaths.POLICY_JSON, "index.html", "../changes.html", "../feed.json", null, null, false);

    /** The example, whose prose links the change log from the site's root, and the full and well-written models. */
    static Stream<PolicyModel> models() throws Exception {
        PolicyLoader loader = PolicyLoader.create();
        return Stream.of(loader.load(Path.of("../site-src/src/policy/policy.yaml")), Models.full(),
                loader.load(Path.of("src/test/resources/models/well-written/policy.yaml")));
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyPageIsTheOneHtmlPagesRendersAloneInWhateverOrderThePlacesCome(PolicyModel model) {
        List<List<PageContext>> orders = List.of(
                List.of(VERSION_DIRECTORY, PageContext.ROOT, VERSION_DIRECTORY, ONE_DOWN, PageContext.ROOT),
                List.of(PageContext.ROOT, ONE_DOWN, VERSION_DIRECTORY, PageContext.ROOT));
        for (List<PageContext> places : orders) {
            PolicyPages pages = new PolicyPages(model, PageTemplates.builtIn());
            for (PageContext place : places) {
                assertThat(pages.privacyPolicy(place)).as("privacy policy %s", place.root())
                        .isEqualTo(HtmlPages.privacyPolicy(model, place, PageTemplates.builtIn()));
                assertThat(pages.cookiePolicy(place)).as("cookie policy %s", place.root())
                        .isEqualTo(HtmlPages.cookiePolicy(model, place, PageTemplates.builtIn()));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void aBodyDependsOnItsPlaceExactlyWhenItReadsOtherwiseElsewhere(PolicyModel model) throws Exception {
        for (PageBody body : List.of(HtmlPages.privacyBody(model, "../../"), HtmlPages.cookieBody(model, "../../"))) {
            PageBody atRoot = body.summary() == null ? HtmlPages.cookieBody(model, "")
                    : HtmlPages.privacyBody(model, "");
            assertThat(atRoot.dependsOnPlace()).isEqualTo(body.dependsOnPlace());
            assertThat(text(atRoot).equals(text(body))).isEqualTo(!body.dependsOnPlace());
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void theExampleLinksFromTheRootAndTheOthersDoNot(PolicyModel model) {
        boolean example = model.controller().name().startsWith("North West");

        assertThat(HtmlPages.privacyBody(model, "../../").dependsOnPlace()).isEqualTo(example);
        assertThat(HtmlPages.privacyBody(model, "../../").fits("")).isEqualTo(!example);
        assertThat(HtmlPages.privacyBody(model, "../../").fits("../../")).isTrue();
    }

    private static String text(PageBody body) throws TemplateModelException {
        StringBuilder text = new StringBuilder(body.summary() == null ? "" : markup(body.summary()));
        for (PageView.SectionView section : body.sections()) {
            text.append(section.id()).append(section.title()).append(markup(section.body()));
        }
        return text.toString();
    }

    private static String markup(TemplateHTMLOutputModel html) throws TemplateModelException {
        return HTMLOutputFormat.INSTANCE.getMarkupString(html);
    }
}
