package io.github.policyc.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * What vanilla-cookieconsent v3 remembers of a visitor's choice: the cookie {@code cc_cookie}, holding
 * {@code encodeURIComponent(JSON.stringify(...))} of an object whose {@code categories} are the accepted
 * categories and whose {@code revision} is the configuration's revision when the choice was made.
 *
 * @param categories the accepted categories, as the library stores them
 * @param revision   the revision the visitor consented to
 */
record ConsentCookie(List<String> categories, int revision) {

    /** The library's default cookie name, which policyc keeps. */
    static final String NAME = "cc_cookie";

    private static final ObjectMapper JSON = new ObjectMapper();

    ConsentCookie {
        categories = List.copyOf(categories);
    }

    /** The consent the browser holds for the page it shows, if any. */
    static Optional<ConsentCookie> of(WebDriver driver) {
        Cookie cookie = driver.manage().getCookieNamed(NAME);
        return cookie == null ? Optional.empty() : Optional.of(parse(cookie.getValue()));
    }

    /** Reads the cookie's value; encodeURIComponent never writes {@code +}, so URL decoding is exact. */
    static ConsentCookie parse(String value) {
        try {
            JsonNode json = JSON.readTree(URLDecoder.decode(value, StandardCharsets.UTF_8));
            List<String> categories = new ArrayList<>();
            json.path("categories").forEach(category -> categories.add(category.asText()));
            if (!json.path("revision").isInt()) {
                throw new IllegalArgumentException("no revision");
            }
            return new ConsentCookie(categories, json.path("revision").asInt());
        } catch (Exception e) {
            throw new IllegalArgumentException("not a vanilla-cookieconsent v3 cookie: " + value, e);
        }
    }
}
