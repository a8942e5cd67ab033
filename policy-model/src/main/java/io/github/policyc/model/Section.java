package io.github.policyc.model;

/**
 * A titled piece of prose on one of the generated pages. Its Markdown body may embed generated
 * blocks, such as {@code {{table purposes}}}, and contact links, such as {@code {{contact dpo}}}.
 *
 * @param id    a stable id, used as the section's anchor on the page
 * @param title the heading
 * @param page  the page the section appears on, the privacy policy when left out
 * @param body  the Markdown body, written inline or included with {@code body: {file: sections/x.md}}
 * @param at    where the section is written
 * @since 0.1.0
 */
public record Section(@Required String id, @Required String title, Page page, Prose body, Location at) {

    public Section {
        Ids.check(id);
        page = page == null ? Page.PRIVACY : page;
    }
}
