package io.github.policyc.render.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.model.Location;
import io.github.policyc.model.Prose;
import io.github.policyc.testing.Models;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    private final PlainText text = new PlainText(Models.full());

    @Test
    void markdownBecomesTextAndWrappedLinesJoin() {
        assertThat(of("We **deliver** what you\nordered.\n\n- one\n- two")).isEqualTo(
                "We deliver what you ordered.\n\n- one\n- two");
    }

    @Test
    void directivesBecomeWhatTheyStandFor() {
        assertThat(of("Write to {{contact privacy}} or see our {{page cookies}} and {{page privacy}}."))
                .isEqualTo("Write to privacy@example.test or see our Cookie Policy and Privacy Policy.");
        assertThat(of("Post to {{contact post}}.")).isEqualTo("Post to Post room, 1 Example Street, Manchester, M1 1AA.");
        assertThat(of("Before.\n\n{{table purposes}}\n\nAfter.")).isEqualTo("Before.\n\nAfter.");
        assertThat(of("{{contact nobody}} and {{nonsense}}")).isEqualTo("{{contact nobody}} and {{nonsense}}");
    }

    @Test
    void linksKeepTheirTargetUnlessItIsAnAnchorOfThePage() {
        assertThat(of("See [the ICO](https://ico.org.uk) and [below](#rights).")).isEqualTo(
                "See \"the ICO\" (https://ico.org.uk) and \"below\".");
    }

    @Test
    void noProseIsNoText() {
        assertThat(text.of(null)).isNull();
        assertThat(of(" \n ")).isNull();
    }

    private String of(String markdown) {
        return text.of(new Prose(markdown, Location.startOf("policy.yaml"), 0));
    }
}
