package io.github.policyc.render.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each file of a published site lives, relative to the site's root, and how one page links to
 * another: relative paths, so that a site works wherever it is served from, and offline.
 *
 * @since 0.1.0
 */
public final class SitePaths {

    public static final String PRIVACY = "privacy-policy.html";
    public static final String COOKIES = "cookie-policy.html";
    public static final String POLICY_JSON = "policy.json";
    public static final String STYLESHEET = "assets/policyc.css";
    public static final String VERSIONS = "versions/index.html";
    public static final String CHANGES = "changes.html";
    public static final String CHANGES_JSON = "changes.json";
    public static final String FEED = "feed.json";

    /** The names of a version's own files, the same inside its directory as at the site's root. */
    public static final List<String> VERSION_FILES = List.of(PRIVACY, COOKIES, POLICY_JSON);

    private SitePaths() {
    }

    /** A file of one version, such as {@code versions/2024.03/privacy-policy.html}. */
    public static String ofVersion(String version, String file) {
        return "versions/" + version + "/" + file;
    }

    /**
     * The link from the page at {@code from} to the file at {@code to}, both relative to the site's root:
     * from {@code versions/2024.03/privacy-policy.html} to {@code changes.html} is {@code ../../changes.html}.
     */
    public static String relative(String from, String to) {
        List<String> fromDirectory = directories(from);
        List<String> target = new ArrayList<>(Arrays.asList(to.split("/", -1)));
        int common = 0;
        while (common < fromDirectory.size() && common < target.size() - 1
                && fromDirectory.get(common).equals(target.get(common))) {
            common++;
        }
        StringBuilder href = new StringBuilder("../".repeat(fromDirectory.size() - common));
        href.append(String.join("/", target.subList(common, target.size())));
        return href.toString();
    }

    /** The link from the page at {@code from} to the site's root directory: empty, or {@code ../} repeated. */
    public static String root(String from) {
        return "../".repeat(directories(from).size());
    }

    private static List<String> directories(String path) {
        List<String> parts = new ArrayList<>(Arrays.asList(path.split("/", -1)));
        return parts.subList(0, parts.size() - 1);
    }
}
