package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.model.Contact;
import io.github.policyc.model.Controller;

/** PC601: a controller with no contact details at all (GDPR Art. 13(1)(a)). */
public final class ControllerWithoutContactDetails implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC601", "controller-identity", Severity.ERROR, "0.1.0",
            "The controller has no contact details: no address and no contact that can be reached.",
            "Art. 13(1)(a) requires the identity and the contact details of the controller. The loader already"
                    + " requires its legal name; this rule reports a controller that gives neither a postal"
                    + " address nor a contact with an email, phone, web or postal channel, which leaves readers"
                    + " no way to reach the organisation responsible for their data. Give the controller its"
                    + " registered address, or a contact readers can reach.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        Controller controller = context.model().controller();
        boolean reachable = controller.contact() != null
                && context.model().contact(controller.contact().id()).map(Contact::hasChannel).orElse(false);
        if (controller.address().isEmpty() && !reachable) {
            out.report(controller.at(), "13(1)(a): the controller '" + controller.name()
                            + "' gives no contact details: no address and no contact that can be reached",
                    "give the controller its address, or a contact with an email, phone, url or address");
        }
    }
}
