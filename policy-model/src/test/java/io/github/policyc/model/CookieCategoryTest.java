package io.github.policyc.model;

import static io.github.policyc.testing.Models.MINIMAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.testing.Models;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CookieCategoryTest {

    @TempDir
    Path dir;

    @Test
    void theStandardCategoriesExistWithoutBeingDeclared() {
        PolicyModel model = Models.load(dir, MINIMAL + """
                cookies:
                  - { name: a, category: strictly-necessary }
                  - { name: b, category: marketing }
                """);

        assertThat(model.allCookieCategories()).extracting(CookieCategory::id)
                .containsExactly("strictly-necessary", "functional", "analytics", "marketing");
        assertThat(model.categoryOf(model.cookies().get(0)).orElseThrow().isNecessary()).isTrue();
        assertThat(model.categoryOf(model.cookies().get(1)).orElseThrow().isNecessary()).isFalse();
    }

    @Test
    void declaringAStandardCategoryRewordsItAndDeclaredOnesFollowTheStandardOnes() {
        PolicyModel model = Models.load(dir, MINIMAL + """
                cookieCategories:
                  security: { label: Security, necessary: true }
                  analytics: { label: Statistics }
                  strictly-necessary: { label: Essential, description: Needed. }
                cookies:
                  - { name: a, category: security }
                """);

        assertThat(model.allCookieCategories()).extracting(CookieCategory::id)
                .containsExactly("strictly-necessary", "functional", "analytics", "marketing", "security");
        CookieCategory analytics = model.cookieCategory("analytics").orElseThrow();
        assertThat(analytics.label()).isEqualTo("Statistics");
        assertThat(analytics.description().text()).as("the standard description is kept")
                .startsWith("These cookies count visits");
        CookieCategory essential = model.cookieCategory("strictly-necessary").orElseThrow();
        assertThat(essential.label()).isEqualTo("Essential");
        assertThat(essential.isNecessary()).as("stays necessary").isTrue();
        assertThat(model.categoryOf(model.cookies().get(0)).orElseThrow().isNecessary()).isTrue();
    }

    @Test
    void anUnknownCategoryIsAProblemWithTheClosestId() {
        assertThat(Models.problems(dir, MINIMAL + """
                cookies:
                  - { name: _ga, category: analytic }
                """)).singleElement().asString()
                .contains("cookie '_ga' names unknown category 'analytic' (did you mean 'analytics'?)");
    }

    @Test
    void strictlyNecessaryCannotBeDeclaredUnnecessary() {
        assertThat(Models.problems(dir, MINIMAL + """
                cookieCategories:
                  strictly-necessary: { label: Essential, necessary: false }
                """)).singleElement().asString().contains("strictly-necessary cookies are always necessary");
    }
}
