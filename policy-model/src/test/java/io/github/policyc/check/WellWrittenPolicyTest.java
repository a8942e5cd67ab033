package io.github.policyc.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.load.PolicyLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A well-written policy in the words real policies use ("contact our Data Protection Officer at …",
 * "We ask Stripe to process card payments", "the section “Your rights” below", "the revised
 * notice", "emails come from addresses ending @…"): the rules for contacts, references and
 * placeholders raise no false alarm on it.
 */
class WellWrittenPolicyTest {

    private static final Path MODEL = Path.of("src/test/resources/models/well-written/policy.yaml");

    @Test
    void theContactReferenceAndPlaceholderRulesFindNothing() throws Exception {
        List<Rule> rules = Rules.all().stream().filter(rule -> rule.info().id().matches("PC[234]\\d\\d")).toList();

        CheckReport report = Checker.create().withRules(rules).check(PolicyLoader.create().read(MODEL));

        assertThat(report.findings()).extracting(Finding::toString).isEmpty();
    }
}
