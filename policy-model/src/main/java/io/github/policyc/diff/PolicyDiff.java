package io.github.policyc.diff;

import io.github.policyc.diff.internal.Comparison;
import io.github.policyc.diff.internal.ContactComparison;
import io.github.policyc.diff.internal.ControllerComparison;
import io.github.policyc.diff.internal.CookieComparison;
import io.github.policyc.diff.internal.PurposeComparison;
import io.github.policyc.diff.internal.RecipientComparison;
import io.github.policyc.diff.internal.RightComparison;
import io.github.policyc.diff.internal.TextComparison;
import io.github.policyc.model.PolicyModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Works out what changed between two versions of a policy as meaning — a purpose added, data kept
 * longer, a new recipient abroad — and as wording, in line diffs of the prose.
 *
 * <p>Parts are matched across versions by id (purposes, recipients, contacts, rights, sections), and
 * cookies by name. Changes come in model order: controller, contacts, purposes, recipients and their
 * transfers, rights, cookies; within each, the newer version's order, with removed parts where they
 * stood. The same two models always give the same changes.
 *
 * <p>A change is <em>material</em> when readers may need to be told, or asked for consent, again:
 * <ul>
 *   <li>a new purpose, a new category of data or a new recipient for a purpose, a new recipient;</li>
 *   <li>a different lawful basis, or Art. 9(2) condition: it decides which rights readers have (to
 *       withdraw consent, to object, to portability); a basis stated where none was is not material;</li>
 *   <li>a longer retention period; any retention change that cannot be ordered — the event it counts
 *       from changed, a period added or dropped, or retention no longer stated — because policyc cannot
 *       show that data is not kept longer; changed criteria only when they are all the retention says;</li>
 *   <li>a recipient newly processing data outside the UK, or in a new country;</li>
 *   <li>a different company number of the controller: another legal entity now holds the data;</li>
 *   <li>a new cookie that is not strictly necessary, and for such a cookie a longer life, another
 *       purpose, category, provider or party: each asks for a consent visitors have not given.</li>
 * </ul>
 * Removals, shorter periods, new contact details, rights and wording are not material.
 *
 * <p>Prose that reads the same is not reported: line ends, trailing white space and a paragraph
 * wrapped over other lines change the Markdown source but not the page. Lines are compared without
 * their trailing white space, and each change is shown with {@value
 * io.github.policyc.diff.internal.LineDiff#CONTEXT} lines of context.
 *
 * @since 0.1.0
 */
public final class PolicyDiff implements ChangeDetector {

    /** In model order. */
    private static final List<Comparison> COMPARISONS = List.of(
            new ControllerComparison(),
            new ContactComparison(),
            new PurposeComparison(),
            new RecipientComparison(),
            new RightComparison(),
            new CookieComparison());

    @Override
    public VersionChanges between(PolicyModel older, PolicyModel newer) {
        List<Change> changes = new ArrayList<>();
        for (Comparison comparison : COMPARISONS) {
            comparison.compare(older, newer, changes);
        }
        return new VersionChanges(older.policy().version(), newer.policy().version(), changes,
                TextComparison.between(older, newer));
    }
}
