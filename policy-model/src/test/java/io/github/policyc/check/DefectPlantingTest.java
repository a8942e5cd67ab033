package io.github.policyc.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.load.LoadedPolicy;
import io.github.policyc.load.PolicyLoader;
import io.github.policyc.model.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example site is a clean model: the checks report nothing there that is not suppressed with a
 * reason. Each case plants one defect in a copy of it and requires the rule that exists for that defect
 * to report it exactly where it was planted. The expected place is computed from the planted text, not
 * taken from the checker.
 */
class DefectPlantingTest {

    private static final Path EXAMPLE = Path.of("../site-src/src/policy");

    @TempDir
    Path dir;

    /**
     * One planted defect.
     *
     * @param rule    the rule that must find it
     * @param file    the file to change, relative to the model's directory
     * @param find    text that stands once in the file
     * @param replace what it becomes
     * @param at      text that stands once in the changed file, where the finding must point
     */
    record Plant(String rule, String file, String find, String replace, String at) {
        @Override
        public String toString() {
            return rule + " in " + file + " at \"" + at.lines().findFirst().orElse("") + "\"";
        }
    }

    static Stream<Plant> plants() {
        String security = "If we have given you log-in details for parts of our site, you are responsible for keeping them\n"
                + "confidential.\n";
        String intro = "give us personal data, we collect and use it in line with this policy.\n";
        return Stream.of(
                new Plant("PC101", "policy.yaml", "  - id: security\n",
                        "  - id: security-again\n    title: Keeping your data safe\n    body: {file: sections/security.md}\n"
                                + "  - id: security\n", "id: security-again"),
                new Plant("PC102", "sections/introduction.md", intro, intro + "\n" + security, "If we have given you"),
                new Plant("PC103", "sections/introduction.md", intro,
                        intro + "\n" + security.replace("of our site", "of our website"), "If we have given you"),
                new Plant("PC201", "policy.yaml", "  marketing:\n    role: Marketing team\n",
                        "  sales: { role: Sales team }\n  marketing:\n    role: Marketing team\n",
                        "sales: { role"),
                new Plant("PC202", "sections/security.md", security, security + "\nIf in doubt, speak with Payroll.\n",
                        "speak with Payroll"),
                new Plant("PC203", "sections/security.md", security,
                        security + "\nTell us about a breach at breaches@northwest-it.example.\n",
                        "breaches@northwest-it.example"),
                new Plant("PC302", "sections/security.md", security,
                        security + "\nHow we keep your data is described under “Keeping data safe online”.\n",
                        "“Keeping data safe online”"),
                new Plant("PC303", "sections/security.md", security,
                        security + "\nUsing our systems is covered by our acceptable use policy.\n",
                        "our acceptable use policy"),
                new Plant("PC401", "sections/security.md", security, security + "\nTODO: describe our encryption.\n",
                        "TODO"),
                new Plant("PC402", "sections/security.md", security, security + "\nshield-icon@2x.png\n",
                        "shield-icon@2x.png"),
                new Plant("PC403", "policy.yaml", "  - id: security\n",
                        "  - id: empty\n    title: Coming soon\n  - id: security\n", "id: empty"),
                new Plant("PC501", "policy.yaml",
                        "    lawfulBasis: legitimate-interests # assumed: not stated in the published policy\n"
                                + "    legitimateInterest: Running our events well and learning how to improve them."
                                + " # assumed: not stated in the published policy\n", "",
                        "events:\n    title: Events"),
                new Plant("PC502", "policy.yaml", "    retention: # assumed: not stated in the published policy\n"
                                + "      period: P24M\n      trigger: after the event\n", "",
                        "events:\n    title: Events"),
                new Plant("PC503", "policy.yaml", "    retention: # assumed: not stated in the published policy\n"
                                + "      period: P24M\n      trigger: after the event\n",
                        "    retention:\n      trigger: for as long as necessary\n", "trigger: for as long as necessary"),
                new Plant("PC504", "policy.yaml", "    legitimateInterest: Running our events well and learning how to"
                                + " improve them. # assumed: not stated in the published policy\n", "",
                        "events:\n    title: Events"),
                new Plant("PC605", "policy.yaml", "    transfer: # assumed: not stated in the published policy\n"
                                + "      safeguard: idta\n", "", "partners:\n    name: Partners"),
                new Plant("PC702", "policy.yaml", "    purpose: analytics\n    description: Tells visits",
                        "    purpose: website\n    description: Tells visits", "name: _ga #"),
                new Plant("PC703", "policy.yaml", "    duration: P2Y\n    purpose: analytics\n    description: Tells visits",
                        "    duration: P5Y\n    purpose: analytics\n    description: Tells visits", "name: _ga #"));
    }

    @Test
    void theExampleSiteIsClean() throws Exception {
        CheckReport report = Checker.create().check(load(copy()));

        assertThat(report.active()).as("findings on the example site").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plants")
    void findsThePlantedDefectWhereItWasPlanted(Plant plant) throws Exception {
        Path model = copy();
        Path file = model.resolve(plant.file());
        String text = Files.readString(file);
        assertThat(occurrences(text, plant.find())).as("'%s' stands once in %s", plant.find(), plant.file()).isEqualTo(1);
        String planted = text.replace(plant.find(), plant.replace());
        Files.writeString(file, planted, StandardCharsets.UTF_8);
        assertThat(occurrences(planted, plant.at())).as("'%s' stands once in the planted file", plant.at()).isEqualTo(1);
        Location expected = position(plant.file(), planted, planted.indexOf(plant.at()));

        CheckReport report = Checker.create().check(load(model));

        List<Location> places = report.active().stream()
                .filter(f -> f.rule().id().equals(plant.rule()))
                .flatMap(f -> Stream.concat(Stream.of(f.at()), f.related().stream()))
                .toList();
        assertThat(places).as("places where %s reports; all findings: %s", plant.rule(), report.active())
                .contains(expected);
    }

    private LoadedPolicy load(Path model) throws Exception {
        return PolicyLoader.create().withDisplayRoot(model).read(model.resolve("policy.yaml"));
    }

    private Path copy() throws IOException {
        Path model = dir.resolve("model");
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            for (Path source : files.toList()) {
                Path target = model.resolve(EXAMPLE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return model;
    }

    private static int occurrences(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }

    private static Location position(String file, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(file, line, offset - lineStart + 1);
    }
}
