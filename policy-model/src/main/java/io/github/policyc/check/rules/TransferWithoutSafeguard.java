package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.model.Country;
import io.github.policyc.model.Labelled;
import io.github.policyc.model.Recipient;
import io.github.policyc.model.Safeguard;
import java.util.Arrays;
import java.util.List;

/** PC605: a recipient outside the UK without a transfer safeguard (GDPR Art. 13(1)(f)). */
public final class TransferWithoutSafeguard implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC605", "transfer-safeguard", Severity.ERROR, "0.1.0",
            "A recipient processes data outside the UK, but no transfer safeguard is named.",
            "Art. 13(1)(f) requires the policy to say when data is transferred to a third country and on which"
                    + " safeguard the transfer rests: adequacy regulations, the International Data Transfer"
                    + " Agreement, the UK Addendum, binding corporate rules, or an Art. 49 derogation. The model"
                    + " is written for a UK controller, so any country other than GB, and the regions EEA and"
                    + " worldwide, count as third countries. Set transfer.safeguard on the recipient (adequacy"
                    + " for the EEA).");

    private static final String SAFEGUARDS = String.join(", ", Arrays.stream(Safeguard.values())
            .map(Labelled::yamlName).toList());

    private static final String HOME = "GB";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        for (Recipient recipient : context.model().recipients()) {
            List<String> abroad = recipient.countries().stream().map(Country::code).filter(c -> !c.equals(HOME))
                    .toList();
            if (!abroad.isEmpty() && recipient.transfer() == null) {
                out.report(recipient.at(), "13(1)(f): recipient '" + recipient.id() + "' processes data outside the"
                                + " UK (" + String.join(", ", abroad) + ") but names no transfer safeguard",
                        "set transfer.safeguard to one of " + SAFEGUARDS);
            }
        }
    }
}
