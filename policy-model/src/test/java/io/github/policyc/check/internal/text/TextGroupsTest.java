package io.github.policyc.check.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextGroupsTest {

    private static final String A = "We keep your name and email address so that we do not contact you again.";
    private static final String A_EDITED = "We keep your name and email address so that we never contact you again.";
    private static final String B = "Emails from our marketing platform include an option to unsubscribe from them.";

    private static List<String> strings(List<int[]> groups) {
        return groups.stream().map(Arrays::toString).toList();
    }

    @Test
    void separatesCopiesFromNearCopies() {
        Vocabulary vocabulary = new Vocabulary();
        List<String> texts = List.of(A, B, "we keep YOUR name, and email address so that we do not contact you again",
                "Contact us.", A_EDITED, "Contact us!", "", "");

        TextGroups groups = TextGroups.of(texts.stream().map(t -> vocabulary.ids(Words.of(t))).toList(), vocabulary,
                6, 8, 0.8);

        assertThat(strings(groups.copies())).as("short and empty texts may repeat").containsExactly("[0, 2]");
        assertThat(strings(groups.nearCopies())).as("one index per distinct text").containsExactly("[0, 4]");
        assertThat(strings(groups.joined())).containsExactly("[0, 2, 4]");
    }
}
