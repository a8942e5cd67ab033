package io.github.policyc.diff.internal;

import io.github.policyc.diff.Change;
import io.github.policyc.diff.Change.Kind;
import io.github.policyc.model.LawfulBasis;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Purpose;
import io.github.policyc.model.Ref;
import io.github.policyc.model.SpecialCategoryCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Purposes added or removed, and for each purpose that stayed: the categories of data it uses, its
 * lawful basis, its retention and its recipients.
 *
 * <p>Material: a new purpose, a new category or recipient for a purpose, and a different lawful basis
 * (it decides which rights readers have: to withdraw consent, to object, to portability).
 */
public final class PurposeComparison implements Comparison {

    @Override
    public void compare(PolicyModel older, PolicyModel newer, List<Change> out) {
        for (Pair<Purpose> pair : Pair.match(older.purposes(), newer.purposes(), Purpose::id)) {
            String subject = Subjects.purpose(pair.current());
            if (pair.added()) {
                out.add(new Change(Kind.PURPOSE_ADDED, subject, added(newer, pair.newer()), true));
            } else if (pair.removed()) {
                out.add(new Change(Kind.PURPOSE_REMOVED, subject, "removed: data is no longer used for this purpose",
                        false));
            } else {
                Purpose before = pair.older();
                Purpose after = pair.newer();
                categories(older, newer, before, after, subject, out);
                lawfulBasis(before, after, subject, out);
                specialCondition(before, after, subject, out);
                RetentionComparison.compare(before.retention(), after.retention(), subject).ifPresent(out::add);
                recipients(older, newer, before, after, subject, out);
            }
        }
    }

    /**
     * "new purpose: uses name and email address of customers, on the basis of consent, kept for 24 months,
     * shared with Mailchimp".
     */
    private static String added(PolicyModel model, Purpose purpose) {
        List<String> parts = new ArrayList<>();
        if (!purpose.categories().isEmpty()) {
            String uses = "uses " + Words.list(labels(purpose.categories(), id -> category(model, id)));
            if (!purpose.subjects().isEmpty()) {
                uses += " of " + Words.list(labels(purpose.subjects(), id -> model.dataSubject(id)
                        .map(s -> Words.inSentence(s.label())).orElse(id)));
            }
            parts.add(uses);
        }
        if (purpose.lawfulBasis() != null) {
            parts.add("on the basis of " + Words.inSentence(purpose.lawfulBasis()));
        }
        if (purpose.retention() != null) {
            parts.add("kept " + Words.retention(purpose.retention()));
        }
        if (!purpose.recipients().isEmpty()) {
            parts.add("shared with " + Words.list(labels(purpose.recipients(), id -> recipient(model, id))));
        }
        return parts.isEmpty() ? "new purpose" : "new purpose: " + String.join(", ", parts);
    }

    private static void categories(PolicyModel older, PolicyModel newer, Purpose before, Purpose after,
                                   String subject, List<Change> out) {
        for (Pair<Ref> ref : Pair.match(before.categories(), after.categories(), Ref::id)) {
            if (ref.added()) {
                out.add(new Change(Kind.CATEGORY_ADDED, subject, "now also uses " + category(newer, ref.newer().id()),
                        true));
            } else if (ref.removed()) {
                out.add(new Change(Kind.CATEGORY_REMOVED, subject, "no longer uses " + category(older, ref.older().id()),
                        false));
            }
        }
    }

    /** "email address", "health information (special category data)". */
    private static String category(PolicyModel model, String id) {
        return model.dataCategory(id)
                .map(c -> Words.inSentence(c.label()) + (c.special() ? " (special category data)" : ""))
                .orElse(id);
    }

    private static void lawfulBasis(Purpose before, Purpose after, String subject, List<Change> out) {
        LawfulBasis was = before.lawfulBasis();
        LawfulBasis is = after.lawfulBasis();
        if (was == is) {
            return;
        }
        String summary;
        if (was == null) {
            summary = "now states its lawful basis: " + Words.inSentence(is);
        } else if (is == null) {
            summary = "no longer states its lawful basis (was " + Words.inSentence(was) + ")";
        } else {
            summary = "now relies on " + Words.inSentence(is) + " instead of " + Words.inSentence(was);
        }
        out.add(new Change(Kind.LAWFUL_BASIS_CHANGED, subject, summary, was != null));
    }

    /** The Art. 9(2) condition is the lawful basis for special category data, so it changes like one. */
    private static void specialCondition(Purpose before, Purpose after, String subject, List<Change> out) {
        SpecialCategoryCondition was = before.specialCondition();
        SpecialCategoryCondition is = after.specialCondition();
        if (was == is) {
            return;
        }
        String summary;
        if (was == null) {
            summary = "now states its condition for special category data: " + condition(is);
        } else if (is == null) {
            summary = "no longer states a condition for special category data (was " + condition(was) + ")";
        } else {
            summary = "now relies on " + condition(is) + " instead of " + condition(was)
                    + " for special category data";
        }
        out.add(new Change(Kind.LAWFUL_BASIS_CHANGED, subject, summary, was != null));
    }

    private static String condition(SpecialCategoryCondition condition) {
        return Words.inSentence(condition) + " (Art. " + condition.article() + ")";
    }

    private static void recipients(PolicyModel older, PolicyModel newer, Purpose before, Purpose after,
                                   String subject, List<Change> out) {
        for (Pair<Ref> ref : Pair.match(before.recipients(), after.recipients(), Ref::id)) {
            if (ref.added()) {
                out.add(new Change(Kind.RECIPIENT_ADDED, subject, "now shares data with "
                        + recipient(newer, ref.newer().id()), true));
            } else if (ref.removed()) {
                out.add(new Change(Kind.RECIPIENT_REMOVED, subject, "no longer shares data with "
                        + recipient(older, ref.older().id()), false));
            }
        }
    }

    private static String recipient(PolicyModel model, String id) {
        return model.recipient(id).map(r -> r.name()).orElse(id);
    }

    private static List<String> labels(List<Ref> refs, Function<String, String> label) {
        return refs.stream().map(Ref::id).map(label).toList();
    }
}
