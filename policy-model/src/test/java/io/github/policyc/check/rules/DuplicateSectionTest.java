package io.github.policyc.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.check.Checker;
import io.github.policyc.check.Finding;
import io.github.policyc.load.PolicyLoader;
import io.github.policyc.testing.Models;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicateSectionTest {

    private static final String BODY = "Suppose North West IT is acting as a Data Processor for your organisation as"
            + " part of a services agreement. In that case, international data transfers will be set out in our data"
            + " processing agreement.";

    private static List<String> findings(Path directory, String... bodies) throws Exception {
        StringBuilder yaml = new StringBuilder(Models.MINIMAL).append("sections:\n");
        for (int i = 0; i < bodies.length; i++) {
            yaml.append("  - {id: s").append(i).append(", title: Title ").append(i).append(", body: \"")
                    .append(bodies[i]).append("\"}\n");
        }
        return Checker.create().withRules(List.of(new DuplicateSection()))
                .check(PolicyLoader.create().withDisplayRoot(directory).read(Models.write(directory, yaml.toString())))
                .findings().stream().map(Finding::message).toList();
    }

    @Test
    void saysWhetherBodiesAreTheSameOrNearlyTheSame(@TempDir Path directory) throws Exception {
        String edited = BODY.replace("international data", "data");

        assertThat(findings(directory, BODY, BODY.toUpperCase())).containsExactly(
                "section 's0' (\"Title 0\") has the same body as section 's1' (\"Title 1\")");
        assertThat(findings(directory, BODY, edited)).containsExactly(
                "section 's0' (\"Title 0\") has nearly the same body as section 's1' (\"Title 1\", 97% alike)");
        assertThat(findings(directory, BODY, "Something else entirely, said in more than eight words here.", edited,
                BODY)).containsExactly("section 's0' (\"Title 0\") has the same or nearly the same body as section"
                + " 's2' (\"Title 2\", 97% alike) and section 's3' (\"Title 3\", the same)");
    }
}
