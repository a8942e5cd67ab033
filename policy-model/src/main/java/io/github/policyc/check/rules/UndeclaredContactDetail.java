package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.check.internal.scan.ContactDetails;
import io.github.policyc.check.internal.scan.ProseText;
import io.github.policyc.model.Contact;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.SupervisoryAuthority;
import java.util.HashSet;
import java.util.Set;

/** PC203: an email address, phone number or web address in prose that no declaration backs. */
public final class UndeclaredContactDetail implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC203", "undeclared-contact-detail", Severity.WARNING, "0.1.0",
            "Prose gives an email address, phone number or web address that the model does not declare.",
            "Contact details typed into prose drift: the mailbox is renamed, the number changes, and the policy"
                    + " keeps sending readers to the old one, while tables and the machine-readable policy show"
                    + " the declared ones. A detail in prose is fine when it is a declared contact's email, phone or"
                    + " url, on the controller's website or the supervisory authority's, or the target (or text)"
                    + " of a Markdown link, which is written on purpose. A domain named for the emails a company"
                    + " sends (\"@example.org\") is not an address. Declare the detail on a contact and write"
                    + " {{contact id}}, or make a web address a link.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        Declared declared = Declared.of(context.model());
        for (ProseText prose : ProseText.of(context)) {
            for (ContactDetails.Found found : prose.details()) {
                if (prose.linkOver(found.start(), found.end()) != null || declared.has(found)) {
                    continue;
                }
                out.report(prose.locate(found.start()), prose.describe() + " gives the " + found.kind().noun() + " \""
                        + found.value() + "\", which is not " + declared.whose(found.kind()), hint(found.kind()));
            }
        }
    }

    private static String hint(ContactDetails.Kind kind) {
        return kind == ContactDetails.Kind.WEB
                ? "write it as a Markdown link if it is meant, [text](https://…), or declare it as a contact's url"
                : "declare it on a contact and write {{contact id}} here";
    }

    /** The details the model declares, normalised for comparison. */
    private record Declared(Set<String> emails, Set<String> phones, Set<String> urls, Set<String> hosts) {

        static Declared of(PolicyModel model) {
            Declared declared = new Declared(new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>());
            for (Contact contact : model.contacts()) {
                declared.add(contact.email(), contact.phone(), contact.url(), false);
            }
            SupervisoryAuthority authority = model.supervisoryAuthority();
            if (authority != null) {
                declared.add(authority.email(), authority.phone(), authority.url(), true);
            }
            declared.add(null, null, model.controller().website(), true);
            return declared;
        }

        /** Adds details; a whole site's pages count when {@code site} is set, else the exact url only. */
        private void add(String email, String phone, String url, boolean site) {
            if (email != null) {
                emails.add(ContactDetails.email(email));
            }
            if (phone != null) {
                phones.add(ContactDetails.phone(phone));
            }
            if (url != null) {
                urls.add(ContactDetails.web(url));
                if (site) {
                    hosts.add(ContactDetails.host(url));
                }
            }
        }

        boolean has(ContactDetails.Found found) {
            return switch (found.kind()) {
                case EMAIL -> emails.contains(ContactDetails.email(found.value()));
                case PHONE -> phones.contains(ContactDetails.phone(found.value()));
                case WEB -> urls.contains(ContactDetails.web(found.value()))
                        || hosts.contains(ContactDetails.host(found.value()));
            };
        }

        String whose(ContactDetails.Kind kind) {
            return kind == ContactDetails.Kind.WEB
                    ? "on the controller's website, the supervisory authority's or a declared contact's url"
                    : "a declared contact's " + (kind == ContactDetails.Kind.EMAIL ? "email" : "phone");
        }
    }
}
