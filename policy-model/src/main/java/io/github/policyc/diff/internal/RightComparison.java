package io.github.policyc.diff.internal;

import io.github.policyc.diff.Change;
import io.github.policyc.diff.Change.Kind;
import io.github.policyc.model.Labelled;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Prose;
import io.github.policyc.model.Ref;
import io.github.policyc.model.Right;
import java.util.List;
import java.util.Objects;

/**
 * Rights the policy explains, added or removed, and changes to whom readers contact to exercise them
 * or to how they are explained. None is material: the rights are the law's, not the policy's.
 */
public final class RightComparison implements Comparison {

    @Override
    public void compare(PolicyModel older, PolicyModel newer, List<Change> out) {
        for (Pair<Right> pair : Pair.match(older.rights(), newer.rights(), r -> Labelled.yamlName(r.kind()))) {
            String subject = Subjects.right(pair.current());
            if (pair.added()) {
                out.add(new Change(Kind.RIGHT_ADDED, subject, "the policy now explains this right", false));
            } else if (pair.removed()) {
                out.add(new Change(Kind.RIGHT_REMOVED, subject, "the policy no longer explains this right", false));
            } else {
                Right before = pair.older();
                Right after = pair.newer();
                if (!Objects.equals(id(before.contact()), id(after.contact()))) {
                    out.add(new Change(Kind.RIGHT_CHANGED, subject, Words.changed("contact",
                            ControllerComparison.contact(older, before.contact()),
                            ControllerComparison.contact(newer, after.contact())), false));
                }
                if (!Reading.same(text(before.description()), text(after.description()))) {
                    out.add(new Change(Kind.RIGHT_CHANGED, subject, "explained differently", false));
                }
                if (!Reading.same(text(before.exercise()), text(after.exercise()))) {
                    out.add(new Change(Kind.RIGHT_CHANGED, subject, "new instructions for exercising it", false));
                }
            }
        }
    }

    private static String id(Ref ref) {
        return ref == null ? null : ref.id();
    }

    private static String text(Prose prose) {
        return prose == null ? "" : prose.text();
    }
}
