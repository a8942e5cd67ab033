package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.check.internal.ModelStrings;
import io.github.policyc.check.internal.ModelStrings.StringField;
import io.github.policyc.check.internal.scan.ContactDetails;
import io.github.policyc.check.internal.scan.ProseText;
import io.github.policyc.model.Contact;
import io.github.policyc.model.Controller;
import io.github.policyc.model.Directive;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Prose;
import io.github.policyc.model.Right;
import io.github.policyc.model.Section;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * PC204: the published policy gives readers no usable way to reach the controller or its data
 * protection officer, although the model declares one.
 */
public final class ControllerContactMissing implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC204", "controller-contact-missing", Severity.ERROR, "0.1.0",
            "The pages do not show the controller's or the DPO's contact details, or show ones readers cannot use.",
            "Art. 13(1)(a) and (b) require the contact details of the controller and of its data protection"
                    + " officer to be given to readers; declaring them in the model is not enough. PC601 and PC602"
                    + " report details that are missing from the model; this rule reports details the model has"
                    + " but the pages do not show (no {{controller}}, no {{table contacts}}, no {{contact id}},"
                    + " no right naming the contact where rights are shown, and neither a channel nor the address"
                    + " written in prose), and the controller's or officer's channels readers cannot use: an email"
                    + " that is not an address, a phone number with letters or too few digits, a url that is not"
                    + " http(s) (the page shows it as plain text, not as a link). Show the details with"
                    + " {{controller}} in a section such as \"Who can I contact?\", and correct the channel.");

    private static final Pattern EMAIL = Pattern.compile("[^\\s@()<>,;:\"]+@[^\\s@()<>,;:\"]+\\.\\p{L}{2,}");

    private static final Pattern PHONE = Pattern.compile("\\+?[\\d\\s().\\-/]+(?:\\s*(?:ext\\.?|x)\\s*\\d+)?",
            Pattern.CASE_INSENSITIVE);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        PolicyModel model = context.model();
        Controller controller = model.controller();
        Optional<Contact> contact = controller.contact() == null ? Optional.empty()
                : model.contact(controller.contact().id());
        Optional<Contact> dpo = controller.dpo() == null ? Optional.empty() : model.contact(controller.dpo().id());
        Shown shown = Shown.of(context);

        // Without details, PC601 and PC602 report; here, details the pages leave out.
        boolean reachable = contact.map(Contact::hasChannel).orElse(false);
        if ((reachable || !controller.address().isEmpty()) && !shown.controller(controller, contact)) {
            out.report(controller.at(), "13(1)(a): the controller's contact details are declared, but no page shows"
                            + " them", "show them with {{controller}} in a section such as \"Who can I contact?\"");
        }
        if (dpo.filter(Contact::hasChannel).isPresent() && !shown.controller() && !shown.contact(dpo.get())) {
            out.report(controller.dpo().at(), "13(1)(b): the contact details of the data protection officer, contact '"
                            + dpo.get().id() + "', are declared, but no page shows them",
                    "show them with {{controller}}, {{table contacts}} or {{contact " + dpo.get().id() + "}}");
        }

        Map<String, String> articles = new LinkedHashMap<>();
        contact.ifPresent(c -> articles.put(c.id(), "13(1)(a): the controller's contact"));
        dpo.ifPresent(c -> articles.putIfAbsent(c.id(), "13(1)(b): the data protection officer's contact"));
        if (articles.isEmpty() || !anyUnusable(model, articles.keySet())) {
            return; // nothing to report: the values of every model are located only when one is wrong
        }
        for (StringField field : ModelStrings.of(context)) {
            String id = field.owner().startsWith("contact '") ? field.owner().substring(9, field.owner().length() - 1)
                    : null;
            String article = id == null ? null : articles.get(id);
            // A value of white space alone is no channel at all (Contact.hasChannel), which PC601 and PC201
            // report, not one readers cannot use.
            String problem = article == null || field.value().isBlank() ? null
                    : unusable(field.field(), field.value().strip());
            if (problem != null) {
                out.report(field.at(), article + " '" + id + "' has the " + field.field() + " \""
                        + field.value().strip() + "\", " + problem, hint(field.field()));
            }
        }
    }

    /**
     * Whether a contact with one of the ids has an email, phone or url readers cannot use: what the
     * walk of {@link ModelStrings} below reports, asked of the contacts themselves first.
     */
    private static boolean anyUnusable(PolicyModel model, Set<String> ids) {
        for (Contact contact : model.contacts()) {
            if (ids.contains(contact.id()) && (unusableValue("email", contact.email())
                    || unusableValue("phone", contact.phone()) || unusableValue("url", contact.url()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean unusableValue(String field, String value) {
        return value != null && !value.isBlank() && unusable(field, value.strip()) != null;
    }

    /** Why readers cannot use a channel, or {@code null} when they can. */
    static String unusable(String field, String value) {
        return switch (field) {
            case "email" -> EMAIL.matcher(value).matches() ? null : "which is not an email address";
            case "phone" -> !PHONE.matcher(value).matches() || value.replaceAll("\\D", "").length() < 7
                    ? "which is not a telephone number" : null;
            case "url" -> value.toLowerCase(Locale.ROOT).matches("https?://[^\\s/]+\\.[^\\s]+") ? null
                    : "which is not a web address the page can link (it needs https://)";
            default -> null;
        };
    }

    private static String hint(String field) {
        return switch (field) {
            case "email" -> "write the address as name@domain.tld";
            case "phone" -> "write the number with its area code: digits, spaces, +, brackets and hyphens";
            default -> "write the full address, starting with https://";
        };
    }

    /** What the pages show of contacts: the blocks that list them, the links to them, what prose writes out. */
    private static final class Shown {

        private final boolean controller;
        private final boolean table;
        private final Set<String> linked;
        private final Set<String> details;
        private final List<ProseText> texts;
        /** Each text in lower case with its white space runs made single spaces, made when an address is looked for. */
        private List<String> prose;

        private Shown(boolean controller, boolean table, Set<String> linked, Set<String> details, List<ProseText> texts) {
            this.controller = controller;
            this.table = table;
            this.linked = linked;
            this.details = details;
            this.texts = texts;
        }

        static Shown of(CheckContext context) {
            PolicyModel model = context.model();
            Set<Prose> bodies = Collections.newSetFromMap(new IdentityHashMap<>());
            model.sections().stream().map(Section::body).forEach(bodies::add);
            boolean controller = false;
            boolean table = false;
            boolean rights = false;
            Set<String> linked = new HashSet<>();
            Set<String> details = new HashSet<>();
            List<ProseText> texts = ProseText.of(context);
            for (ProseText text : texts) {
                boolean body = bodies.contains(text.field().prose());
                for (ProseText.DirectiveAt at : text.directives()) {
                    Directive directive = at.directive();
                    switch (directive.kind()) {
                        case CONTROLLER -> controller |= body;
                        case RIGHTS -> rights |= body;
                        case TABLE -> {
                            table |= body && directive.table() == Directive.TableKind.CONTACTS;
                            rights |= body && directive.table() == Directive.TableKind.RIGHTS;
                        }
                        case CONTACT -> linked.add(directive.argument());
                        default -> {
                        }
                    }
                }
                for (ContactDetails.Found found : text.details()) {
                    details.add(normal(found.kind(), found.value()));
                }
                for (ProseText.LinkAt link : text.links()) {
                    String target = link.destination().replaceFirst("(?i)^(mailto|tel):", "");
                    ContactDetails.find(target).forEach(f -> details.add(normal(f.kind(), f.value())));
                }
            }
            if (rights) {
                for (Right right : model.rights()) {
                    if (right.contact() != null) {
                        linked.add(right.contact().id());
                    }
                }
            }
            return new Shown(controller, table, linked, details, texts);
        }

        /** Whether a section shows {@code {{controller}}}. */
        boolean controller() {
            return controller;
        }

        /** Whether the pages show how to reach the controller: its block, its contact or its address. */
        boolean controller(Controller controller, Optional<Contact> contact) {
            return this.controller || contact.filter(this::contact).isPresent() || address(controller.address());
        }

        /** Whether the pages show a contact: in the contacts table, linked, or one of its channels written out. */
        boolean contact(Contact contact) {
            return table || linked.contains(contact.id()) || written(ContactDetails.Kind.EMAIL, contact.email())
                    || written(ContactDetails.Kind.PHONE, contact.phone()) || written(ContactDetails.Kind.WEB, contact.url())
                    || address(contact.address());
        }

        private boolean written(ContactDetails.Kind kind, String value) {
            return value != null && details.contains(normal(kind, value));
        }

        /** Whether some prose writes out an address: its first and last lines in the same text. */
        private boolean address(List<String> lines) {
            if (lines.isEmpty()) {
                return false;
            }
            String first = lines.get(0).toLowerCase(Locale.ROOT).strip();
            String last = lines.get(lines.size() - 1).toLowerCase(Locale.ROOT).strip();
            return prose().stream().anyMatch(text -> text.contains(first) && text.contains(last));
        }

        /**
         * The texts as {@link #address} compares them; made the first time it is asked, which the
         * controller's block or contact usually spares: lower-casing and re-spacing every text of the
         * policy was a third of this rule.
         */
        private List<String> prose() {
            if (prose == null) {
                prose = texts.stream().map(text -> text.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")).toList();
            }
            return prose;
        }

        private static String normal(ContactDetails.Kind kind, String value) {
            return kind + " " + switch (kind) {
                case EMAIL -> ContactDetails.email(value);
                case PHONE -> ContactDetails.phone(value);
                case WEB -> ContactDetails.web(value);
            };
        }
    }
}
