package io.github.policyc.render.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of <a href="https://jsonfeed.org/version/1.1">JSON Feed 1.1</a> that a feed document can be
 * checked against, as a list of violations. There is no official schema to validate with; each rule
 * here cites the sentence of the spec it comes from.
 */
final class JsonFeedSpec {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    /** The members the spec defines at the top level; anything else must be an extension. */
    private static final Set<String> TOP_LEVEL = Set.of("version", "title", "home_page_url", "feed_url",
            "description", "user_comment", "next_url", "icon", "favicon", "authors", "author", "language", "expired",
            "hubs", "items");

    /** The members the spec defines for an item. */
    private static final Set<String> ITEM = Set.of("id", "url", "external_url", "title", "content_html",
            "content_text", "summary", "image", "banner_image", "date_published", "date_modified", "authors",
            "author", "tags", "language", "attachments");

    /** The URL members, which must be absolute when the feed is published with its address known. */
    private static final Set<String> URLS = Set.of("home_page_url", "feed_url", "next_url", "icon", "favicon", "url",
            "external_url", "image", "banner_image", "avatar");

    /** RFC 3339 date-time: full date, "T", full time with optional fraction, and "Z" or an offset. */
    private static final Pattern RFC_3339 = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");

    /** RFC 5646 language tag, in the shape the spec's examples use ("en", "en-US"). */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private JsonFeedSpec() {
    }

    /**
     * Every rule the feed breaks.
     *
     * @param absoluteUrls whether every URL must be absolute (the feed's address is known)
     */
    static List<String> violations(JsonNode feed, boolean absoluteUrls) {
        List<String> out = new ArrayList<>();
        if (!feed.isObject()) {
            out.add("a feed is a JSON object");
            return out;
        }
        // "version (required, string) ... This should appear at the very top"
        Iterator<String> names = feed.fieldNames();
        if (!names.hasNext() || !names.next().equals("version")) {
            out.add("version is the first member");
        }
        requiredString(feed, "version", "feed", out);
        if (!VERSION.equals(feed.path("version").asText())) {
            out.add("version is " + VERSION);
        }
        // "title (required, string)"
        requiredString(feed, "title", "feed", out);
        for (String optional : List.of("home_page_url", "feed_url", "description", "user_comment", "next_url", "icon",
                "favicon", "language")) {
            optionalString(feed, optional, "feed", out);
        }
        // "next_url ... must not be the same as feed_url"
        if (feed.has("next_url") && feed.path("next_url").equals(feed.path("feed_url"))) {
            out.add("next_url differs from feed_url");
        }
        // "expired (optional, boolean)"
        if (feed.has("expired") && !feed.get("expired").isBoolean()) {
            out.add("expired is a boolean");
        }
        language(feed, "feed", out);
        authors(feed, "feed", absoluteUrls, out);
        urls(feed, "feed", absoluteUrls, out);
        extensions(feed, TOP_LEVEL, "feed", out);
        // "items is an array, and is required"
        JsonNode items = feed.get("items");
        if (items == null || !items.isArray()) {
            out.add("items is a required array");
            return out;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            item(items.get(i), "items[" + i + "]", absoluteUrls, ids, out);
        }
        return out;
    }

    private static void item(JsonNode item, String where, boolean absoluteUrls, Set<String> ids, List<String> out) {
        if (!item.isObject()) {
            out.add(where + " is an object");
            return;
        }
        // "id (required, string) is unique for that item for that feed over time"; blank ids are discarded
        requiredString(item, "id", where, out);
        if (item.path("id").isTextual() && (item.get("id").asText().isBlank() || !ids.add(item.get("id").asText()))) {
            out.add(where + ".id is not blank and unique");
        }
        for (String optional : List.of("url", "external_url", "title", "content_html", "content_text", "summary",
                "image", "banner_image", "date_published", "date_modified", "language")) {
            optionalString(item, optional, where, out);
        }
        // "content_html and content_text are each optional strings — but one or both must be present"
        if (!item.has("content_html") && !item.has("content_text")) {
            out.add(where + " has content_html or content_text");
        }
        // "date_published (optional, string) specifies the date in RFC 3339 format"
        for (String date : List.of("date_published", "date_modified")) {
            if (item.path(date).isTextual() && !rfc3339(item.get(date).asText())) {
                out.add(where + "." + date + " is an RFC 3339 date-time, not " + item.get(date).asText());
            }
        }
        // "tags (optional, array of strings)"
        if (item.has("tags") && (!item.get("tags").isArray() || !allText(item.get("tags")))) {
            out.add(where + ".tags is an array of strings");
        }
        // "attachments ... url (required, string) ... mime_type (required, string)"
        if (item.has("attachments")) {
            for (JsonNode attachment : item.get("attachments")) {
                requiredString(attachment, "url", where + ".attachments", out);
                requiredString(attachment, "mime_type", where + ".attachments", out);
            }
        }
        language(item, where, out);
        authors(item, where, absoluteUrls, out);
        urls(item, where, absoluteUrls, out);
        extensions(item, ITEM, where, out);
    }

    /**
     * "Names must start with an _ character followed by a letter"; "the extension name and its member keys
     * must not contain any . characters. The extension name, and only the extension name, must begin with an _".
     */
    private static void extensions(JsonNode object, Set<String> standard, String where, List<String> out) {
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            String name = member.getKey();
            if (standard.contains(name)) {
                continue;
            }
            if (!name.matches("_\\p{L}.*")) {
                out.add(where + "." + name + " is neither a member of JSON Feed 1.1 nor an extension (_ and a letter)");
            }
            if (name.contains(".")) {
                out.add(where + "." + name + ": extension names contain no '.'");
            }
            if (member.getValue().isObject()) {
                for (Map.Entry<String, JsonNode> inner : member.getValue().properties()) {
                    if (inner.getKey().contains(".") || inner.getKey().startsWith("_")) {
                        out.add(where + "." + name + "." + inner.getKey() + ": extension member keys neither"
                                + " contain '.' nor start with '_'");
                    }
                }
            }
        }
    }

    /** "authors (optional, array of objects) ... if you provide an author object, then at least one is required". */
    private static void authors(JsonNode object, String where, boolean absoluteUrls, List<String> out) {
        if (!object.has("authors")) {
            return;
        }
        JsonNode authors = object.get("authors");
        if (!authors.isArray()) {
            out.add(where + ".authors is an array");
            return;
        }
        for (JsonNode author : authors) {
            if (!author.isObject() || !(author.has("name") || author.has("url") || author.has("avatar"))) {
                out.add(where + ".authors: an author has a name, url or avatar");
                continue;
            }
            for (String member : List.of("name", "url", "avatar")) {
                optionalString(author, member, where + ".authors", out);
            }
            urls(author, where + ".authors", absoluteUrls, out);
        }
    }

    private static void urls(JsonNode object, String where, boolean absoluteUrls, List<String> out) {
        for (String name : URLS) {
            if (!object.path(name).isTextual()) {
                continue;
            }
            String value = object.get(name).asText();
            try {
                URI uri = new URI(value);
                if (absoluteUrls && (!uri.isAbsolute() || uri.getHost() == null)) {
                    out.add(where + "." + name + " is an absolute URL, not " + value);
                }
            } catch (URISyntaxException e) {
                out.add(where + "." + name + " is a URL, not " + value);
            }
        }
    }

    private static void language(JsonNode object, String where, List<String> out) {
        if (object.path("language").isTextual() && !LANGUAGE.matcher(object.get("language").asText()).matches()) {
            out.add(where + ".language is an RFC 5646 language tag");
        }
    }

    private static boolean rfc3339(String text) {
        if (!RFC_3339.matcher(text).matches()) {
            return false;
        }
        try {
            OffsetDateTime.parse(text.toUpperCase());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode element : array) {
            if (!element.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static void requiredString(JsonNode object, String name, String where, List<String> out) {
        if (!object.path(name).isTextual()) {
            out.add(where + "." + name + " is a required string");
        }
    }

    private static void optionalString(JsonNode object, String name, String where, List<String> out) {
        if (object.has(name) && !object.get(name).isTextual()) {
            out.add(where + "." + name + " is a string");
        }
    }
}
