package io.github.policyc.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A category of cookies, such as analytics: what the cookies in it are for, and whether they are
 * strictly necessary, which decides whether the site may set them without the visitor's consent.
 *
 * <p>The four {@link #STANDARD standard} categories, {@code strictly-necessary}, {@code functional},
 * {@code analytics} and {@code marketing}, exist without being declared. Declaring one of them
 * replaces its label, and its description where one is given; {@code strictly-necessary} stays
 * necessary. Other categories, such as {@code security}, are declared with a label of their own.
 *
 * @param id          the id cookies name it by, such as {@code analytics}
 * @param label       the category's name as readers see it, such as "Analytics"
 * @param description what the cookies in it do, in Markdown; shown above them in the cookie policy and
 *                    in the consent banner
 * @param necessary   whether its cookies are strictly necessary: set without consent, and always on in the
 *                    consent banner. Left out, false; always true for strictly-necessary
 * @param at          where the category is declared, or {@code null} for a standard category that is not
 * @since 0.1.0
 */
public record CookieCategory(@Id String id, @Required String label, Prose description, Boolean necessary,
                             Location at) {

    /** The id of the one category that is strictly necessary whatever the model says. */
    public static final String STRICTLY_NECESSARY = "strictly-necessary";

    /** Where the descriptions of the standard categories come from: policyc itself, not a file of the model. */
    private static final Location BUILT_IN = Location.startOf("(policyc standard cookie categories)");

    /** The categories every model has, in the order the cookie policy and the banner show them. */
    public static final List<CookieCategory> STANDARD = List.of(
            standard(STRICTLY_NECESSARY, "Strictly necessary", true, "These cookies are needed for the site to"
                    + " work, for example to keep you logged in or to remember your cookie choices. We set them"
                    + " without asking, and they cannot be turned off."),
            standard("functional", "Functional", false, "These cookies remember choices you make, such as your"
                    + " language, to give you a more personal site. We set them only if you agree."),
            standard("analytics", "Analytics", false, "These cookies count visits and show us how the site is"
                    + " used, so that we can improve it. We set them only if you agree."),
            standard("marketing", "Marketing", false, "These cookies track your visits across websites to show"
                    + " you advertising and measure it. We set them only if you agree."));

    public CookieCategory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (STRICTLY_NECESSARY.equals(id) && Boolean.FALSE.equals(necessary)) {
            throw new IllegalArgumentException("strictly-necessary cookies are always necessary; leave out"
                    + " 'necessary', or declare another category for cookies that need consent");
        }
        necessary = Boolean.TRUE.equals(necessary) || STRICTLY_NECESSARY.equals(id);
    }

    /** Whether the site may set its cookies without consent. */
    public boolean isNecessary() {
        return necessary;
    }

    /** Whether it is one of the {@link #STANDARD} categories that exist without being declared. */
    public static boolean isStandard(String id) {
        return STANDARD.stream().anyMatch(c -> c.id().equals(id));
    }

    /**
     * The categories a model's cookies may name: the standard ones, each as declared where it is
     * declared (its description the standard one if the declaration gives none), then the other
     * declared categories in the order written.
     */
    public static List<CookieCategory> effective(List<CookieCategory> declared) {
        List<CookieCategory> all = new ArrayList<>();
        for (CookieCategory standard : STANDARD) {
            CookieCategory own = declared.stream().filter(c -> c.id().equals(standard.id())).findFirst().orElse(null);
            all.add(own == null ? standard : new CookieCategory(own.id(), own.label(),
                    own.description() != null ? own.description() : standard.description(),
                    own.isNecessary() || standard.isNecessary(), own.at()));
        }
        declared.stream().filter(c -> !isStandard(c.id())).forEach(all::add);
        return List.copyOf(all);
    }

    private static CookieCategory standard(String id, String label, boolean necessary, String description) {
        return new CookieCategory(id, label, new Prose(description, BUILT_IN, 0), necessary, null);
    }
}
