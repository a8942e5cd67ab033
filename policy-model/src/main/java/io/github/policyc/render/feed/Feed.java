package io.github.policyc.render.feed;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the feed of a policy's versions says: one item per version, newest first, each with what changed.
 *
 * @param title        the feed's title
 * @param homePage     the page the feed describes, the list of versions
 * @param feedUrl      the feed's own address
 * @param description  what the feed is about, for feed readers
 * @param language     the policy's language tag
 * @param author       the organisation that publishes the policy
 * @param relativeUrls whether the addresses are relative to the feed's own, because the site's address is not
 *                     known (set {@code baseUrl} to make them absolute)
 * @param items        the versions, newest first
 * @since 0.1.0
 */
public record Feed(String title, String homePage, String feedUrl, String description, String language, String author,
                   boolean relativeUrls, List<Item> items) {

    public Feed {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(homePage, "homePage");
        Objects.requireNonNull(feedUrl, "feedUrl");
        items = List.copyOf(items);
    }

    /**
     * One version.
     *
     * @param id          the item's id, stable whatever the site's address: {@code policyc:<policy id>:<version>}
     * @param url         the version's privacy policy page, its permanent address
     * @param title       the item's title
     * @param summary     what changed, in a sentence
     * @param text        what changed, in full, as plain text
     * @param effective   the date the version took effect, published as midnight UTC
     * @param language    the version's language tag
     * @param version     the version's name
     * @param policyJson  the address of the version's {@code policy.json}
     * @param contentHash the content hash of that file
     * @param material    whether the version changed the policy materially
     */
    public record Item(String id, String url, String title, String summary, String text, LocalDate effective,
                       String language, String version, String policyJson, String contentHash, boolean material) {

        public Item {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(effective, "effective");
        }
    }
}
