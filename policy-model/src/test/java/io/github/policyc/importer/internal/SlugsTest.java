package io.github.policyc.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void slugsAreLowerCaseWordsJoinedByDashes() {
        assertThat(Slugs.slug("What’s our lawful basis for processing data?")).isEqualTo("whats-our-lawful-basis-for-processing-data");
        assertThat(Slugs.slug("Données personnelles & droits")).isEqualTo("donnees-personnelles-droits");
        assertThat(Slugs.slug("×")).isEmpty();
        assertThat(Slugs.slug("Do you share my information with other organisations and partners around the world?"))
                .isEqualTo("do-you-share-my-information-with-other-organisations-and").hasSizeLessThanOrEqualTo(60);
    }

    @Test
    void uniqueSlugsCountUpAndAvoidReservedOnes() {
        Slugs slugs = new Slugs();
        slugs.reserve("intro-2");

        assertThat(slugs.unique("Intro", "x")).isEqualTo("intro");
        assertThat(slugs.unique("Intro", "x")).isEqualTo("intro-3");
        assertThat(slugs.unique("intro", "x")).isEqualTo("intro-4");
        assertThat(slugs.unique("×", "section")).isEqualTo("section");
        assertThat(slugs.unique("?", "section")).isEqualTo("section-2");
    }

    @Test
    void manyEqualTitlesTakeLinearTime() {
        Slugs slugs = new Slugs();
        for (int i = 0; i < 100_000; i++) {
            slugs.unique("Default title", "section");
        }
        assertThat(slugs.unique("Default title", "section")).isEqualTo("default-title-100001");
    }
}
