package io.github.policyc.diff.internal;

import io.github.policyc.diff.Change;
import io.github.policyc.diff.Change.Kind;
import io.github.policyc.model.Country;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Recipient;
import io.github.policyc.model.Safeguard;
import io.github.policyc.model.Transfer;
import java.util.List;

/**
 * Recipients of the policy added or removed, and their transfers to third countries: a recipient
 * newly processing data outside the UK, or in a new country, is a material change; a transfer ended,
 * or a different safeguard for the same transfers, is not (whether a safeguard is adequate is for the
 * checks to say).
 */
public final class RecipientComparison implements Comparison {

    private static final String UK = "GB";

    @Override
    public void compare(PolicyModel older, PolicyModel newer, List<Change> out) {
        for (Pair<Recipient> pair : Pair.match(older.recipients(), newer.recipients(), Recipient::id)) {
            String subject = Subjects.recipient(pair.current());
            if (pair.added()) {
                out.add(new Change(Kind.RECIPIENT_ADDED, subject, "new recipient: " + pair.newer().name() + ", "
                        + Words.role(pair.newer().role()), true));
            } else if (pair.removed()) {
                out.add(new Change(Kind.RECIPIENT_REMOVED, subject, "no longer receives data", false));
            }
            transfers(pair, subject, out);
        }
    }

    private static void transfers(Pair<Recipient> pair, String subject, List<Change> out) {
        List<Country> before = abroad(pair.older());
        List<Country> after = abroad(pair.newer());
        List<Country> added = after.stream().filter(c -> !before.contains(c)).toList();
        List<Country> removed = before.stream().filter(c -> !after.contains(c)).toList();
        if (!added.isEmpty()) {
            out.add(new Change(Kind.TRANSFER_ADDED, subject, "now processes data " + Words.places(added) + " ("
                    + safeguard(pair.newer()) + ")", true));
        }
        if (!removed.isEmpty()) {
            out.add(new Change(Kind.TRANSFER_REMOVED, subject, "no longer processes data " + Words.places(removed),
                    false));
        }
        Safeguard was = safeguardOf(pair.older());
        Safeguard is = safeguardOf(pair.newer());
        // Where transfers start or end, the changes above say so; this is for transfers that go on.
        if (!before.isEmpty() && !after.isEmpty() && was != is) {
            out.add(new Change(Kind.TRANSFER_CHANGED, subject, Words.changed("transfer safeguard", label(was),
                    label(is)), false));
        }
    }

    /** Where a recipient processes data outside the UK; nowhere for a recipient that is not there. */
    private static List<Country> abroad(Recipient recipient) {
        return recipient == null ? List.of()
                : recipient.countries().stream().filter(c -> !c.code().equals(UK)).distinct().toList();
    }

    private static Safeguard safeguardOf(Recipient recipient) {
        Transfer transfer = recipient == null ? null : recipient.transfer();
        return transfer == null ? null : transfer.safeguard();
    }

    private static String safeguard(Recipient recipient) {
        Safeguard safeguard = safeguardOf(recipient);
        return safeguard == null ? "no safeguard stated" : "safeguard: " + Words.inSentence(safeguard);
    }

    private static String label(Safeguard safeguard) {
        return safeguard == null ? null : Words.inSentence(safeguard);
    }
}
