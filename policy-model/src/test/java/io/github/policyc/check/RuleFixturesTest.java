package io.github.policyc.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.cookies.CookieEvidence;
import io.github.policyc.cookies.HarCookies;
import io.github.policyc.cookies.OpenCookieDatabase;
import io.github.policyc.load.LoadedPolicy;
import io.github.policyc.load.ModelException;
import io.github.policyc.load.PolicyLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule has a folder {@code src/test/resources/rules/PCnnn/} of models: {@code bad-*.yaml} mark each
 * line where the rule must report with {@code # expect: PCnnn} (in Markdown, {@code <!-- expect: PCnnn -->}),
 * {@code ok-*.yaml} hold nothing the rule may report. The whole checker runs on each fixture, and the
 * lines of the rule's findings that are not suppressed (and of their related places) must be exactly the
 * marked ones.
 *
 * <p>Rules that compare the inventory with evidence from outside the model read it from lines
 * {@code # cookie-database: <csv>} and {@code # har: <file>} of the fixture, relative to it.
 */
class RuleFixturesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/rules");
    private static final Pattern EVIDENCE = Pattern.compile("(?m)^#\\s*(cookie-database|har):\\s*(\\S+)\\s*$");
    private static final Pattern EXPECT = Pattern.compile("(?:#|<!--)\\s*expect:\\s*((?:PC\\d{3}[\\s,]*)+)");

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            return files.filter(f -> f.getFileName().toString().matches("(ok|bad)-.*\\.yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void findsExactlyTheMarkedLines(Path fixture) throws ModelException {
        String ruleId = fixture.getParent().getFileName().toString();
        LoadedPolicy policy = PolicyLoader.create().withDisplayRoot(fixture.getParent()).read(fixture);

        CheckReport report = Checker.create().withOptions(options(fixture)).check(policy);

        TreeSet<String> actual = new TreeSet<>();
        for (Finding finding : report.active()) {
            if (finding.rule().id().equals(ruleId)) {
                actual.add(finding.at().file() + ":" + finding.at().line());
                finding.related().forEach(at -> actual.add(at.file() + ":" + at.line()));
            }
        }
        TreeSet<String> expected = expectedLines(policy.sources(), ruleId);
        if (fixture.getFileName().toString().startsWith("bad-")) {
            assertThat(expected).as("a bad fixture marks at least one line").isNotEmpty();
        } else {
            assertThat(expected).as("an ok fixture marks no line").isEmpty();
        }
        assertThat(actual).as("lines where %s reports in %s; all findings:%n%s", ruleId, fixture,
                String.join("\n", report.findings().stream().map(Finding::toString).toList())).isEqualTo(expected);
    }

    @Test
    void everyRuleHasAGoodAndABadFixture() {
        for (RuleInfo rule : Rules.infos()) {
            Path folder = FIXTURES.resolve(rule.id());
            assertThat(list(folder, "ok-")).as("ok fixtures of %s", rule).isNotEmpty();
            assertThat(list(folder, "bad-")).as("bad fixtures of %s", rule).isNotEmpty();
        }
    }

    @Test
    void everyFixtureFolderBelongsToARule() {
        List<String> ids = Rules.infos().stream().map(RuleInfo::id).toList();
        for (String folder : list(FIXTURES, "")) {
            assertThat(ids).as("the rule of fixture folder %s", folder).contains(folder);
        }
    }

    /** The default options, with the cookie evidence the fixture names. */
    static CheckOptions options(Path fixture) {
        try {
            OpenCookieDatabase database = null;
            HarCookies har = null;
            Matcher m = EVIDENCE.matcher(Files.readString(fixture));
            while (m.find()) {
                Path file = fixture.resolveSibling(m.group(2));
                if (m.group(1).equals("har")) {
                    har = HarCookies.read(file);
                } else {
                    database = OpenCookieDatabase.read(file);
                }
            }
            return CheckOptions.DEFAULT.withCookies(new CookieEvidence(database, har));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TreeSet<String> expectedLines(Map<String, String> sources, String ruleId) {
        TreeSet<String> lines = new TreeSet<>();
        sources.forEach((file, text) -> {
            String[] rows = text.split("\n", -1);
            for (int i = 0; i < rows.length; i++) {
                Matcher m = EXPECT.matcher(rows[i]);
                if (m.find() && List.of(m.group(1).trim().split("[\\s,]+")).contains(ruleId)) {
                    lines.add(file + ":" + (i + 1));
                }
            }
        });
        return lines;
    }

    private static List<String> list(Path folder, String prefix) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = new ArrayList<>();
            files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(prefix)).sorted().forEach(names::add);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
