package io.github.policyc.diff.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import io.github.policyc.diff.TextChange;
import io.github.policyc.diff.TextChange.Line;
import io.github.policyc.diff.TextChange.Line.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Line diffs of prose for readers: the lines removed and added, with {@link #CONTEXT} unchanged lines
 * around them; longer unchanged stretches between two changes are left out and marked by one
 * {@link TextChange#OMITTED} line.
 */
public final class LineDiff {

    /** Unchanged lines shown before and after each change. */
    public static final int CONTEXT = 2;

    /** Lines that differ only in white space at their end look the same to readers. */
    private static final BiPredicate<String, String> SAME_LINE = (a, b) -> a.stripTrailing().equals(b.stripTrailing());

    private LineDiff() {
    }

    /** The diff from {@code older} to {@code newer}, which should differ. */
    public static List<Line> between(String older, String newer) {
        List<String> before = Lines.of(older);
        List<String> after = Lines.of(newer);
        List<Line> lines = withContext(lines(before, after, SAME_LINE));
        // Trailing spaces can matter after all (two make a hard line break): then show them.
        return lines.isEmpty() ? withContext(lines(before, after, String::equals)) : lines;
    }

    private static List<Line> lines(List<String> before, List<String> after, BiPredicate<String, String> same) {
        List<Line> all = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after, new MyersDiff<>(same), null, true)
                .getDeltas()) {
            if (delta.getType() == DeltaType.EQUAL) {
                // The newer text, which readers will see from now on.
                delta.getTarget().getLines().forEach(text -> all.add(new Line(Type.CONTEXT, text)));
            } else {
                delta.getSource().getLines().forEach(text -> all.add(new Line(Type.REMOVED, text)));
                delta.getTarget().getLines().forEach(text -> all.add(new Line(Type.ADDED, text)));
            }
        }
        return all;
    }

    /** Every line of a text that came or went as a whole. */
    public static List<Line> whole(String text, Type type) {
        return Lines.of(text).stream().map(line -> new Line(type, line)).toList();
    }

    /** Keeps the context lines near a change, and marks longer gaps between changes. */
    private static List<Line> withContext(List<Line> all) {
        boolean[] shown = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).type() != Type.CONTEXT) {
                for (int j = Math.max(0, i - CONTEXT); j <= Math.min(all.size() - 1, i + CONTEXT); j++) {
                    shown[j] = true;
                }
            }
        }
        int first = 0;
        while (first < all.size() && !shown[first]) {
            first++;
        }
        int last = all.size() - 1;
        while (last >= 0 && !shown[last]) {
            last--;
        }
        List<Line> lines = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            if (shown[i]) {
                lines.add(all.get(i));
                continue;
            }
            int gapEnd = i;
            while (!shown[gapEnd + 1]) {
                gapEnd++;
            }
            // A gap of one line takes no more room shown than marked.
            lines.add(gapEnd == i ? all.get(i) : new Line(Type.CONTEXT, TextChange.OMITTED));
            i = gapEnd;
        }
        return lines;
    }
}
