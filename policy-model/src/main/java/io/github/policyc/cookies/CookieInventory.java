package io.github.policyc.cookies;

import io.github.policyc.model.Cookie;
import io.github.policyc.model.CookieCategory;
import io.github.policyc.model.PolicyModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The cookies a site lists, by category: what the generated cookie policy shows, and what the consent
 * banner offers. Both read it from here, so they cannot disagree.
 *
 * <p>Categories come in the order of {@link PolicyModel#allCookieCategories()}, each with its cookies in
 * the order written; categories without cookies are left out, and cookies without a category come last.
 *
 * @param groups the categories that have cookies, with their cookies
 * @since 0.1.0
 */
public record CookieInventory(List<Group> groups) {

    /** The id of the cookie policy's heading on how to change consent, there when a cookie needs consent. */
    public static final String CHOICES_ANCHOR = "cookie-choices";

    public CookieInventory {
        groups = List.copyOf(groups);
    }

    /**
     * The cookies of one category.
     *
     * @param category the category, or {@code null} for the cookies that name none
     * @param cookies  its cookies, never empty
     */
    public record Group(CookieCategory category, List<Cookie> cookies) {

        public Group {
            cookies = List.copyOf(cookies);
        }

        /** The id pages give the group's heading: {@code cookies-analytics}, or {@code cookies-uncategorised}. */
        public String anchor() {
            return "cookies-" + (category == null ? "uncategorised" : category.id());
        }

        /** Whether its cookies need the visitor's consent: those of a category that is not necessary. */
        public boolean needsConsent() {
            return category != null && !category.isNecessary();
        }
    }

    /** The cookies {@code model} declares, by category. */
    public static CookieInventory of(PolicyModel model) {
        List<Group> groups = new ArrayList<>();
        for (CookieCategory category : model.allCookieCategories()) {
            add(groups, category, model.cookies().stream()
                    .filter(c -> c.category() != null && c.category().id().equals(category.id())).toList());
        }
        add(groups, null, model.cookies().stream().filter(c -> c.category() == null).toList());
        return new CookieInventory(groups);
    }

    /** Every cookie listed, group by group. */
    public List<Cookie> cookies() {
        return groups.stream().flatMap(g -> g.cookies().stream()).toList();
    }

    /** Whether any cookie needs the visitor's consent, and so the site needs a consent banner. */
    public boolean needsConsent() {
        return groups.stream().anyMatch(Group::needsConsent);
    }

    private static void add(List<Group> groups, CookieCategory category, List<Cookie> cookies) {
        if (!cookies.isEmpty()) {
            groups.add(new Group(category, cookies));
        }
    }
}
