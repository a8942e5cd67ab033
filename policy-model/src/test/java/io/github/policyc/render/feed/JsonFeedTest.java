package io.github.policyc.render.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policyc.PolicyCompiler;
import io.github.policyc.publish.Site;
import io.github.policyc.render.BaseUrl;
import io.github.policyc.render.json.ContentHash;
import io.github.policyc.testing.VersionedModels;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code feed.json} is a valid JSON Feed 1.1 and says what each version is and where its files are. */
class JsonFeedTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Site relative;
    private static Site absolute;

    @BeforeAll
    static void compile() throws Exception {
        Path model = VersionedModels.history(dir);
        PolicyCompiler compiler = PolicyCompiler.create().withChangeDetector(VersionedModels.DETECTOR);
        relative = compiler.compile(model, dir.resolve("history"));
        absolute = compiler.withBaseUrl(BaseUrl.parse("https://example.com/privacy/")).compile(model, dir.resolve("history"));
    }

    @Test
    void theFeedFollowsTheSpecWithRelativeAddressesWhenTheSitesAddressIsUnknown() throws Exception {
        JsonNode feed = feed(relative);

        assertThat(JsonFeedSpec.violations(feed, false)).isEmpty();
        assertThat(feed.at("/_policyc/relative_urls").asBoolean()).isTrue();
        assertThat(feed.get("feed_url").asText()).isEqualTo("feed.json");
        assertThat(JsonFeedSpec.violations(feed, true)).as("relative addresses are not absolute").isNotEmpty();
    }

    @Test
    void theFeedFollowsTheSpecWithAbsoluteAddressesAtABaseUrl() throws Exception {
        JsonNode feed = feed(absolute);

        assertThat(JsonFeedSpec.violations(feed, true)).isEmpty();
        assertThat(feed.at("/_policyc/relative_urls").asBoolean()).isFalse();
        assertThat(feed.get("feed_url").asText()).isEqualTo("https://example.com/privacy/feed.json");
        assertThat(feed.get("home_page_url").asText()).isEqualTo("https://example.com/privacy/versions/index.html");
        assertThat(feed.at("/items/0/url").asText())
                .isEqualTo("https://example.com/privacy/versions/2024.09/privacy-policy.html");
        assertThat(feed.at("/items/2/_policyc/policy_json").asText())
                .isEqualTo("https://example.com/privacy/versions/2024.03/policy.json");
    }

    @Test
    void eachItemIsAVersionNewestFirstWithItsFilesHashAndMateriality() throws Exception {
        JsonNode items = feed(relative).get("items");

        assertThat(items).extracting(item -> item.get("id").asText())
                .containsExactly("policyc:acme:2024.09", "policyc:acme:2024.06", "policyc:acme:2024.03");
        assertThat(items).extracting(item -> item.get("date_published").asText())
                .containsExactly("2024-09-01T00:00:00Z", "2024-06-01T00:00:00Z", "2024-03-01T00:00:00Z");
        assertThat(items).extracting(item -> item.at("/_policyc/material").asBoolean()).containsExactly(false, true, false);
        for (JsonNode item : items) {
            String version = item.at("/_policyc/version").asText();
            String policyJson = item.at("/_policyc/policy_json").asText();
            assertThat(policyJson).isEqualTo("versions/" + version + "/policy.json");
            assertThat(relative.files()).containsKey(item.get("url").asText());
            assertThat(item.at("/_policyc/content_hash").asText())
                    .isEqualTo(ContentHash.declared(relative.text(policyJson)).orElseThrow());
        }
        assertThat(items.get(1).get("content_text").asText()).isEqualTo("1 material change: longer retention; 1 other change.\n"
                + "- purpose 'orders' (Processing orders): now keeps data for 7 years instead of 6 years (material)\n"
                + "- contact 'dpo' (Data Protection Officer): has a new email address");
        assertThat(items.get(2).get("summary").asText()).isEqualTo("The first published version.");
    }

    /** The spec checker must be able to fail: each broken feed breaks at least one rule. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFeeds")
    void theSpecCheckCatchesABrokenFeed(String broken, Consumer<ObjectNode> breakIt) throws Exception {
        ObjectNode feed = (ObjectNode) feed(absolute);
        assertThat(JsonFeedSpec.violations(feed, true)).isEmpty();

        breakIt.accept(feed);

        assertThat(JsonFeedSpec.violations(feed, true)).as(broken).isNotEmpty();
    }

    static Stream<Arguments> brokenFeeds() {
        return Stream.of(
                broken("no version", f -> f.remove("version")),
                broken("version not first", f -> f.set("version", f.remove("version"))),
                broken("version 1", f -> f.put("version", "https://jsonfeed.org/version/1")),
                broken("no title", f -> f.remove("title")),
                broken("no items", f -> f.remove("items")),
                broken("an item without id", f -> item(f).remove("id")),
                broken("two items with one id", f -> item(f).put("id", f.at("/items/1/id").asText())),
                broken("an item without content", f -> item(f).remove("content_text")),
                broken("a date without time", f -> item(f).put("date_published", "2024-09-01")),
                broken("a date without offset", f -> item(f).put("date_published", "2024-09-01T00:00:00")),
                broken("an impossible date", f -> item(f).put("date_published", "2024-02-30T00:00:00Z")),
                broken("a relative url", f -> item(f).put("url", "versions/2024.09/privacy-policy.html")),
                broken("an unknown member", f -> item(f).put("policy", "x")),
                broken("an extension with a dot", f -> f.set("_policyc.v2", f.get("_policyc"))),
                broken("an extension member starting with _", f -> ((ObjectNode) item(f).get("_policyc")).put("_x", 1)),
                broken("an author without name", f -> ((ArrayNode) f.get("authors")).addObject()),
                broken("expired as text", f -> f.put("expired", "no")),
                broken("tags not strings", f -> item(f).putArray("tags").add(1)));
    }

    private static Arguments broken(String name, Consumer<ObjectNode> breakIt) {
        return Arguments.of(name, breakIt);
    }

    private static ObjectNode item(ObjectNode feed) {
        return (ObjectNode) feed.get("items").get(0);
    }

    private static JsonNode feed(Site site) throws Exception {
        return JSON.readTree(site.text("feed.json"));
    }

    @Test
    void writesTheSameFeedForTheSameVersions() {
        Feed feed = new Feed("t", "h", "f", null, null, null, true, List.of(new Feed.Item("i", null, null, null, "c",
                LocalDate.of(2024, 1, 2), null, "1", "p", "sha256:x", false)));

        assertThat(JsonFeed.write(feed)).isEqualTo(JsonFeed.write(feed)).endsWith("}\n").doesNotContain("\r")
                .contains("\"date_published\": \"2024-01-02T00:00:00Z\"").doesNotContain("\"url\"");
    }
}
