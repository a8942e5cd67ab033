package io.github.policyc.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.PolicyCompiler;
import io.github.policyc.check.report.ConsoleReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesTest {

    @Test
    void idsAndNamesAreUniqueAndInOrder() {
        List<String> ids = Rules.infos().stream().map(RuleInfo::id).toList();
        List<String> names = Rules.infos().stream().map(RuleInfo::name).toList();

        assertThat(ids).doesNotHaveDuplicates().isSorted();
        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void eachRuleIsItsOwnClass() {
        assertThat(Rules.all()).extracting(rule -> rule.getClass().getName()).doesNotHaveDuplicates();
    }

    /** The example site is how a policy should be written: the checks find no error in it. */
    @Test
    void theExampleSiteHasNoErrors() throws Exception {
        CheckReport report = PolicyCompiler.create().check(Path.of("../site-src/src/policy/policy.yaml"));

        List<String> errors = report.active().stream().filter(f -> f.severity() == Severity.ERROR)
                .flatMap(f -> ConsoleReport.lines(f).stream()).toList();
        assertThat(errors).as("errors in the example site").isEmpty();
    }
}
