package io.github.policyc.importer.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contacts a document gives readers: one per email address, and one for each named team or role
 * readers are told to contact without any way to reach it ("please speak with HR"), which the model
 * then holds without a channel, for the checks to report.
 */
public final class ContactFinder {

    /** "speak with HR", "contact our Compliance Team": a verb of contacting, then a name that starts with a capital. */
    private static final Pattern MENTION = Pattern.compile(
            "\\b(?i:(?:speak|talk)\\s+(?:to|with)|contact|ask|write\\s+to)\\s+(?i:(?:our|the|your)\\s+)?"
                    + "(\\p{Lu}{2,5}|(?:\\p{Lu}\\p{Ll}+\\s+){0,3}(?:Team|Department|Officer|Manager|Desk))\\b");
    /** After a name, a channel: "at privacy@…", "on 0161 …", "(…)". */
    private static final Pattern CHANNEL_FOLLOWS = Pattern.compile(
            "^\\s*(?:(?:at|on|via|by|by email|by phone)\\s+|:\\s*|\\(\\s*)(?:\\S+@|\\+?\\d|https?://|www\\.)");
    /** Capitals that name no one a reader could contact at the organisation. */
    private static final Set<String> NOT_CONTACTS = Set.of("US", "UK", "EU", "EEA", "USA", "GDPR", "ICO", "DPA", "DPC",
            "CNIL", "FAQ", "FAQS", "URL", "IP", "PDF", "CV");

    /**
     * A contact found in the text.
     *
     * @param id          its id in the model
     * @param role        who it is: a role guessed from the address, or the name as written
     * @param roleGuessed whether the role is a guess from the address rather than the document's words
     * @param email       the address as first written, or {@code null} for a contact named without one
     * @param name        the name as first written, for a contact without an address, else {@code null}
     */
    public record FoundContact(String id, String role, boolean roleGuessed, LocatedText email, LocatedText name) {

        /** Where the contact first stands in the original. */
        public int origin() {
            return email != null ? email.start() : name.start();
        }

        public boolean hasAddress() {
            return email != null;
        }
    }

    private ContactFinder() {
    }

    /**
     * @param texts every piece of the document's text, in reading order
     * @param ids   the ids taken so far; the contacts' ids are added
     */
    public static List<FoundContact> find(List<LocatedText> texts, Slugs ids) {
        Map<String, FoundContact> byAddress = new LinkedHashMap<>();
        for (LocatedText text : texts) {
            for (Emails.Match match : Emails.find(text, true)) {
                byAddress.computeIfAbsent(Emails.key(match.address()), key -> {
                    String local = match.address().substring(0, match.address().indexOf('@'));
                    String role = Roles.guess(local);
                    return new FoundContact(ids.unique(local, "contact"), role != null ? role : local, true,
                            text.sub(match.start(), match.end()), null);
                });
            }
        }
        List<FoundContact> found = new ArrayList<>(byAddress.values());
        Known known = new Known(found);
        Map<String, FoundContact> byName = new LinkedHashMap<>();
        for (LocatedText text : texts) {
            Matcher m = MENTION.matcher(text.text());
            Matcher channel = CHANNEL_FOLLOWS.matcher(text.text());
            while (m.find()) {
                String name = m.group(1).strip();
                String key = name.toLowerCase(Locale.ROOT);
                if (NOT_CONTACTS.contains(name.toUpperCase(Locale.ROOT)) || byName.containsKey(key)
                        || channel.region(m.end(1), text.length()).lookingAt()
                        || known.contains(key)) {
                    continue;
                }
                byName.put(key, new FoundContact(ids.unique(name, "contact"), name, false, null,
                        text.sub(m.start(1), m.start(1) + name.length())));
            }
        }
        found.addAll(byName.values());
        return found;
    }

    /**
     * The names of the contacts with an address: their ids, roles and roles' initials, and the words a
     * role starts with, so that whether a name is one of them costs a few look-ups, not a pass over every
     * contact per name (which is quadratic in a document of many addresses and names).
     */
    private static final class Known {
        private final Set<String> names = new HashSet<>();
        private final Set<String> roles = new HashSet<>();
        private final Set<String> roleStarts = new HashSet<>();

        Known(List<FoundContact> contacts) {
            for (FoundContact contact : contacts) {
                String role = contact.role().toLowerCase(Locale.ROOT);
                names.add(contact.id());
                names.add(role);
                roles.add(role);
                names.add(role.replaceAll("\\b(\\w)\\w*\\s*", "$1"));
                // "data protection" is known from the role "data protection officer".
                for (int space = role.indexOf(' '); space >= 0; space = role.indexOf(' ', space + 1)) {
                    roleStarts.add(role.substring(0, space));
                }
            }
        }

        /** Whether a name, in lower case, is a contact's id, role or initials, the start of a role or a role and more. */
        boolean contains(String wanted) {
            if (names.contains(wanted) || roleStarts.contains(wanted)) {
                return true;
            }
            for (int space = wanted.indexOf(' '); space >= 0; space = wanted.indexOf(' ', space + 1)) {
                if (roles.contains(wanted.substring(0, space))) {
                    return true;
                }
            }
            return false;
        }
    }
}
