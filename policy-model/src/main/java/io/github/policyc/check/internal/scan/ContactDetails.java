package io.github.policyc.check.internal.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Email addresses, telephone numbers and web addresses written in text, and how to compare them with
 * declared ones.
 *
 * <p>An email needs a local part, so "@example.org" (a domain named for the emails a company sends)
 * is not one. A telephone number starts with {@code +} or a trunk {@code 0} and has 10 to 12 digits
 * (8 to 15 after {@code +}), separated by spaces or hyphens only, so dates ("01-03-2024"), versions
 * ("2024.03") and company numbers ("13396577") are not. A web address starts with a scheme or
 * {@code www.}, or is a bare domain under a common top-level domain; a domain after {@code @} or
 * {@code .} (a cookie domain such as ".example.org") is not one.
 */
public final class ContactDetails {

    /** What kind of detail a match is. */
    public enum Kind {
        EMAIL("email address"), PHONE("telephone number"), WEB("web address");

        private final String noun;

        Kind(String noun) {
            this.noun = noun;
        }

        public String noun() {
            return noun;
        }
    }

    /**
     * One detail found in text.
     *
     * @param kind  what it is
     * @param value the text as written
     * @param start its offset
     * @param end   the offset after it
     */
    public record Found(Kind kind, String value, int start, int end) {
    }

    private static final String URL_CHARS = "[^\\s<>()\"'“”‘’\\[\\]\\uFFFC]";

    private static final Pattern ANY = Pattern.compile(
            "(?<email>(?<![\\w.%+-])[\\w.%+-]+@[\\w-]+(?:\\.[\\w-]+){1,8})"
                    + "|(?<url>(?<![\\w@/.-])(?:https?://|www\\.)" + URL_CHARS + "+)"
                    + "|(?<domain>(?<![\\w@/.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.){1,8}"
                    + "(?:com|org|net|uk|eu|io|info|biz|de|fr|ie|nl|gov|edu)(?![\\w-]|\\.\\w)(?:/" + URL_CHARS + "*)?)"
                    + "|(?<phone>(?<![\\w+./-])(?:\\+\\d{1,3}[ -]?(?:\\(0\\)[ -]?)?|\\(0\\d{2,4}\\)[ -]?|0)\\d[\\d -]{6,16}\\d"
                    + "(?![\\w/-])|(?<![\\w+./-])\\(\\d{3}\\) ?\\d{3}-\\d{4}(?![\\w/-]))",
            Pattern.CASE_INSENSITIVE);

    /** Endings of file names, which are no top-level domains. */
    private static final Set<String> FILE_TYPES = Set.of("png", "jpg", "jpeg", "gif", "svg",
            "webp", "bmp", "tif", "tiff", "ico", "heic", "avif", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx",
            "odt", "ods", "rtf", "txt", "csv", "zip", "mp3", "mp4", "mov", "html", "htm", "php", "js", "css");

    private ContactDetails() {
    }

    /**
     * Every detail in {@code text}, in order.
     *
     * <p>The same matches as {@code ANY.matcher(text).find()} in a loop, found faster: that tries the
     * whole alternation with its look-behinds at every offset of every prose text, which was the
     * biggest single cost of a build (17% of the pipeline of workload M). Every match starts after a
     * non-word character, in a run of non-space characters that holds a trigger character (see
     * {@link #nextCandidateRun}), so the pattern is tried, anchored, only at such offsets: the words of
     * plain prose ("we", "keep", "your") are passed over by a character test.
     */
    public static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        // Transparent bounds: the look-behinds see the text before each anchored try, as find() does.
        Matcher m = ANY.matcher(text).useTransparentBounds(true);
        int at = 0;
        while (at < text.length()) {
            int start = nextCandidateRun(text, at);
            if (start < 0) {
                break;
            }
            int end = runEnd(text, start);
            at = end;
            for (int p = start; p < end; p++) {
                if (p > 0 && isWordChar(text.charAt(p - 1))) {
                    continue; // every alternative starts with a look-behind that rejects a word character
                }
                m.region(p, text.length());
                if (m.lookingAt()) {
                    Found detail = of(m);
                    if (detail != null) {
                        found.add(detail);
                    }
                    at = m.end(); // as find() does: the next match starts after this one, maybe in this run
                    break;
                }
            }
        }
        return found;
    }

    /**
     * The plain loop {@link #find} must equal: the pattern tried at every offset. Kept for the test
     * that holds the two to the same answers on hostile and random text.
     */
    static List<Found> findAtEveryOffset(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = ANY.matcher(text);
        while (m.find()) {
            Found detail = of(m);
            if (detail != null) {
                found.add(detail);
            }
        }
        return found;
    }

    /**
     * The start of the next run of non-space characters from {@code at} that holds a trigger
     * character, or -1. A match's first characters up to its trigger hold no white space: an email's
     * local part before its {@code @}, a scheme's {@code :} or "www.", a domain's first label before
     * its dot, a telephone number's first digit within its first three characters.
     */
    private static int nextCandidateRun(String text, int at) {
        int runStart = at;
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                runStart = i + 1;
            } else if (isTrigger(c)) {
                return runStart;
            }
        }
        return -1;
    }

    private static int runEnd(String text, int start) {
        int i = start;
        while (i < text.length() && !isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A character every match holds before its first white space: {@code @}, {@code .}, {@code :} or a digit. */
    private static boolean isTrigger(char c) {
        return c == '@' || c == '.' || c == ':' || (c >= '0' && c <= '9');
    }

    /** White space as the pattern's {@code \s} reads it (no Unicode classes). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A word character as the pattern's {@code \w} reads it. */
    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /** The detail that starts exactly at {@code offset}, or {@code null}. */
    public static Found at(String text, int offset) {
        Matcher m = ANY.matcher(text).region(offset, text.length());
        return m.lookingAt() ? of(m) : null;
    }

    private static Found of(Matcher m) {
        if (m.group("email") != null) {
            // "Logo@4x.png" is a file name: a domain ends in letters, and not in a file type.
            String ending = m.group().substring(m.group().lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            return ending.matches("[a-z]{2,}") && !FILE_TYPES.contains(ending)
                    ? new Found(Kind.EMAIL, m.group(), m.start(), m.end()) : null;
        }
        if (m.group("phone") != null) {
            String phone = m.group();
            int digits = phone.replaceAll("\\D", "").length();
            boolean international = phone.startsWith("+");
            if (international ? digits < 8 || digits > 15 : digits < 10 || digits > 12) {
                return null;
            }
            return new Found(Kind.PHONE, phone, m.start(), m.end());
        }
        String web = m.group().replaceFirst("[.,;:!?]+$", "");
        return new Found(Kind.WEB, web, m.start(), m.start() + web.length());
    }

    /** An email address for comparison: lower case. */
    public static String email(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** A telephone number for comparison: its last nine digits, so "+44 303 …" equals "0303 …". */
    public static String phone(String phone) {
        String digits = phone.replace("(0)", "").replaceAll("\\D", "");
        return digits.length() > 9 ? digits.substring(digits.length() - 9) : digits;
    }

    /** A web address for comparison: no scheme, no "www.", no trailing slash, the host in lower case. */
    public static String web(String url) {
        String bare = url.strip().replaceFirst("(?i)^[a-z][a-z0-9+.-]*://", "").replaceFirst("(?i)^www\\.", "")
                .replaceFirst("/+$", "");
        int slash = bare.indexOf('/');
        return slash < 0 ? bare.toLowerCase(Locale.ROOT)
                : bare.substring(0, slash).toLowerCase(Locale.ROOT) + bare.substring(slash);
    }

    /** The host of a web address for comparison: "https://www.example.org/a" gives "example.org". */
    public static String host(String url) {
        String web = web(url);
        int end = web.length();
        for (char c : new char[] {'/', '?', '#', ':'}) {
            int i = web.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return web.substring(0, end);
    }
}
