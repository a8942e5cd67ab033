package io.github.policyc.render.feed;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.policyc.render.json.JsonOutput;
import java.io.IOException;

/**
 * Writes a {@link Feed} as <a href="https://jsonfeed.org/version/1.1">JSON Feed 1.1</a> ({@code feed.json}),
 * so that feed readers and other tools learn of every new version of a policy.
 *
 * <p>Besides the standard members, the feed and each item carry a {@code _policyc} extension object
 * (extension names start with {@code _}; readers that do not know it ignore it): per item the version,
 * the address of its {@code policy.json}, its content hash and whether the change is material; at the top
 * a link to its documentation ({@code about}) and whether the addresses are relative.
 *
 * @since 0.1.0
 */
public final class JsonFeed {

    /** The version of the format, the feed's first member. */
    public static final String VERSION = "https://jsonfeed.org/version/1.1";

    /** Where the {@code _policyc} extension is documented, as the spec asks of extensions. */
    public static final String ABOUT = "https://github.com/policyc/policyc#the-version-feed";

    private JsonFeed() {
    }

    /** The feed as JSON text. Deterministic: dates are the versions' effective dates, never the clock. */
    public static String write(Feed feed) {
        return JsonOutput.write(json -> {
            json.writeStartObject();
            json.writeStringField("version", VERSION);
            json.writeStringField("title", feed.title());
            json.writeStringField("home_page_url", feed.homePage());
            json.writeStringField("feed_url", feed.feedUrl());
            optional(json, "description", feed.description());
            json.writeStringField("user_comment", "The versions of a privacy policy, newest first, and what changed"
                    + " in each. Add this feed to a feed reader to hear of new versions."
                    + (feed.relativeUrls() ? " Its addresses are relative to the feed's own." : ""));
            optional(json, "language", feed.language());
            if (feed.author() != null) {
                json.writeArrayFieldStart("authors");
                json.writeStartObject();
                json.writeStringField("name", feed.author());
                json.writeEndObject();
                json.writeEndArray();
            }
            json.writeObjectFieldStart("_policyc");
            json.writeStringField("about", ABOUT);
            json.writeBooleanField("relative_urls", feed.relativeUrls());
            json.writeEndObject();
            json.writeArrayFieldStart("items");
            for (Feed.Item item : feed.items()) {
                item(json, item);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void item(JsonGenerator json, Feed.Item item) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", item.id());
        optional(json, "url", item.url());
        optional(json, "title", item.title());
        json.writeStringField("content_text", item.text());
        optional(json, "summary", item.summary());
        json.writeStringField("date_published", item.effective() + "T00:00:00Z");
        optional(json, "language", item.language());
        json.writeObjectFieldStart("_policyc");
        json.writeStringField("version", item.version());
        json.writeStringField("policy_json", item.policyJson());
        json.writeStringField("content_hash", item.contentHash());
        json.writeBooleanField("material", item.material());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void optional(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }
}
