package io.github.policyc.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VersionOrderTest {

    @Test
    void ordersNumbersByValueAndTextAsText() {
        List<String> ordered = List.of("1", "1.2", "1.10", "2", "2024.03", "2024.3a", "2024.9", "2024.10",
                "2024.10-fix", "99999999999999999999", "100000000000000000000", "a", "b2", "b10");
        List<String> shuffled = new ArrayList<>(ordered);
        Collections.shuffle(shuffled, new Random(7));

        shuffled.sort(VersionOrder.INSTANCE);

        assertThat(shuffled).containsExactlyElementsOf(ordered);
    }

    @Test
    void isATotalOrderEvenForLeadingZeros() {
        assertThat(VersionOrder.INSTANCE.compare("1.02", "1.2")).isNotZero()
                .isEqualTo(-VersionOrder.INSTANCE.compare("1.2", "1.02"));
        assertThat(VersionOrder.INSTANCE.compare("2024.03", "2024.03")).isZero();
    }
}
