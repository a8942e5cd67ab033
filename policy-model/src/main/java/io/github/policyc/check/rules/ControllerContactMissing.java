package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.model.Contact;
import io.github.policyc.model.Controller;
import io.github.policyc.model.PolicyModel;
import java.util.Optional;

/** PC204: readers have no way to reach the controller, or its designated data protection officer. */
public final class ControllerContactMissing implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC204", "controller-contact-missing", Severity.ERROR, "0.1.0",
            "Readers have no way to reach the controller, or its data protection officer.",
            "Art. 13(1)(a) requires the controller's contact details, and 13(1)(b) those of its data protection"
                    + " officer where one is designated. The rule is about the details being there and usable: it"
                    + " reports a controller with neither a contact that has a channel nor an address, and a"
                    + " designated data protection officer (controller.dpo) whose contact has no channel. Set"
                    + " controller.contact to a contact with an email, phone, url or address, or give the"
                    + " controller's address; give the officer's contact a channel.");

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
        if (contact.filter(Contact::hasChannel).isEmpty() && controller.address().isEmpty()) {
            if (contact.isEmpty()) {
                out.report(controller.at(), "13(1)(a): the controller '" + controller.name() + "' has no contact and"
                                + " no address, so readers cannot reach it",
                        "set controller.contact to a contact with an email, phone, url or address, or give the"
                                + " controller's address");
            } else {
                out.report(controller.contact().at(), "13(1)(a): the controller's contact '" + contact.get().id()
                                + "' has no channel and the controller has no address, so readers cannot reach it",
                        "give contact '" + contact.get().id() + "' an email, phone, url or address, or give the"
                                + " controller's address");
            }
        }
        if (controller.dpo() != null) {
            model.contact(controller.dpo().id()).filter(dpo -> !dpo.hasChannel()).ifPresent(dpo ->
                    out.report(controller.dpo().at(), "13(1)(b): the data protection officer, contact '" + dpo.id()
                                    + "' (" + dpo.role() + "), has no channel",
                            "give contact '" + dpo.id() + "' an email, phone, url or address"));
        }
    }
}
