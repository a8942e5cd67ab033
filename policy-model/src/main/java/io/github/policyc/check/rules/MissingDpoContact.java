package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.model.Contact;
import io.github.policyc.model.Controller;
import io.github.policyc.model.PolicyModel;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** PC602: a data protection officer the policy does not present as such, or cannot be reached (Art. 13(1)(b)). */
public final class MissingDpoContact implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC602", "dpo-contact", Severity.WARNING, "0.1.0",
            "A data protection officer is not declared as the controller's dpo, or has no contact details.",
            "Where a data protection officer is designated, Art. 13(1)(b) requires the DPO's contact details."
                    + " The rule reports a contact whose id or role says it is a data protection officer (\"dpo\","
                    + " \"Data Protection Officer\") while controller.dpo is not set or names a contact that is not"
                    + " one, and a declared dpo with no email, phone, url or address. A policy without a DPO is not"
                    + " reported: many organisations need not designate one. Set controller.dpo to the DPO's"
                    + " contact and give it a channel.");

    private static final Pattern DPO_ROLE = Pattern.compile("\\bdata\\s+protection\\s+officer\\b|\\bDPO\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        PolicyModel model = context.model();
        Controller controller = model.controller();
        Optional<Contact> declared = controller.dpo() == null ? Optional.empty()
                : model.contact(controller.dpo().id());
        if (declared.isPresent() && !declared.get().hasChannel()) {
            out.report(controller.dpo().at(), "13(1)(b): the data protection officer '" + declared.get().id()
                    + "' has no contact details", "give contact '" + declared.get().id()
                    + "' an email, phone, url or address");
        }
        if (declared.isPresent() && isDpo(declared.get())) {
            return; // a second DPO-like contact, such as a group's or an EU DPO, is not a mistake
        }
        for (Contact contact : model.contacts()) {
            if (isDpo(contact) && declared.map(d -> !d.id().equals(contact.id())).orElse(true)) {
                out.report(contact.at(), "13(1)(b): contact '" + contact.id() + "' (" + contact.role()
                                + ") is not declared as the controller's data protection officer",
                        "set controller.dpo: " + contact.id() + ", so that the policy presents it as the DPO");
            }
        }
    }

    /** Whether the contact's id or role says it is a data protection officer. */
    static boolean isDpo(Contact contact) {
        return Arrays.asList(contact.id().toLowerCase(Locale.ROOT).split("[-_.]")).contains("dpo")
                || DPO_ROLE.matcher(contact.role()).find();
    }
}
