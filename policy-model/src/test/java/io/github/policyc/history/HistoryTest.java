package io.github.policyc.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyc.diff.Change;
import io.github.policyc.diff.ChangeDetector;
import io.github.policyc.diff.TextChange;
import io.github.policyc.diff.VersionChanges;
import io.github.policyc.load.LoadedPolicy;
import io.github.policyc.load.ModelException;
import io.github.policyc.load.PolicyLoader;
import io.github.policyc.load.Problem;
import io.github.policyc.render.json.ContentHash;
import io.github.policyc.render.json.JsonExporter;
import io.github.policyc.testing.Models;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {

    /** A detector that finds nothing, for tests about the history itself. */
    private static final ChangeDetector NOTHING = (a, b) ->
            new VersionChanges(a.policy().version(), b.policy().version(), List.of(), List.of());

    @TempDir
    Path dir;

    private PolicyLoader loader;
    private Path history;

    @BeforeEach
    void paths() {
        loader = PolicyLoader.create().withDisplayRoot(dir);
        history = dir.resolve("history");
    }

    @Test
    void aMissingDirectoryIsAnEmptyHistory() throws Exception {
        assertThat(History.read(history, loader).versions()).isEmpty();
    }

    @Test
    void readsEveryReleasedVersionInTheOrderTheyTookEffect() throws Exception {
        release("2024.10", "2024-10-01");
        release("2024.9", "2024-09-01");
        release("2023.1", "2023-01-15");
        release("2024.9-fix", "2024-09-01");
        Files.writeString(history.resolve("notes.txt"), "not a version");
        Files.writeString(history.resolve(".2025.1.json.123.tmp"), "a release being written");

        History read = History.read(history, loader);

        assertThat(read.versions()).extracting(PolicyVersion::version)
                .containsExactly("2023.1", "2024.9", "2024.9-fix", "2024.10");
        assertThat(read.versions()).allMatch(PolicyVersion::released);
        PolicyVersion first = read.versions().get(0);
        assertThat(first.policyJson()).isEqualTo(Files.readString(history.resolve("2023.1.json")));
        assertThat(first.contentHash()).startsWith("sha256:").isEqualTo(ContentHash.declared(first.policyJson()).get());
    }

    @Test
    void aVersionEditedAfterItsReleaseIsAnError() throws Exception {
        Path file = release("2024.03", "2024-03-01");
        Files.writeString(file, Files.readString(file).replace("Test Ltd", "Test Limited"));

        assertProblems(() -> History.read(history, loader)).containsExactly("history/2024.03.json:1:1: this version"
                + " was changed after its release (its content no longer matches its contentHash); restore it, and"
                + " make changes in a new version");
    }

    @Test
    void aCheckoutWithWindowsLineEndsIsNotAnEdit() throws Exception {
        Path file = release("2024.03", "2024-03-01");
        Files.writeString(file, Files.readString(file).replace("\n", "\r\n"));

        assertThat(History.read(history, loader).versions()).hasSize(1);
    }

    @Test
    void aFileWithoutAContentHashIsNotAReleasedVersion() throws Exception {
        Path file = release("2024.03", "2024-03-01");
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^  \"contentHash\".*\n", ""));

        assertProblems(() -> History.read(history, loader)).containsExactly("history/2024.03.json:1:1: this file has"
                + " no contentHash as policyc:release writes it, so it cannot be verified as a released version;"
                + " restore the file as it was released, or remove it if it was never released");
    }

    @Test
    void aFileMustBeNamedAfterItsVersion() throws Exception {
        Path file = release("2024.03", "2024-03-01");
        Files.move(file, history.resolve("march.json"));

        assertProblems(() -> History.read(history, loader)).containsExactly("history/march.json:" + versionAt(
                history.resolve("march.json")) + ": this file releases version 2024.03 but is named march.json; a"
                + " released version is kept as <version>.json (rename it to 2024.03.json)");
    }

    @Test
    void aVersionIsReleasedOnce() throws Exception {
        Path copy = Files.copy(release("2024.03", "2024-03-01"), history.resolve("2024.03-copy.json"));
        String copyAt = versionAt(copy);

        assertProblems(() -> History.read(history, loader)).containsExactly("history/2024.03-copy.json:" + copyAt
                + ": version 2024.03 is released twice, here and in history/2024.03.json; a version is released once"
                + " (remove the copy that is not the one that was published)");
    }

    @Test
    void aFileThatDoesNotLoadReportsItsProblems() throws Exception {
        Files.createDirectories(history);
        Files.writeString(history.resolve("2024.03.json"), "{ \"policy\": ");

        assertProblems(() -> History.read(history, loader)).hasSize(2)
                .allMatch(p -> p.startsWith("history/2024.03.json:"))
                .anyMatch(p -> p.startsWith("history/2024.03.json:1:1: this file has no contentHash"));
    }

    @Test
    void theCurrentModelJoinsAsTheNewestVersion() throws Exception {
        release("1", "2024-01-01");
        release("2", "2024-02-01");
        List<String> compared = new ArrayList<>();
        ChangeDetector recording = (a, b) -> {
            compared.add(a.policy().version() + "->" + b.policy().version());
            return NOTHING.between(a, b);
        };

        Timeline timeline = History.read(history, loader).timeline(current("3", "2024-03-01", ""), recording);

        assertThat(timeline.versions()).extracting(PolicyVersion::version).containsExactly("1", "2", "3");
        assertThat(timeline.current()).isSameAs(timeline.latest());
        assertThat(timeline.current().released()).isFalse();
        assertThat(compared).containsExactly("1->2", "2->3");
        assertThat(timeline.changes()).extracting(VersionChanges::to).containsExactly("2", "3");
        assertThat(timeline.changesTo(0)).isNull();
        assertThat(timeline.changesTo(2).from()).isEqualTo("2");
    }

    @Test
    void aReleasedCurrentVersionIsPublishedOnceAsReleased() throws Exception {
        release("1", "2024-01-01");

        Timeline timeline = History.read(history, loader).timeline(current("1", "2024-01-01", ""), NOTHING);

        assertThat(timeline.versions()).hasSize(1);
        assertThat(timeline.current().released()).isTrue();
        assertThat(timeline.changes()).isEmpty();
    }

    @Test
    void aReleasedVersionWithOtherContentMustBeBumpedAndSaysWhatDiffers() throws Exception {
        release("2024.03", "2024-03-01");
        LoadedPolicy changed = current("2024.03", "2024-03-01", "  website: https://test.example\n");
        ChangeDetector detector = (a, b) -> new VersionChanges("2024.03", "2024.03",
                List.of(new Change(Change.Kind.CONTROLLER_CHANGED, "the controller", "now names its website", false),
                        new Change(Change.Kind.PURPOSE_ADDED, "purpose 'events' (Events)", "added", true)),
                List.of());

        assertProblems(() -> History.read(history, loader).timeline(changed, detector)).containsExactly(
                "policy.yaml:4:12: version 2024.03 is already released with different content; bump the version"
                        + " (policy.version) to publish these changes. What differs: the controller: now names its"
                        + " website; purpose 'events' (Events): added");
    }

    @Test
    void aWordingChangeUnderAReleasedVersionSaysWhere() throws Exception {
        release("2024.03", "2024-03-01");
        LoadedPolicy changed = current("2024.03", "2024-03-01", "  website: https://test.example\n");
        ChangeDetector wording = (a, b) -> new VersionChanges("2024.03", "2024.03", List.of(),
                List.of(new TextChange("the body of section 'intro'", List.of())));

        assertProblems(() -> History.read(history, loader).timeline(changed, wording)).singleElement()
                .asString().endsWith("What differs: wording only, in the body of section 'intro'");
    }

    @Test
    void whatNoDetectorDescribesIsNamedByItsPlaceInTheModel() throws Exception {
        release("2024.03", "2024-03-01");
        LoadedPolicy changed = current("2024.03", "2024-03-01", "  website: https://test.example\n");

        assertProblems(() -> History.read(history, loader).timeline(changed, NOTHING)).singleElement()
                .asString().endsWith("What differs: no change in meaning or wording; other details differ in"
                        + " controller");
    }

    @Test
    void aNewVersionCannotTakeEffectBeforeAReleasedOne() throws Exception {
        release("2024.06", "2024-06-01");

        assertProblems(() -> History.read(history, loader).timeline(current("2024.07", "2024-05-01", ""), NOTHING))
                .containsExactly("policy.yaml:5:14: version 2024.07 takes effect on 2024-05-01, before version 2024.06"
                        + " (2024-06-01) which is already released; a new version takes effect on or after the latest"
                        + " one, and on the same day only with a version that sorts after it (policy.effective,"
                        + " policy.version)");
    }

    @Test
    void aVersionThatCannotNameAFileIsRefused() {
        assertProblems(() -> History.read(history, loader).timeline(current("1/2", "2024-01-01", ""), NOTHING))
                .containsExactly("policy.yaml:4:12: version '1/2' cannot name a released file or a page address; use"
                        + " letters, digits, '.', '-' and '_', starting with a letter or digit (policy.version)");
    }

    @Test
    void writesAnUnreleasedVersionAsItsPolicyJsonAndLeavesNothingElse() throws Exception {
        History empty = History.read(history, loader);
        PolicyVersion version = empty.timeline(current("2024.03", "2024-03-01", ""), NOTHING).current();

        Path file = empty.write(version);

        assertThat(file).isEqualTo(history.resolve("2024.03.json")).hasContent(version.policyJson());
        assertThat(ContentHash.matches(Files.readString(file))).isTrue();
        try (var files = Files.list(history)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(History.read(history, loader).versions()).singleElement()
                .satisfies(v -> assertThat(v.policyJson()).isEqualTo(version.policyJson()));
        assertThatThrownBy(() -> History.read(history, loader).write(version))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("released already");
    }

    /** Releases a minimal model as {@code history/<version>.json}, exactly as its policy.json is written. */
    private Path release(String version, String effective) throws Exception {
        Path model = Models.write(dir.resolve("releases/" + version), yaml(version, effective, ""));
        return Models.write(history, version + ".json", JsonExporter.write(PolicyLoader.create().load(model)));
    }

    private LoadedPolicy current(String version, String effective, String controllerExtra) throws Exception {
        return loader.read(Models.write(dir, yaml(version, effective, controllerExtra)));
    }

    private static String yaml(String version, String effective, String controllerExtra) {
        return Models.MINIMAL.replace("version: \"1\"", "version: \"" + version + "\"")
                .replace("effective: 2024-03-01", "effective: " + effective) + controllerExtra;
    }

    /** {@code line:column} of the version's value in a released file, found in its text. */
    private static String versionAt(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            int at = lines.get(i).indexOf("\"version\": ");
            if (at >= 0) {
                return (i + 1) + ":" + (at + "\"version\": ".length() + 1);
            }
        }
        throw new AssertionError("no version in " + file);
    }

    private static org.assertj.core.api.ListAssert<String> assertProblems(ThrowableAssert.ThrowingCallable call) {
        try {
            call.call();
        } catch (ModelException e) {
            return assertThat(e.problems().stream().map(Problem::toString).toList());
        } catch (Throwable e) {
            throw new AssertionError("expected a ModelException, got " + e, e);
        }
        throw new AssertionError("expected a ModelException, but there was none");
    }
}
