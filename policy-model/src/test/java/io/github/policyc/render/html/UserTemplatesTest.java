package io.github.policyc.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.policyc.PolicyCompiler;
import io.github.policyc.load.ModelException;
import io.github.policyc.load.Problem;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.testing.Models;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Users' templates replace policyc's by name, fall back to policyc's for the rest, and are locked down
 * exactly as policyc's are; their mistakes are problems at their file, line and column.
 */
class UserTemplatesTest {

    @TempDir
    Path dir;

    private static final String HOSTILE = "<script>alert(1)</script>";

    @Test
    void aUserLayoutReplacesPolicycsByNameOnEveryPage() {
        Path templates = template("layout.ftlh", """
                <#macro page frame><!DOCTYPE html><html lang="${frame.lang}"><head><title>${frame.title}</title></head>
                <body><header class="ours">Our header</header><main id="main"><#nested></main></body></html></#macro>
                <#macro sections view><#list view.sections as s><section id="${s.id}"><h2>${s.title}</h2>${s.body}</section></#list></#macro>
                <#macro english frame></#macro>
                """);
        PolicyModel model = Models.full();
        PageTemplates user = PageTemplates.overriding(templates, Path::toString);

        String privacy = HtmlPages.privacyPolicy(model, PageContext.ROOT, user);
        String cookies = HtmlPages.cookiePolicy(model, PageContext.ROOT, user);

        // policyc's privacy-policy.ftlh imports "layout.ftlh" and gets the user's.
        assertThat(privacy).contains("<header class=\"ours\">Our header</header>").doesNotContain("skip-link");
        assertThat(cookies).contains("<header class=\"ours\">Our header</header>");
    }

    @Test
    void templatesTheUserDoesNotReplaceArePolicycs() {
        Path templates = template("privacy-policy.ftlh", """
                <#import "layout.ftlh" as layout><@layout.page frame=view.frame><p>Our own privacy page</p></@layout.page>
                """);
        PolicyModel model = Models.full();
        PageTemplates user = PageTemplates.overriding(templates, Path::toString);

        assertThat(HtmlPages.privacyPolicy(model, PageContext.ROOT, user)).contains("<p>Our own privacy page</p>")
                .contains("class=\"skip-link\"");
        assertThat(HtmlPages.cookiePolicy(model, PageContext.ROOT, user))
                .isEqualTo(HtmlPages.cookiePolicy(model, PageContext.ROOT));
    }

    @Test
    void modelTextIsEscapedInUsersTemplatesToo() {
        Path templates = template("privacy-policy.ftlh", """
                <p>${view.frame.organisation}</p><p title="${view.frame.organisation}">${view.frame.organisation?esc}</p>
                """);
        PolicyModel model = Models.load(dir.resolve("model"), Models.MINIMAL.replace("Test Ltd", "'" + HOSTILE + "'"));

        String html = HtmlPages.privacyPolicy(model, PageContext.ROOT, PageTemplates.overriding(templates, Path::toString));

        assertThat(html).doesNotContain(HOSTILE).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void includingAFileOutsideTheDirectoryIsAProblemNotItsContent() {
        Path templates = template("privacy-policy.ftlh", "<p>before</p>\n  <#include \"../../etc/passwd\">\n");

        Problem problem = problem(templates, "privacy-policy.ftlh");

        assertThat(problem.at().file()).isEqualTo(templates.resolve("privacy-policy.ftlh").toString());
        assertThat(problem.at().line()).isEqualTo(2);
        assertThat(problem.at().column()).isEqualTo(3);
        assertThat(problem.message()).contains("../../etc/passwd").doesNotContain("root:");
    }

    @Test
    void aSymbolicLinkLeadingOutOfTheDirectoryIsNotFollowed() throws IOException {
        Path secret = Models.write(dir.resolve("outside"), "secret.ftlh", "TOP SECRET");
        Path templates = template("privacy-policy.ftlh", "<#include \"secret.ftlh\">\n");
        try {
            Files.createSymbolicLink(templates.resolve("secret.ftlh"), secret);
        } catch (UnsupportedOperationException | FileSystemException e) {
            assumeThat(false).as("symbolic links: " + e.getMessage()).isTrue();
        }

        Problem problem = problem(templates, "privacy-policy.ftlh");

        assertThat(problem.toString()).doesNotContain("TOP SECRET").contains("secret.ftlh");
        assertThat(problem.at().line()).isEqualTo(1);
    }

    @Test
    void newIsRefused() {
        Path templates = template("privacy-policy.ftlh",
                "<#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"echo executed\")}\n");

        Problem problem = problem(templates, "privacy-policy.ftlh");

        assertThat(problem.at().line()).isEqualTo(1);
        assertThat(problem.message()).doesNotContain("executed\n").containsIgnoringCase("not allowed");
    }

    @Test
    void apiIsRefused() {
        Path templates = template("privacy-policy.ftlh", "<p>\n${view.frame?api.getClass().getName()}</p>\n");

        Problem problem = problem(templates, "privacy-policy.ftlh");

        assertThat(problem.at().line()).isEqualTo(2);
        assertThat(problem.message()).contains("api");
    }

    @ParameterizedTest
    @ValueSource(strings = {"${view.frame.organisation?no_esc}", "<#noautoesc>${view.frame.organisation}</#noautoesc>",
            "<#outputformat \"plainText\">${view.frame.organisation}</#outputformat>",
            "<#assign t = \"$\" + \"{view.frame.organisation?no_esc}\"?interpret><@t/>",
            "${\"view.frame.organisation\"?eval}"})
    void nothingPrintsModelTextUnescaped(String unescaped) {
        Path templates = template("privacy-policy.ftlh", "<p>\n  <b>" + unescaped + "</b></p>\n");

        Problem problem = problem(templates, "privacy-policy.ftlh");

        assertThat(problem.at().file()).isEqualTo(templates.resolve("privacy-policy.ftlh").toString());
        assertThat(problem.at().line()).isEqualTo(2);
        assertThat(problem.message()).contains("would print text unescaped");
    }

    @Test
    void anFtlHeaderCannotTurnEscapingOff() {
        Path templates = template("privacy-policy.ftlh", "<#ftl auto_esc=false>\n${view.frame.organisation}\n");

        assertThat(problem(templates, "privacy-policy.ftlh").toString()).contains("privacy-policy.ftlh:1:1: '<#ftl auto_esc'");
    }

    @Test
    void anIncludedTemplateIsRefusedWhereTheUnescapedOutputIs() {
        Path templates = template("privacy-policy.ftlh", "<#include \"parts/a.ftlh\">\n");
        Models.write(templates, "parts/a.ftlh", "ok\nstill ok ${view.frame.title?no_esc}\n");

        Problem problem = problem(templates, "privacy-policy.ftlh");

        assertThat(problem.at().file()).isEqualTo(templates.resolve("parts/a.ftlh").toString());
        assertThat(problem.at().line()).isEqualTo(2);
        assertThat(problem.at().column()).isEqualTo(28);
    }

    @Test
    void javaMethodsOfTheViewsAreOutOfReach() {
        Path templates = template("privacy-policy.ftlh", "${view.frame.hashCode()}\n");

        assertThat(problem(templates, "privacy-policy.ftlh").at().line()).isEqualTo(1);
    }

    @Test
    void aSyntaxErrorInAnIncludedTemplateIsReportedWhereItIs() {
        Path templates = template("privacy-policy.ftlh", "<#include \"parts/header.ftlh\">\n");
        Models.write(templates, "parts/header.ftlh", "<p>ok</p>\n<p>${view.frame.title</p>\n");

        Problem problem = problem(templates, "privacy-policy.ftlh");

        assertThat(problem.at().file()).isEqualTo(templates.resolve("parts/header.ftlh").toString());
        assertThat(problem.at().line()).isEqualTo(2);
        assertThat(problem.message()).doesNotContain("\n").doesNotContain("at freemarker.");
    }

    @Test
    void aMistakeFailsTheBuildAsAProblemAndWritesNothing() throws IOException {
        Path model = Models.FULL;
        Path templates = template("layout.ftlh", "<#macro page frame>${frame.nosuchthing}</#macro>\n");
        Path output = dir.resolve("out");

        assertThatThrownBy(() -> PolicyCompiler.create().withTemplates(templates)
                .build(model, dir.resolve("no-history"), output))
                .isInstanceOfSatisfying(ModelException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).toString()).matches(".*layout\\.ftlh:1:\\d+: .*nosuchthing.*")
                            .doesNotContain("[in template");
                });
        assertThat(output).doesNotExist();
    }

    @Test
    void aTemplatesDirectoryThatDoesNotExistIsAProblem() throws IOException {
        assertThatThrownBy(() -> PolicyCompiler.create().withTemplates(dir.resolve("missing")).compile(Models.FULL))
                .isInstanceOfSatisfying(ModelException.class, e ->
                        assertThat(e.problems().get(0).message()).contains("does not exist"));
    }

    private Problem problem(Path templates, String page) {
        PageTemplates user = PageTemplates.overriding(templates, Path::toString);
        try {
            HtmlPages.privacyPolicy(Models.full(), PageContext.ROOT, user);
        } catch (UserTemplateException e) {
            return e.problem();
        }
        throw new AssertionError(page + " rendered, but a problem was expected");
    }

    private Path template(String name, String text) {
        Path templates = dir.resolve("templates");
        Models.write(templates, name, text);
        return templates.toAbsolutePath();
    }
}
