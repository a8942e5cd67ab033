package io.github.policyc.diff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.model.Country;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Legitimate interests                       | legitimate interests
            Email address                              | email address
            Name                                       | name
            IP address                                 | IP address
            International Data Transfer Agreement      | International Data Transfer Agreement
            UK Addendum to the EU standard clauses     | UK Addendum to the EU standard clauses
            Derogation for a specific situation (Art. 49) | derogation for a specific situation (Art. 49)
            """)
    void lowersALabelInsideASentenceButNotAName(String label, String inSentence) {
        assertThat(Words.inSentence(label)).isEqualTo(inSentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            US           | in the United States
            NL,IN        | in the Netherlands and in India
            FR,EEA,worldwide | in France, in the European Economic Area and anywhere in the world
            """)
    void namesPlacesTheWayASentenceNeedsThem(String codes, String places) {
        List<Country> countries = List.of(codes.split(",")).stream().map(Country::parse).toList();

        assertThat(Words.places(countries)).isEqualTo(places);
    }
}
