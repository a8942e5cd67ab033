package io.github.policyc.diff.internal;

import io.github.policyc.diff.TextChange;
import io.github.policyc.diff.TextChange.Line.Type;
import io.github.policyc.model.PolicyModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes to the prose of a policy: a line diff of every text that reads differently, matched
 * across versions by owner and field; text that came or went with its owner, a whole section for
 * instance, is all added or all removed.
 */
public final class TextComparison {

    private TextComparison() {
    }

    public static List<TextChange> between(PolicyModel older, PolicyModel newer) {
        List<TextChange> changes = new ArrayList<>();
        for (Pair<TextField> pair : Pair.match(TextField.of(older), TextField.of(newer), TextField::key)) {
            String where = pair.current().where();
            if (pair.added()) {
                if (!pair.newer().heading()) {
                    changes.add(new TextChange(where, LineDiff.whole(pair.newer().text(), Type.ADDED)));
                }
            } else if (pair.removed()) {
                if (!pair.older().heading()) {
                    changes.add(new TextChange(where, LineDiff.whole(pair.older().text(), Type.REMOVED)));
                }
            } else if (!Reading.same(pair.older().text(), pair.newer().text())) {
                changes.add(new TextChange(where, LineDiff.between(pair.older().text(), pair.newer().text())));
            }
        }
        return changes;
    }
}
