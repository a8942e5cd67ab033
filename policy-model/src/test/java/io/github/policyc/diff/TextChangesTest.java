package io.github.policyc.diff;

import static io.github.policyc.diff.Versions.BASE;
import static io.github.policyc.diff.Versions.between;
import static io.github.policyc.diff.Versions.edit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.diff.TextChange.Line;
import io.github.policyc.diff.TextChange.Line.Type;
import io.github.policyc.load.PolicyLoader;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.render.json.JsonExporter;
import io.github.policyc.testing.Models;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Changes to the prose of a policy, matched by owner and field. */
class TextChangesTest {

    private static final String BODY = """
                  This policy explains how we use your data.
            """;
    private static final String SECURITY = """
              - id: security
                title: Keeping your data safe
                body: |
                  We encrypt your data.

                  Only our staff can read it.
            """;

    @TempDir
    Path dir;

    @Test
    void diffsAChangedSectionBodyLineByLine() {
        String older = edit(BASE, BODY, BODY + "\n      We never sell it.\n\n      Ask us anything.\n");
        String newer = edit(BASE, BODY, BODY + "\n      We never sell it or give it away.\n\n      Ask us anything.\n");

        assertThat(between(dir, older, newer).text()).containsExactly(new TextChange(
                "the body of section 'intro' (Introduction)", List.of(
                        new Line(Type.CONTEXT, "This policy explains how we use your data."),
                        new Line(Type.CONTEXT, ""),
                        new Line(Type.REMOVED, "We never sell it."),
                        new Line(Type.ADDED, "We never sell it or give it away."),
                        new Line(Type.CONTEXT, ""),
                        new Line(Type.CONTEXT, "Ask us anything."))));
    }

    @Test
    void aSectionAddedIsAllAddedAndOneRemovedAllRemoved() {
        String withSecurity = BASE + SECURITY;
        List<Line> security = List.of(
                new Line(Type.ADDED, "We encrypt your data."),
                new Line(Type.ADDED, ""),
                new Line(Type.ADDED, "Only our staff can read it."));

        assertThat(between(dir, BASE, withSecurity).text()).containsExactly(
                new TextChange("the body of section 'security' (Keeping your data safe)", security));
        assertThat(between(dir, withSecurity, BASE).text()).containsExactly(
                new TextChange("the body of section 'security' (Keeping your data safe)", security.stream()
                        .map(line -> new Line(Type.REMOVED, line.text())).toList()));
    }

    @Test
    void aRetitledSectionShowsItsTitle() {
        String newer = edit(BASE, "title: Introduction", "title: About this policy");

        assertThat(between(dir, BASE, newer).text()).containsExactly(new TextChange(
                "the title of section 'intro' (About this policy)", List.of(
                        new Line(Type.REMOVED, "Introduction"), new Line(Type.ADDED, "About this policy"))));
    }

    @Test
    void aParagraphWrappedDifferentlyIsNoChange() {
        String newer = edit(BASE, "      This policy explains how we use your data.\n",
                "      This policy explains\n      how we use your data.   \n\n\n");

        VersionChanges changes = between(dir, BASE, newer);

        assertThat(changes.isEmpty()).isTrue();
    }

    @Test
    void proseOfEveryPartIsComparedInModelOrder() {
        String newer = edit(edit(edit(BASE,
                "This policy explains how we use your data.", "This policy explains what we do with your data."),
                "We use your details to deliver your order.", "We use your details to deliver and invoice your order."),
                "privacy: { role: Privacy team, email: privacy@test.example }",
                "privacy: { role: Privacy team, email: privacy@test.example, description: For any question. }");

        assertThat(between(dir, BASE, newer).text()).extracting(TextChange::where).containsExactly(
                "the description of contact 'privacy' (Privacy team)",
                "the description of purpose 'orders' (Orders)",
                "the body of section 'intro' (Introduction)");
    }

    /** A frozen version is its policy.json, loaded as a model: it must not differ from the YAML it came from. */
    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/models/full/policy.yaml", "../site-src/src/policy/policy.yaml"})
    void aSnapshotLoadedFromPolicyJsonSaysTheSameAsItsSource(String model) throws Exception {
        PolicyModel source = PolicyLoader.create().load(Path.of(model));
        Path snapshot = Models.write(dir, "history/" + source.policy().version() + ".json", JsonExporter.write(source));

        VersionChanges changes = new PolicyDiff().between(PolicyLoader.create().load(snapshot), source);

        assertThat(changes.changes()).isEmpty();
        assertThat(changes.text()).isEmpty();
    }
}
