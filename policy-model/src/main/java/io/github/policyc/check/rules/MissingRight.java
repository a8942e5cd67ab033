package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.model.Labelled;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.RightKind;
import java.util.EnumMap;
import java.util.Map;

/** PC607: a right of Art. 13(2)(b) that the policy does not explain. */
public final class MissingRight implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC607", "missing-right", Severity.ERROR, "0.1.0",
            "One of the rights of Art. 13(2)(b) is not explained.",
            "Art. 13(2)(b) (and 14(2)(c)) requires the policy to tell readers of their rights of access,"
                    + " rectification, erasure, restriction of processing, objection and data portability. Policies"
                    + " often cover some and drop others, typically restriction. Explain every one, even where it"
                    + " applies only to some purposes (say to which), under rights. The rule reports one finding"
                    + " per missing right.");

    /** The rights, named as the article names them; checked in the order of {@link RightKind}. */
    private static final Map<RightKind, String> REQUIRED = new EnumMap<>(Map.of(
            RightKind.ACCESS, "the right of access",
            RightKind.RECTIFICATION, "the right to rectification",
            RightKind.ERASURE, "the right to erasure",
            RightKind.RESTRICTION, "the right to restriction of processing",
            RightKind.OBJECTION, "the right to object",
            RightKind.PORTABILITY, "the right to data portability"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        PolicyModel model = context.model();
        for (Map.Entry<RightKind, String> required : REQUIRED.entrySet()) {
            RightKind kind = required.getKey();
            String name = required.getValue();
            if (model.right(kind).isEmpty()) {
                out.report(context.modelStart(), "13(2)(b): " + name + " is not explained",
                        "add rights: " + Labelled.yamlName(kind) + ", saying what the right means (Art. "
                                + kind.article() + ") and how to use it");
            }
        }
    }
}
