package io.github.policyc.render.html;

import io.github.policyc.model.Contact;
import io.github.policyc.model.Page;
import io.github.policyc.model.PolicyModel;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.commonmark.renderer.html.HtmlWriter;

/** Writes links to contacts and between the generated pages. */
final class Links {

    /** The file names of the generated pages. */
    static final String PRIVACY_PAGE = SitePaths.PRIVACY;
    static final String COOKIE_PAGE = SitePaths.COOKIES;

    private final PolicyModel model;

    Links(PolicyModel model) {
        this.model = model;
    }

    static String file(Page page) {
        return page == Page.COOKIES ? COOKIE_PAGE : PRIVACY_PAGE;
    }

    String title(Page page) {
        return page == Page.COOKIES ? model.policy().cookieTitle() : model.policy().title();
    }

    /** A link to a generated page, titled with the page's title. */
    void page(HtmlWriter html, Page page) {
        html.tag("a", Map.of("href", file(page)));
        html.text(title(page));
        html.tag("/a");
    }

    /**
     * The contact's best channel as a link: its email address, else its phone, web page or address.
     * An id the loader never saw (written escaped, as {@code \{\{contact x}}}, which Markdown unescapes)
     * stays the text it was.
     */
    void contact(HtmlWriter html, String id) {
        Contact contact = model.contact(id).orElse(null);
        if (contact == null) {
            html.text("{{contact " + id + "}}");
            return;
        }
        if (contact.email() != null) {
            mailto(html, contact.email());
        } else if (contact.phone() != null) {
            tel(html, contact.phone());
        } else if (contact.url() != null) {
            web(html, contact.url(), contact.role());
        } else if (!contact.address().isEmpty()) {
            html.text(contact.role() + ", " + String.join(", ", contact.address()));
        } else {
            html.text(contact.role());
        }
    }

    static void mailto(HtmlWriter html, String email) {
        html.tag("a", Map.of("href", "mailto:" + email));
        html.text(email);
        html.tag("/a");
    }

    static void tel(HtmlWriter html, String phone) {
        html.tag("a", Map.of("href", "tel:" + phone.replaceAll("[^+0-9]", "")));
        html.text(phone);
        html.tag("/a");
    }

    /** A link to a web address, or the text alone when the address is not http(s). */
    static void web(HtmlWriter html, String url, String text) {
        if (isWebUrl(url)) {
            html.tag("a", Map.of("href", url));
            html.text(text);
            html.tag("/a");
        } else {
            html.text(text);
        }
    }

    static boolean isWebUrl(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /** Attributes in the order given, so that output is the same on every run ({@code Map.of} is not). */
    static Map<String, String> attributes(String... namesAndValues) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            attributes.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return attributes;
    }
}
