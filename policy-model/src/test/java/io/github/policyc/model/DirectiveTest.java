package io.github.policyc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DirectiveTest {

    @Test
    void findsEveryOccurrenceWithItsPosition() {
        String text = "Write to {{contact dpo}}.\n\n{{ table  purposes }}\n{{}} {{purposes}}";

        List<Directive.Occurrence> found = Directive.scan(text);

        assertThat(found).extracting(Directive.Occurrence::name).containsExactly("contact", "table", "", "purposes");
        assertThat(found.get(0).written(text)).isEqualTo("{{contact dpo}}");
        assertThat(found.get(1).argument()).isEqualTo("purposes");
        assertThat(found.get(0).start()).isEqualTo(9);
    }

    @Test
    void checksNamesAndArguments() {
        assertThat(Directive.of(new Directive.Occurrence("table", "cookies", 0, 0)).table())
                .isEqualTo(Directive.TableKind.COOKIES);
        assertThat(Directive.of(new Directive.Occurrence("page", "privacy", 0, 0)).kind().isBlock()).isFalse();
        assertThatThrownBy(() -> Directive.of(new Directive.Occurrence("purposes", "all", 0, 0)))
                .hasMessage("'{{purposes}}' takes no argument");
        assertThatThrownBy(() -> Directive.of(new Directive.Occurrence("contact", null, 0, 0)))
                .hasMessage("'{{contact …}}' needs a contact id");
        assertThatThrownBy(() -> Directive.of(new Directive.Occurrence("page", "terms", 0, 0)))
                .hasMessage("'{{page terms}}' names no page; expected a page: privacy, cookies");
    }
}
