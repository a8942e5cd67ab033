package io.github.policyc.model;

import java.time.LocalDate;

/**
 * What identifies the policy document itself.
 *
 * @param id          a stable, URL-safe name for the policy, such as {@code northwest-it}
 * @param title       the title of the privacy policy page
 * @param version     the version; a published version never changes
 * @param effective   the date from which this version applies
 * @param language    the BCP 47 language tag of the text, {@code en} when left out
 * @param cookieTitle the title of the cookie policy page, "Cookie Policy" when left out
 * @param at          where the policy metadata is written
 * @since 0.1.0
 */
public record PolicyMeta(@Required String id, @Required String title, @Required String version,
                         @Required LocalDate effective, String language, String cookieTitle, Location at) {

    public PolicyMeta {
        language = language == null ? "en" : language;
        cookieTitle = cookieTitle == null ? "Cookie Policy" : cookieTitle;
    }
}
