package io.github.policyc.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.diff.Change.Kind;
import io.github.policyc.diff.TextChange.Line;
import io.github.policyc.diff.TextChange.Line.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionChangesTest {

    private static final Change NEW_PURPOSE = new Change(Kind.PURPOSE_ADDED, "purpose 'events' (Events)", "new purpose", true);
    private static final Change LONGER = new Change(Kind.RETENTION_LONGER, "purpose 'orders' (Orders)",
            "now keeps data for 5 years instead of 24 months", true);
    private static final Change OTHER_PURPOSE = new Change(Kind.PURPOSE_ADDED, "purpose 'jobs' (Jobs)", "new purpose", true);
    private static final Change NEW_EMAIL = new Change(Kind.CONTACT_CHANGED, "contact 'dpo' (DPO)", "email changed", false);
    private static final Change NO_RIGHT = new Change(Kind.RIGHT_REMOVED, "right 'access' (Access)", "gone", false);
    private static final TextChange WORDING = new TextChange("the body of section 'intro' (Introduction)",
            List.of(new Line(Type.REMOVED, "old"), new Line(Type.ADDED, "new")));

    private static VersionChanges of(List<Change> changes, List<TextChange> text) {
        return new VersionChanges("1", "2", changes, text);
    }

    @Test
    void namesEachKindOfMaterialChangeOnceAndCountsTheRest() {
        VersionChanges changes = of(List.of(NEW_PURPOSE, NEW_EMAIL, LONGER, OTHER_PURPOSE), List.of(WORDING));

        assertThat(changes.summary())
                .isEqualTo("3 material changes: new purpose, longer retention; 1 other change; reworded text.");
        assertThat(changes.material()).isTrue();
    }

    @Test
    void saysWhenNoChangeIsMaterial() {
        assertThat(of(List.of(NEW_EMAIL, NO_RIGHT), List.of()).summary())
                .isEqualTo("2 changes, none material: contact details changed, right removed.");
        assertThat(of(List.of(NEW_EMAIL), List.of()).material()).isFalse();
    }

    @Test
    void saysWhenOnlyTheWordingChanged() {
        assertThat(of(List.of(), List.of(WORDING)).summary()).isEqualTo("Wording only.");
        assertThat(of(List.of(LONGER), List.of()).summary()).isEqualTo("1 material change: longer retention.");
        assertThat(of(List.of(), List.of()).summary()).isEqualTo("No changes.");
    }
}
