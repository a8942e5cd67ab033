package io.github.policyc.cookies;

import io.github.policyc.model.Cookie;
import io.github.policyc.model.CookieLifetime;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Prose;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local copy of the <a href="https://github.com/jkwakman/Open-Cookie-Database">Open Cookie Database</a>,
 * a CSV file of known cookies: what they are for, who sets them and how long they live. policyc never
 * downloads it; a site points {@code policyc.cookieDatabase} at its own copy, so builds stay repeatable.
 *
 * <p>It does two things with it: {@link #enrich(PolicyModel) fills in} what the inventory leaves out
 * for cookies it knows (provider, description, duration), and gives rule PC704 the category the
 * database has for a cookie, to compare with the one the inventory declares.
 *
 * <p>The columns are {@code ID, Platform, Category, Cookie / Data Key name, Domain, Description,
 * Retention period, Data Controller, User Privacy & GDPR Rights Portals, Wildcard match}; a wildcard
 * match of {@code 1} means the name is a prefix of the names the entry covers.
 *
 * @param entries the database's rows
 * @since 0.1.0
 */
public record OpenCookieDatabase(List<Entry> entries) {

    private static final int COLUMNS = 10;
    private static final Pattern RETENTION = Pattern.compile(
            "(\\d{1,5})\\s*(second|minute|hour|day|week|month|year)s?", Pattern.CASE_INSENSITIVE);

    public OpenCookieDatabase {
        entries = List.copyOf(entries);
    }

    /**
     * One known cookie.
     *
     * @param platform    the product that sets it, such as "Google Analytics"
     * @param category    the database's category, such as {@code Analytics}
     * @param name        the cookie's name, or the prefix of its names when {@code wildcard}
     * @param description what it does
     * @param retention   how long it lives, in words, such as "2 years" or "session"
     * @param controller  the organisation behind it, such as "Google"
     * @param wildcard    whether {@code name} is a prefix
     */
    public record Entry(String platform, String category, String name, String description, String retention,
                        String controller, boolean wildcard) {

        /** Whether the entry is about cookies named {@code cookieName}, as the inventory writes it. */
        boolean covers(String cookieName) {
            if (!wildcard) {
                return name.equals(cookieName);
            }
            // A pattern such as _ga_* is the same family as the prefix _ga_, and longer names with it.
            String written = cookieName.endsWith("*") ? cookieName.substring(0, cookieName.length() - 1) : cookieName;
            return written.startsWith(name) && written.indexOf('*') < 0;
        }

        /** Who provides the cookie, as the inventory's provider: the data controller, else the platform. */
        public String provider() {
            return !controller.isBlank() ? controller : platform;
        }
    }

    /**
     * Reads the CSV at {@code file}: a header line, then a row per cookie. Rows that do not have the
     * ten columns are skipped, so that a copy with a damaged line still serves the others.
     */
    public static OpenCookieDatabase read(Path file) throws IOException {
        List<List<String>> rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() < COLUMNS || row.get(3).isBlank()) {
                continue;
            }
            entries.add(new Entry(row.get(1).strip(), row.get(2).strip(), row.get(3).strip(), row.get(5).strip(),
                    row.get(6).strip(), row.get(7).strip(), row.get(9).strip().equals("1")));
        }
        return new OpenCookieDatabase(entries);
    }

    /**
     * The entry for a cookie as the inventory names it: the entry with exactly that name, else the
     * wildcard entry with the longest prefix that covers it.
     */
    public Optional<Entry> find(String cookieName) {
        return entries.stream().filter(e -> e.covers(cookieName))
                .min(Comparator.comparing((Entry e) -> e.wildcard()).thenComparing(e -> -e.name().length()));
    }

    /**
     * The model with, for each cookie the database knows, a missing provider, description and duration
     * filled in from it. What the model says always wins. A retention the database words in a way
     * that {@link #lifetime(String)} cannot read leaves the duration missing, for PC701 to report.
     */
    public PolicyModel enrich(PolicyModel model) {
        List<Cookie> cookies = model.cookies().stream().map(this::enrich).toList();
        return new PolicyModel(model.policy(), model.controller(), model.contacts(), model.supervisoryAuthority(),
                model.dataSubjects(), model.dataCategories(), model.purposes(), model.recipients(), model.rights(),
                model.automatedDecisions(), model.cookieCategories(), cookies, model.sections());
    }

    private Cookie enrich(Cookie cookie) {
        Optional<Entry> known = find(cookie.name());
        if (known.isEmpty()) {
            return cookie;
        }
        Entry entry = known.get();
        String provider = cookie.provider() != null || entry.provider().isBlank() ? cookie.provider() : entry.provider();
        Prose description = cookie.description() != null || entry.description().isBlank() ? cookie.description()
                : new Prose(markdownText(entry.description()), cookie.at(), 0);
        CookieLifetime duration = cookie.duration() != null ? cookie.duration()
                : lifetime(entry.retention()).orElse(null);
        return new Cookie(cookie.name(), provider, cookie.party(), cookie.domain(), cookie.category(), duration,
                cookie.purpose(), description, cookie.at());
    }

    /**
     * A retention period in the database's words as a cookie lifetime: "session" (or "Session"), or a
     * count and a unit, such as "2 years", "1 day", "13 months" or "30 minutes". Anything else, such as
     * "persistent" or "1 year 6 months", is empty.
     */
    public static Optional<CookieLifetime> lifetime(String retention) {
        String text = retention.strip().toLowerCase(Locale.ROOT);
        if (text.equals("session")) {
            return Optional.of(CookieLifetime.parse("session"));
        }
        Matcher m = RETENTION.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String count = String.valueOf(Integer.parseInt(m.group(1)));
        String iso = switch (m.group(2)) {
            case "second" -> "PT" + count + "S";
            case "minute" -> "PT" + count + "M";
            case "hour" -> "PT" + count + "H";
            case "day" -> "P" + count + "D";
            case "week" -> "P" + count + "W";
            case "month" -> "P" + count + "M";
            default -> "P" + count + "Y";
        };
        try {
            return Optional.of(CookieLifetime.parse(iso));
        } catch (IllegalArgumentException tooLong) {
            return Optional.empty();
        }
    }

    /**
     * The inventory's standard categories that agree with a category of the database, or empty when
     * the database's category is one policyc does not know (then nothing conflicts with it). The
     * database files the cookies a site needs to work (sessions, load balancing, consent) under
     * Functional, and Security cookies are needed too; personalisation is functional.
     */
    public static Optional<Set<String>> agreeingCategories(String databaseCategory) {
        return Optional.ofNullable(switch (databaseCategory.strip().toLowerCase(Locale.ROOT)) {
            case "functional", "security" -> Set.of("strictly-necessary", "functional");
            case "personalization", "personalisation", "preferences" -> Set.of("functional");
            case "analytics" -> Set.of("analytics");
            case "marketing", "advertising" -> Set.of("marketing");
            default -> null;
        });
    }

    /** Whether cookies in the database's category need consent: those of analytics, marketing and personalisation. */
    public static boolean needsConsent(String databaseCategory) {
        return agreeingCategories(databaseCategory).filter(ids -> !ids.contains("strictly-necessary")).isPresent();
    }

    /** The database's description as Markdown that shows it as written. */
    private static String markdownText(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]{}<>#|!~])", "\\\\$1");
    }

}
