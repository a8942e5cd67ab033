package io.github.policyc.diff.internal;

import io.github.policyc.model.Contact;
import io.github.policyc.model.Controller;
import io.github.policyc.model.Cookie;
import io.github.policyc.model.CookieCategory;
import io.github.policyc.model.DataCategory;
import io.github.policyc.model.DataSubject;
import io.github.policyc.model.Labelled;
import io.github.policyc.model.Purpose;
import io.github.policyc.model.Recipient;
import io.github.policyc.model.Right;
import io.github.policyc.model.Section;

/** How changes name the part of a policy they concern: by id, and by the label readers know it by. */
public final class Subjects {

    private Subjects() {
    }

    public static String purpose(Purpose purpose) {
        return named("purpose", purpose.id(), purpose.title());
    }

    public static String contact(Contact contact) {
        return named("contact", contact.id(), contact.role());
    }

    public static String recipient(Recipient recipient) {
        return named("recipient", recipient.id(), recipient.name());
    }

    public static String right(Right right) {
        return named("right", Labelled.yamlName(right.kind()), right.kind().label());
    }

    /** A cookie has no label of its own; its provider is how readers tell it apart. */
    public static String cookie(Cookie cookie) {
        return named("cookie", cookie.name(), cookie.provider());
    }

    public static String cookieCategory(CookieCategory category) {
        return named("cookie category", category.id(), category.label());
    }

    public static String controller(Controller controller) {
        return "controller (" + controller.name() + ")";
    }

    public static String section(Section section) {
        return named("section", section.id(), section.title());
    }

    public static String dataSubject(DataSubject subject) {
        return named("data subject", subject.id(), subject.label());
    }

    public static String dataCategory(DataCategory category) {
        return named("data category", category.id(), category.label());
    }

    /** "purpose 'events' (Events)". */
    private static String named(String noun, String id, String label) {
        return noun + " '" + id + "'" + (label == null || label.isBlank() ? "" : " (" + label + ")");
    }
}
