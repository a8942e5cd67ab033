package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.model.Contact;

/** PC201: a contact readers cannot reach. */
public final class ContactWithoutChannel implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC201", "contact-without-channel", Severity.ERROR, "0.1.0",
            "A contact has no email address, phone number, web address or postal address.",
            "A policy that tells readers to contact someone must say how. A contact with no channel, like"
                    + " \"speak with HR\" with no way to reach HR, leaves readers unable to use their rights."
                    + " Give the contact at least one of email, phone, url or address.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        for (Contact contact : context.model().contacts()) {
            if (!contact.hasChannel()) {
                out.report(contact.at(), "contact '" + contact.id() + "' (" + contact.role() + ") has no way to reach it",
                        "add an email, phone, url or address");
            }
        }
    }
}
