package io.github.policyc.diff.internal;

import io.github.policyc.diff.Change;
import io.github.policyc.diff.Change.Kind;
import io.github.policyc.model.Controller;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Ref;
import java.util.List;
import java.util.Objects;

/**
 * Changes to who the controller is and how it is identified. A different company number is material:
 * another legal entity now controls the data, which is as new to readers as a new recipient. A new
 * name, address or contact for the same company is not.
 */
public final class ControllerComparison implements Comparison {

    @Override
    public void compare(PolicyModel older, PolicyModel newer, List<Change> out) {
        Controller before = older.controller();
        Controller after = newer.controller();
        String subject = Subjects.controller(after);
        add(out, subject, "legal name", before.name(), after.name(), false);
        add(out, subject, "short name", before.shortName(), after.shortName(), false);
        add(out, subject, "company number", before.companyNumber(), after.companyNumber(),
                before.companyNumber() != null && after.companyNumber() != null);
        add(out, subject, "place of registration", before.registeredIn(), after.registeredIn(), false);
        add(out, subject, "registered office", address(before.address()), address(after.address()), false);
        add(out, subject, "website", before.website(), after.website(), false);
        addContact(out, subject, "contact for questions about your data", older, before.contact(), newer,
                after.contact());
        addContact(out, subject, "data protection officer", older, before.dpo(), newer, after.dpo());
    }

    /** A different contact, compared by id: a contact's own changes are reported with the contact. */
    private static void addContact(List<Change> out, String subject, String what, PolicyModel older, Ref before,
                                   PolicyModel newer, Ref after) {
        if (!Objects.equals(before == null ? null : before.id(), after == null ? null : after.id())) {
            out.add(new Change(Kind.CONTROLLER_CHANGED, subject,
                    Words.changed(what, contact(older, before), contact(newer, after)), false));
        }
    }

    private static void add(List<Change> out, String subject, String what, String before, String after,
                            boolean material) {
        if (!Objects.equals(before, after)) {
            out.add(new Change(Kind.CONTROLLER_CHANGED, subject, Words.changed(what, before, after), material));
        }
    }

    private static String address(List<String> lines) {
        return lines.isEmpty() ? null : Words.address(lines);
    }

    /** A contact by the role readers know it by, such as "Data Protection Officer (dpo)". */
    static String contact(PolicyModel model, Ref ref) {
        if (ref == null) {
            return null;
        }
        return model.contact(ref.id()).map(c -> c.role() + " (" + c.id() + ")").orElse(ref.id());
    }
}
