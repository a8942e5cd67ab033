package io.github.policyc.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Email addresses in text, and their replacement by {@code {{contact id}}} directives. */
public final class Emails {

    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![\\w.+%-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?){0,8}\\.[A-Za-z]{2,24}(?![\\w-])");

    /** File names look like addresses ("Logo@4x.png"); a top-level domain that is a file type gives them away. */
    private static final Set<String> FILE_TYPES = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico",
            "tif", "tiff", "avif", "heic", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip", "js", "css",
            "htm", "html", "php", "asp", "aspx", "json", "xml", "txt", "mp4", "mp3", "mov");

    /** One address found: {@code [start, end)} in the text searched. */
    public record Match(int start, int end, String address) {
    }

    private Emails() {
    }

    /** Every address in the document's own text, in order. */
    public static List<Match> find(LocatedText text) {
        return find(text, false);
    }

    /** Every address in the text, in order; in markup too, such as a {@code mailto:} link, when asked. */
    public static List<Match> find(LocatedText text, boolean inMarkup) {
        List<Match> found = new ArrayList<>();
        Matcher m = ADDRESS.matcher(text.text());
        while (m.find()) {
            if (isAddress(m.group()) && (inMarkup || allLiteral(text, m.start(), m.end()))) {
                found.add(new Match(m.start(), m.end(), m.group()));
            }
        }
        return found;
    }

    /** Replaces each address that has a contact with {@code {{contact id}}}, standing for the address. */
    public static LocatedText link(LocatedText text, Map<String, String> idsByAddress) {
        List<Match> matches = find(text);
        if (matches.isEmpty()) {
            return text;
        }
        LocatedText.Builder out = LocatedText.builder();
        int position = 0;
        for (Match match : matches) {
            String id = idsByAddress.get(key(match.address()));
            if (id == null) {
                continue;
            }
            out.append(text.sub(position, match.start()));
            out.append(LocatedText.anchored("{{contact " + id + "}}", text.origin(match.start())));
            position = match.end();
        }
        return out.append(text.sub(position)).build();
    }

    /** How addresses compare: without regard to case. */
    public static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }

    private static boolean isAddress(String candidate) {
        String domain = candidate.substring(candidate.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        String tld = domain.substring(domain.lastIndexOf('.') + 1);
        return !FILE_TYPES.contains(tld) && !domain.matches("\\d+x\\..*");
    }

    private static boolean allLiteral(LocatedText text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.isMarkup(i)) {
                return false;
            }
        }
        return true;
    }
}
