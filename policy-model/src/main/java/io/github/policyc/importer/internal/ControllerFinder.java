package io.github.policyc.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The controller's identity, where the document states it in the usual phrasing: "This is the privacy
 * policy of X", "X is the controller", "registered in England and Wales", "company number 13396577",
 * "Its registered office is …". A marked-up {@code <address>} serves as the registered office when no
 * sentence names one.
 */
public final class ControllerFinder {

    /**
     * A word of a company's name. White space always follows one, so giving back characters never helps a
     * match and the possessive quantifier gives back none; and a name that starts at a capital inside a
     * long run such as "A.A.A.…" reads at most 41 characters of it, not the rest of the run each time.
     */
    private static final String WORD = "[\\p{Lu}\\d][\\p{L}\\d&'’.\\-]{0,40}+";
    /** A name starts at the start of a word, not at a capital inside one ("AAAA…" would start at each). */
    private static final String WORD_START = "(?<![\\p{L}\\d])";
    private static final String CONNECTOR = "(?:and|of|for|the|&|de|du|van|von)";
    private static final String LEGAL_FORM = "(?:Limited|Ltd|LLP|PLC|plc|Plc|Inc|Incorporated|LLC|GmbH|AG|SE|S\\.A\\.|SA"
            + "|SAS|SARL|B\\.V\\.|BV|N\\.V\\.|NV|Pty Ltd|Corp|Corporation|CIC|Oy|AB|ApS|A/S|S\\.p\\.A\\.|S\\.r\\.l\\.|Ltda)";
    private static final String COMPANY = WORD_START + WORD + "(?:\\s+(?:" + WORD + "|" + CONNECTOR + ")){0,10}?\\s+" + LEGAL_FORM
            + "(?![\\p{L}\\d])";
    /** A name without a legal form ends at the end of its sentence: no dots inside its words. */
    private static final String PLAIN_WORD = "[\\p{Lu}\\d][\\p{L}\\d&'’\\-]*";
    private static final String NAME = PLAIN_WORD + "(?:\\s+(?:" + PLAIN_WORD + "|" + CONNECTOR + "(?=\\s+\\p{Lu}))){0,8}";
    private static final String OF = "(?i:(?:privacy|cookie)\\s+(?:policy|notice|statement)|web\\s?site|site)\\s+of\\s+(?:the\\s+)?";

    private static final List<Pattern> NAMES = List.of(
            Pattern.compile(OF + "(" + COMPANY + ")"),
            Pattern.compile("(" + COMPANY + "),?\\s+(?i:(?:is|acts\\s+as)\\s+(?:the|a)\\s+(?:data\\s+)?controller"
                    + "|\\(?(?:a\\s+company\\s+)?registered\\s+in|registered\\s+office|\\(?company\\s+(?:number|no))"),
            Pattern.compile("(?i:we\\s+are|this\\s+is)\\s+(" + COMPANY + ")"),
            Pattern.compile(OF + "(" + NAME + ")"),
            Pattern.compile("(" + COMPANY + ")"));
    private static final Pattern NUMBER = Pattern.compile("(?i:company\\s+(?:registration\\s+)?(?:number|no\\.?|nr\\.?)"
            + "|registered\\s+(?:company\\s+)?(?:number|no\\.?)|registration\\s+(?:number|no\\.?)|company\\s+reg\\.?\\s+no\\.?)"
            + "\\s*(?:(?i:is)\\s+)?[:.#]?\\s*((?:[A-Z]{2})?\\d{5,8})\\b");
    private static final Pattern REGISTERED_IN = Pattern.compile(
            "(?i:registered\\s+in)\\s+((?:the\\s+)?\\p{Lu}\\p{L}+(?:\\s+(?:and|&)\\s+\\p{Lu}\\p{L}+|\\s+\\p{Lu}\\p{L}+){0,3})");
    private static final Pattern OFFICE = Pattern.compile(
            "(?i:registered\\s+(?:office|address)(?:\\s+address)?)(?:\\s+(?i:is(?:\\s+at)?|at)\\s+|\\s*:\\s*)(.+?)"
                    + "(?=\\.\\s|\\.$|;|$)");
    private static final Pattern LINE_SEPARATOR = Pattern.compile(",\\s*");
    private static final Pattern CHANNEL = Pattern.compile("@|https?://|www\\.|^\\+?[\\d\\s()-]{7,}$|(?i:^(?:tel|phone|email|e-mail|fax)\\b)");

    /**
     * What was found; each part may be {@code null}, the address empty.
     *
     * @param name          the controller's legal name
     * @param companyNumber the company registration number
     * @param registeredIn  where the company is registered
     * @param address       the registered office, one line per element
     */
    public record FoundController(LocatedText name, LocatedText companyNumber, LocatedText registeredIn,
                                  List<LocatedText> address) {
    }

    private ControllerFinder() {
    }

    /**
     * @param texts     the document's text, in reading order
     * @param addresses postal addresses marked up as such
     */
    public static FoundController find(List<LocatedText> texts, List<List<LocatedText>> addresses) {
        LocatedText name = null;
        for (Pattern pattern : NAMES) {
            name = first(texts, pattern);
            if (name != null) {
                break;
            }
        }
        LocatedText number = first(texts, NUMBER);
        LocatedText registeredIn = first(texts, REGISTERED_IN);
        List<LocatedText> address = office(texts, name);
        if (address.isEmpty() && !addresses.isEmpty()) {
            address = postalLines(addresses.get(0), name);
        }
        return new FoundController(name, number, registeredIn, address);
    }

    private static LocatedText first(List<LocatedText> texts, Pattern pattern) {
        for (LocatedText text : texts) {
            Matcher m = pattern.matcher(text.text());
            if (m.find()) {
                return text.sub(m.start(1), m.end(1)).strip();
            }
        }
        return null;
    }

    private static List<LocatedText> office(List<LocatedText> texts, LocatedText name) {
        for (LocatedText text : texts) {
            Matcher m = OFFICE.matcher(text.text());
            if (m.find()) {
                List<LocatedText> lines = new ArrayList<>();
                LocatedText office = text.sub(m.start(1), m.end(1));
                Matcher separator = LINE_SEPARATOR.matcher(office.text());
                int start = 0;
                while (separator.find()) {
                    lines.add(office.sub(start, separator.start()).strip());
                    start = separator.end();
                }
                lines.add(office.sub(start).strip());
                return postalLines(lines, name);
            }
        }
        return List.of();
    }

    /** The lines of a postal address, without the controller's name and without email, web or phone lines. */
    private static List<LocatedText> postalLines(List<LocatedText> lines, LocatedText name) {
        List<LocatedText> postal = new ArrayList<>();
        for (LocatedText line : lines) {
            String text = line.text().strip();
            boolean isName = name != null && text.toLowerCase(Locale.ROOT).equals(name.text().toLowerCase(Locale.ROOT));
            if (!text.isEmpty() && !isName && !CHANNEL.matcher(text).find()) {
                postal.add(line);
            }
        }
        return postal;
    }
}
