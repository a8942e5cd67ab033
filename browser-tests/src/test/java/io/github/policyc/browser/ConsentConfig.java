package io.github.policyc.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The banner's configuration as a site publishes it in {@code assets/cookieconsent-config.js}: policyc
 * writes the object passed to {@code CookieConsent.run} as JSON between the comments
 * {@code /* policyc:config *}{@code /} and {@code /* policyc:end *}{@code /}, so that tests and tools can
 * read it back. The tests take the categories and the revision from here, not
 * from constants, so that they test any site's banner as it is configured.
 *
 * @param root       the site's root directory
 * @param revision   the configuration's revision: a consent to an older one is asked for again
 * @param necessary  the categories always on ({@code readOnly})
 * @param optional   the categories that need consent, in the configuration's order
 */
record ConsentConfig(Path root, int revision, List<String> necessary, List<String> optional) {

    /** Where the configuration is, relative to the site's root. */
    static final String PATH = "assets/cookieconsent-config.js";

    private static final String BEGIN = "/* policyc:config */";
    private static final String END = "/* policyc:end */";
    private static final ObjectMapper JSON = new ObjectMapper();

    ConsentConfig {
        necessary = List.copyOf(necessary);
        optional = List.copyOf(optional);
    }

    /** The configuration of the site at {@code root}. */
    static ConsentConfig of(Path root) throws IOException {
        Path file = root.resolve(PATH);
        JsonNode config = JSON.readTree(json(Files.readString(file, StandardCharsets.UTF_8), file));
        List<String> necessary = new ArrayList<>();
        List<String> optional = new ArrayList<>();
        for (Map.Entry<String, JsonNode> category : config.path("categories").properties()) {
            (category.getValue().path("readOnly").asBoolean() ? necessary : optional).add(category.getKey());
        }
        return new ConsentConfig(root, config.path("revision").asInt(0), necessary, optional);
    }

    /** Every category: what "accept all" consents to. */
    List<String> all() {
        List<String> all = new ArrayList<>(necessary);
        all.addAll(optional);
        return all;
    }

    /** The necessary categories and {@code category}: what choosing that category alone consents to. */
    List<String> necessaryAnd(String category) {
        List<String> chosen = new ArrayList<>(necessary);
        chosen.add(category);
        return chosen;
    }

    /** Publishes the same configuration under another revision, as a changed cookie inventory would. */
    ConsentConfig withRevision(int revision) throws IOException {
        Path file = root.resolve(PATH);
        String script = Files.readString(file, StandardCharsets.UTF_8);
        ObjectNode config = (ObjectNode) JSON.readTree(json(script, file));
        config.put("revision", revision);
        int begin = script.indexOf(BEGIN) + BEGIN.length();
        String changed = script.substring(0, begin) + JSON.writeValueAsString(config) + script.substring(script.indexOf(END));
        Files.writeString(file, changed, StandardCharsets.UTF_8);
        return of(root);
    }

    private static String json(String script, Path file) {
        int begin = script.indexOf(BEGIN);
        int end = script.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException(file + " holds no configuration between " + BEGIN + " and " + END);
        }
        return script.substring(begin + BEGIN.length(), end);
    }
}
