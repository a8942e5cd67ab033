package io.github.policyc.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A whole privacy policy: who the controller is, what personal data it processes, why, for how long,
 * who receives it, what rights readers have, which cookies the site sets, and the prose around it.
 *
 * <p>Instances come from {@link io.github.policyc.load.PolicyLoader}, which guarantees that every
 * {@link Ref} resolves. Lists keep the order the author wrote.
 *
 * @param policy               the document's metadata
 * @param controller           the organisation responsible
 * @param contacts             whom readers can contact
 * @param supervisoryAuthority the authority readers can complain to
 * @param dataSubjects         the groups of people whose data is processed
 * @param dataCategories       the kinds of personal data processed
 * @param purposes             why the data is processed
 * @param recipients           who receives the data
 * @param rights               the rights readers have, and how to exercise them
 * @param automatedDecisions   whether solely automated decisions are made
 * @param cookieCategories     categories of cookies other than the standard ones, or the standard ones
 *                             with other labels or descriptions
 * @param cookies              the cookies the site sets
 * @param sections             the prose of both pages, in reading order
 * @since 0.1.0
 */
public record PolicyModel(@Required PolicyMeta policy, @Required Controller controller,
                          @Keyed List<Contact> contacts, SupervisoryAuthority supervisoryAuthority,
                          @Keyed List<DataSubject> dataSubjects, @Keyed List<DataCategory> dataCategories,
                          @Keyed List<Purpose> purposes, @Keyed List<Recipient> recipients,
                          @Keyed List<Right> rights, AutomatedDecisions automatedDecisions,
                          @Keyed List<CookieCategory> cookieCategories, List<Cookie> cookies, List<Section> sections) {

    public PolicyModel {
        contacts = Lists.copy(contacts);
        dataSubjects = Lists.copy(dataSubjects);
        dataCategories = Lists.copy(dataCategories);
        purposes = Lists.copy(purposes);
        recipients = Lists.copy(recipients);
        rights = Lists.copy(rights);
        cookieCategories = Lists.copy(cookieCategories);
        cookies = Lists.copy(cookies);
        sections = Lists.copy(sections);
    }

    public Optional<Contact> contact(String id) {
        return find(contacts, Contact::id, id);
    }

    public Optional<DataSubject> dataSubject(String id) {
        return find(dataSubjects, DataSubject::id, id);
    }

    public Optional<DataCategory> dataCategory(String id) {
        return find(dataCategories, DataCategory::id, id);
    }

    public Optional<Purpose> purpose(String id) {
        return find(purposes, Purpose::id, id);
    }

    public Optional<Recipient> recipient(String id) {
        return find(recipients, Recipient::id, id);
    }

    public Optional<Right> right(RightKind kind) {
        return rights.stream().filter(r -> r.kind() == kind).findFirst();
    }

    /**
     * The categories the model's cookies may name, in the order pages show them: the standard ones
     * (as declared, where they are), then the others declared. See {@link CookieCategory#effective}.
     */
    public List<CookieCategory> allCookieCategories() {
        return CookieCategory.effective(cookieCategories);
    }

    public Optional<CookieCategory> cookieCategory(String id) {
        return find(allCookieCategories(), CookieCategory::id, id);
    }

    /** The category a cookie names, or empty when it names none. */
    public Optional<CookieCategory> categoryOf(Cookie cookie) {
        return cookie.category() == null ? Optional.empty() : cookieCategory(cookie.category().id());
    }

    /** The sections of one page, in reading order. */
    public List<Section> sections(Page page) {
        return sections.stream().filter(s -> s.page() == page).toList();
    }

    private static <T> Optional<T> find(List<T> items, Function<T, String> id, String wanted) {
        for (T item : items) {
            if (id.apply(item).equals(wanted)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }
}
