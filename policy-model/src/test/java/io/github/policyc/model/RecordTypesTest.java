package io.github.policyc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RecordTypesTest {

    @Test
    void componentsAreTheRecordsInOrderReadOnce() {
        assertThat(RecordTypes.components(Purpose.class)).extracting(RecordComponent::getName)
                .containsExactly(Arrays.stream(Purpose.class.getRecordComponents())
                        .map(RecordComponent::getName).toArray(String[]::new));
        assertThat(RecordTypes.components(Purpose.class)).isSameAs(RecordTypes.components(Purpose.class));
    }

    @Test
    void valueTypesWrittenAsTextHaveAParserAndRecordsDoNot() throws Exception {
        assertThat(RecordTypes.parser(Country.class)).contains(Country.class.getMethod("parse", String.class));
        assertThat(RecordTypes.parser(IsoDuration.class)).isPresent();
        assertThat(RecordTypes.parser(CookieLifetime.class)).isPresent();
        assertThat(RecordTypes.parser(Purpose.class)).isEmpty();
        assertThat(RecordTypes.parser(String.class)).as("String.parse does not exist").isEmpty();
    }

    @Test
    void nounsSplitTheTypeNameIntoLowerCaseWords() {
        assertThat(RecordTypes.noun(DataCategory.class)).isEqualTo("data category");
        assertThat(RecordTypes.noun(SupervisoryAuthority.class)).isEqualTo("supervisory authority");
        assertThat(RecordTypes.noun(PolicyMeta.class)).isEqualTo("policy");
    }
}
