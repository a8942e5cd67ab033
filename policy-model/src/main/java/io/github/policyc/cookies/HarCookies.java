package io.github.policyc.cookies;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The cookies a browser session of the real site shows, read from a HAR file (the HTTP Archive a
 * browser's developer tools export): those the responses set, in {@code response.cookies} and
 * {@code Set-Cookie} headers, and those the requests send, first-party and third-party alike, of the
 * requests that belong to one of the HAR's pages.
 *
 * @param pages       the addresses (or titles, or ids) of the HAR's pages, in the order recorded
 * @param cookies     every cookie seen, once per name, in the order first seen
 * @since 0.1.0
 */
public record HarCookies(List<String> pages, List<Seen> cookies) {

    private static final JsonFactory JSON = new JsonFactory();

    public HarCookies {
        pages = List.copyOf(pages);
        cookies = List.copyOf(cookies);
    }

    /**
     * A cookie as first seen.
     *
     * @param name   its name
     * @param domain the domain it was set on or sent to
     * @param page   the page during which it was first seen
     */
    public record Seen(String name, String domain, String page) {
    }

    /** The first sighting of a cookie the inventory names with {@code name} (a pattern or not), if any. */
    public Optional<Seen> find(CookieName name) {
        return cookies.stream().filter(seen -> name.matches(seen.name())).findFirst();
    }

    /** Reads a HAR file. */
    public static HarCookies read(Path file) throws IOException {
        Object root;
        try (JsonParser parser = JSON.createParser(Files.newInputStream(file))) {
            parser.nextToken();
            root = value(parser);
        }
        return of(root);
    }

    static HarCookies of(Object root) throws IOException {
        Map<?, ?> log = map(map(root).get("log"));
        Map<String, String> pages = new LinkedHashMap<>();
        for (Object page : list(log.get("pages"))) {
            Map<?, ?> p = map(page);
            String title = text(p.get("title"));
            pages.put(text(p.get("id")), title.isEmpty() ? text(p.get("id")) : title);
        }
        Map<String, Seen> seen = new LinkedHashMap<>();
        for (Object entry : list(log.get("entries"))) {
            Map<?, ?> e = map(entry);
            String page = pages.get(text(e.get("pageref")));
            if (page == null) {
                continue; // not a request of one of the recorded pages
            }
            Map<?, ?> request = map(e.get("request"));
            Map<?, ?> response = map(e.get("response"));
            String host = host(text(request.get("url")));
            for (Object cookie : list(request.get("cookies"))) {
                add(seen, text(map(cookie).get("name")), host, page);
            }
            for (Object cookie : list(response.get("cookies"))) {
                String domain = text(map(cookie).get("domain"));
                add(seen, text(map(cookie).get("name")), domain.isEmpty() ? host : domain, page);
            }
            for (Object header : list(response.get("headers"))) {
                Map<?, ?> h = map(header);
                if (text(h.get("name")).equalsIgnoreCase("set-cookie")) {
                    // One header may hold several cookies, one a line, as browsers export them.
                    for (String line : text(h.get("value")).split("\n")) {
                        setCookie(seen, line, host, page);
                    }
                }
            }
        }
        return new HarCookies(List.copyOf(pages.values()), List.copyOf(seen.values()));
    }

    private static void setCookie(Map<String, Seen> seen, String header, String host, String page) {
        String[] parts = header.split(";");
        int equals = parts[0].indexOf('=');
        if (equals <= 0) {
            return;
        }
        String domain = host;
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].strip();
            if (attribute.toLowerCase(Locale.ROOT).startsWith("domain=")) {
                domain = attribute.substring("domain=".length()).strip();
            }
        }
        add(seen, parts[0].substring(0, equals).strip(), domain, page);
    }

    private static void add(Map<String, Seen> seen, String name, String domain, String page) {
        if (!name.isBlank()) {
            seen.putIfAbsent(name, new Seen(name, domain, page));
        }
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "" : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static Map<?, ?> map(Object value) throws IOException {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new IOException("not a HAR file: an object was expected where " + value + " is");
    }

    private static List<?> list(Object value) throws IOException {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list;
        }
        throw new IOException("not a HAR file: an array was expected where " + value + " is");
    }

    private static String text(Object value) {
        return value instanceof String s ? s : "";
    }

    /** A JSON value as maps, lists, strings and (as text) other scalars. */
    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Object> object = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                object.put(name, value(parser));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            List<Object> array = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(value(parser));
            }
            return array;
        }
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token == null) {
            throw new IOException("not a HAR file: the JSON ends early");
        }
        return token == JsonToken.VALUE_NULL ? null : parser.getText();
    }
}
