package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.check.internal.scan.AnchoredFind;
import io.github.policyc.check.internal.scan.ContactDetails;
import io.github.policyc.check.internal.scan.Names;
import io.github.policyc.check.internal.scan.ProseText;
import io.github.policyc.model.Contact;
import io.github.policyc.model.Controller;
import io.github.policyc.model.Directive;
import io.github.policyc.model.Labelled;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Right;
import io.github.policyc.model.SupervisoryAuthority;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PC202: the policy sends readers to someone they have no way to reach. */
public final class UnreachableContact implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC202", "unreachable-contact", Severity.ERROR, "0.1.0",
            "The policy tells readers to contact someone it gives no way to reach.",
            "\"Please speak with HR\" is no help to a reader who does not work there. The rule finds a right"
                    + " whose contact, and a {{contact id}} whose contact, has no email, phone, url or address;"
                    + " and prose that sends readers to a person or team (\"speak with HR\", \"contact our"
                    + " Marketing team\", \"ask the Compliance department\") that is not a declared contact with"
                    + " a channel, the controller or the supervisory authority, unless a link, an address or a"
                    + " {{contact id}} follows the name. Names are compared loosely: \"HR\" matches a contact"
                    + " whose role is \"HR team\" or \"Human Resources\". Declare the contact with a channel and"
                    + " write {{contact id}} where readers are sent to it.");

    private static final String VERB = "(?<![\\w-])(?i:speak(?:ing)?\\s+(?:with|to)|talk(?:ing)?\\s+(?:with|to)"
            + "|contact(?:ing)?|ask(?:ing)?|writ(?:e|ing)\\s+to|call(?:ing)?|phon(?:e|ing)|ring(?:ing)?"
            + "|e-?mail(?:ing)?|tell(?:ing)?|inform(?:ing)?|get(?:ting)?\\s+in\\s+touch\\s+with"
            + "|reach(?:ing)?\\s+out\\s+to|consult(?:ing)?)";

    private static final String TEAM_WORDS = "team|department|dept|office|desk|unit|officer|manager|representative"
            + "|helpdesk|division|function";

    private static final String NOT_A_NAME_WORD = "(?!(?i:in|at|on|with|from|to|by|about|if|when|and|or|for|who)\\b)";

    /** "our Marketing team", "the compliance department", "a member of our HR team". */
    private static final Pattern TEAM = Pattern.compile("\\s+(?i:(?:a|any)\\s+(?:member|one)\\s+of\\s+)?"
            + "(?i:our|the)\\s+(?:" + NOT_A_NAME_WORD + "[\\p{L}\\p{N}'’&-]+\\s+){1,4}?(?i:" + TEAM_WORDS + ")\\b");

    /**
     * "HR", "Human Resources", "the Information Commissioner's Office", "Jane Smith": up to nine
     * capitalised words. (Without a bound, the repetition recursed once per word, overflowing the stack on
     * a few thousand, and "Contact Contact …" read the rest of the text once per verb.)
     */
    private static final Pattern NAME = Pattern.compile("\\s+(?:(?i:the)\\s+)?\\p{Lu}[\\p{L}\\p{N}'’&-]*"
            + "(?:\\s+(?:(?:of|for|and|&)\\s+)?\\p{Lu}[\\p{L}\\p{N}'’&-]*){0,8}");

    static final Pattern PHRASE = Pattern.compile(VERB);

    /** Capitalised words after "contact" that are not whom to contact: "Contact Details", "Contact Us". */
    private static final Set<String> NOT_NAMES = Set.of("us", "me", "you", "them", "him", "her", "it", "i",
            "details", "detail", "information", "info", "form", "list", "page", "preferences", "number", "numbers",
            "address", "email", "name", "method", "methods", "channel", "channels", "options", "policy", "section",
            "centre", "center", "point", "person", "do", "not", "if", "when", "and", "or");

    /**
     * What may stand between a name and its channel: "HR (write to …)", "HR at …", "HR on …", and an
     * apposition first: "Jane Smith, our data protection officer, at …".
     */
    private static final Pattern CONNECTOR = Pattern.compile("(?:,[^,.;:()\\n\\uFFFC]{1,60},)?\\s*[(:,–—-]?\\s*(?i:(?:by\\s+)?(?:writ(?:e|ing)|e-?mail"
            + "(?:ing)?|call(?:ing)?|phon(?:e|ing)|ring(?:ing)?|text(?:ing)?)(?:\\s+(?:them|it|him|her))?"
            + "(?:\\s+(?:to|on|at))?\\s+|(?:at|on|via|by|using|through)\\s+)?");

    /** Modal verbs and adverbs between a subject and its verb: "we may also contact". */
    private static final String MODALS = "(?:['’](?:ll|d)\\s+|\\s+)(?:(?:also|then|may|might|will|can|would|could|shall"
            + "|must|not|never|only|usually|sometimes|always|regularly|occasionally|need\\s+to|have\\s+to)\\s+)*$";

    /** A subject other than the reader before the verb: the sentence says what we do, not where to go. */
    private static final Pattern NOT_THE_READER = Pattern.compile("(?i)\\b(?:we|they|it|he|she|who|which|that"
            + "|our\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)" + MODALS);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        PolicyModel model = context.model();
        for (Right right : model.rights()) {
            if (right.contact() != null) {
                model.contact(right.contact().id()).filter(c -> !c.hasChannel()).ifPresent(contact ->
                        out.report(right.contact().at(), "right '" + Labelled.yamlName(right.kind())
                                        + "' sends readers to contact '" + contact.id() + "' (" + contact.role()
                                        + "), which has no channel", hint(contact)));
            }
        }
        Map<Contact, List<String>> contactNames = new LinkedHashMap<>();
        model.contacts().forEach(c -> contactNames.put(c, List.of(c.role(), c.id())));
        Names<Contact> contacts = Names.of(contactNames);
        Names<String> reachable = Names.of(Map.of("reachable", reachableNames(model)));
        Pattern controller = controllerAsSubject(model.controller());
        for (ProseText prose : ProseText.of(context)) {
            for (ProseText.DirectiveAt directive : prose.directives()) {
                if (directive.directive().kind() == Directive.Kind.CONTACT) {
                    model.contact(directive.directive().argument()).filter(c -> !c.hasChannel()).ifPresent(c ->
                            out.report(prose.locate(directive.start()), prose.describe() + " sends readers to "
                                    + directive.directive() + ", but contact '" + c.id() + "' (" + c.role()
                                    + ") has no channel", hint(c)));
                }
            }
            phrases(model, prose, contacts, reachable, controller, out);
        }
    }

    private static void phrases(PolicyModel model, ProseText prose, Names<Contact> contacts, Names<String> reachable,
                                Pattern controller, FindingSink out) {
        String text = prose.text();
        AnchoredFind verbs = verbs(text);
        while (verbs.find()) {
            Matcher verb = verbs.matcher();
            Matcher object = TEAM.matcher(text).region(verb.end(), text.length());
            boolean team = object.lookingAt();
            if (!team) {
                object = NAME.matcher(text).region(verb.end(), text.length());
                if (!object.lookingAt()) {
                    continue;
                }
            }
            int end = object.end();
            while (end > object.start() && "'’-&".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            String name = text.substring(object.start(), end).strip().replaceAll("\\s+", " ");
            if (!team && !isName(name, Character.isUpperCase(text.charAt(verb.start())))) {
                continue;
            }
            // Whether the reader is the subject is asked only now: most verbs ("we inform you") have no
            // name or team after them, and these two searches of the 80 characters before were the cost.
            String before = text.substring(Math.max(0, verb.start() - 80), verb.start());
            if (NOT_THE_READER.matcher(before).find() || controller.matcher(before).find()) {
                continue;
            }
            if (prose.linkOver(object.start(), end) != null || channelFollows(prose, end)) {
                continue;
            }
            String phrase = text.substring(verb.start(), end).replaceAll("\\s+", " ");
            Set<Contact> matched = contacts.find(name);
            if (matched.stream().anyMatch(Contact::hasChannel) || matched.isEmpty() && !reachable.find(name).isEmpty()) {
                continue;
            }
            if (!matched.isEmpty()) {
                Contact contact = matched.iterator().next();
                out.report(prose.locate(verb.start()), prose.describe() + ": \"" + phrase + "\" sends readers to"
                        + " contact '" + contact.id() + "' (" + contact.role() + "), which has no channel", hint(contact));
            } else {
                out.report(prose.locate(verb.start()), prose.describe() + ": \"" + phrase + "\" sends readers to "
                        + name + ", who is not a declared contact", "declare a contact for "
                        + withoutArticle(name) + " with an email, phone, url or address and write {{contact id}} here"
                        + declared(model));
            }
        }
    }

    /**
     * The matches of {@link #PHRASE} in {@code text}, tried only at a word start (as its look-behind
     * says) whose first two letters start one of the verbs: tried at every offset, the alternation was
     * the costliest scan of the PC2 rules.
     */
    static AnchoredFind verbs(String text) {
        return new AnchoredFind(PHRASE, text, at -> at + 1 < text.length()
                && (at == 0 || !isWordOrHyphen(text.charAt(at - 1)))
                && startsVerb(folded(text.charAt(at)), folded(text.charAt(at + 1))));
    }

    /**
     * Whether a verb of {@link #VERB} can start with these two characters, ASCII letters in lower case:
     * "sp"eak, "ta"lk, "co"ntact, "as"k, "wr"ite, "ca"ll, "ph"one, "ri"ng, "e-"mail, "em"ail, "te"ll,
     * "in"form, "ge"t, "re"ach, "co"nsult.
     */
    private static boolean startsVerb(char first, char second) {
        return switch (first) {
            case 's' -> second == 'p';
            case 't' -> second == 'a' || second == 'e';
            case 'c' -> second == 'o' || second == 'a';
            case 'a' -> second == 's';
            case 'w' -> second == 'r';
            case 'p' -> second == 'h';
            case 'r' -> second == 'i' || second == 'e';
            case 'e' -> second == '-' || second == 'm';
            case 'i' -> second == 'n';
            case 'g' -> second == 'e';
            default -> false;
        };
    }

    /** An ASCII letter in lower case, as {@code (?i)} without {@code UNICODE_CASE} folds it; anything else as is. */
    private static char folded(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** A character of the verb's look-behind {@code [\w-]}: an ASCII word character or a hyphen. */
    private static boolean isWordOrHyphen(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    /** Whether capitalised words after a verb name someone, rather than start a title ("Contact Details"). */
    private static boolean isName(String name, boolean verbCapitalised) {
        String bare = withoutArticle(name);
        String first = bare.split(" ")[0].replaceAll("['’]s$", "").toLowerCase(Locale.ROOT);
        if (NOT_NAMES.contains(first)) {
            return false;
        }
        boolean acronym = bare.length() > 1 && bare.equals(bare.toUpperCase(Locale.ROOT));
        // "Contact Marketing" in a title is title case, not an instruction; "Ask HR" is one.
        return !verbCapitalised || acronym;
    }

    /** Whether a link, a directive or a contact detail follows the name, maybe after "at", "(write to" …. */
    private static boolean channelFollows(ProseText prose, int end) {
        String text = prose.text();
        Matcher connector = CONNECTOR.matcher(text).region(end, text.length());
        int at = connector.lookingAt() ? connector.end() : end;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        if (at >= text.length()) {
            return false;
        }
        ProseText.DirectiveAt directive = prose.directiveAt(at);
        if (directive != null) {
            return directive.directive().kind() == Directive.Kind.CONTACT;
        }
        return prose.linkOver(at - 1, at + 1) != null || ContactDetails.at(text, at) != null;
    }

    /** The controller's name as the subject of a sentence: "North West IT will contact …". */
    private static Pattern controllerAsSubject(Controller controller) {
        String names = Pattern.quote(controller.name())
                + (controller.shortName() == null ? "" : "|" + Pattern.quote(controller.shortName()));
        return Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:" + names + ")" + MODALS);
    }

    /** The names of parties readers can reach other than contacts: the controller and the authority. */
    private static List<String> reachableNames(PolicyModel model) {
        List<String> names = new ArrayList<>();
        Controller controller = model.controller();
        names.add(controller.name());
        if (controller.shortName() != null) {
            names.add(controller.shortName());
        }
        SupervisoryAuthority authority = model.supervisoryAuthority();
        if (authority != null) {
            names.add(authority.name().replaceAll("\\s*\\(.*\\)", ""));
            Matcher acronym = Pattern.compile("\\(([^)]+)\\)").matcher(authority.name());
            if (acronym.find()) {
                names.add(acronym.group(1));
            }
        }
        return names;
    }

    private static String withoutArticle(String name) {
        return name.replaceFirst("^(?i:the|our|a|any)\\s+", "").replaceFirst("^(?i:member|one)\\s+of\\s+(?i:our|the)\\s+", "");
    }

    private static String hint(Contact contact) {
        return "give contact '" + contact.id() + "' an email, phone, url or address";
    }

    private static String declared(PolicyModel model) {
        List<String> reachable = model.contacts().stream().filter(Contact::hasChannel)
                .map(c -> c.id() + " (" + c.role() + ")").limit(3).toList();
        return reachable.isEmpty() ? "" : ", or send readers to a declared contact: " + String.join(", ", reachable);
    }
}
