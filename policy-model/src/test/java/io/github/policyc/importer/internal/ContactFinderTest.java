package io.github.policyc.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContactFinderTest {

    @Test
    void eachAddressIsOneContactWithARoleGuessedFromItsMailbox() {
        List<ContactFinder.FoundContact> found = find(
                "Email dpo@example.test or DPO@Example.test, marketing@example.test, IT-security@example.test,",
                "jane.doe@example.test, info@other.test and info@example.test; not @example.test, nor Logo@4x.png.");

        assertThat(found).extracting(c -> c.id(), c -> c.role(), c -> c.email().text()).containsExactly(
                tuple("dpo", "Data Protection Officer", "dpo@example.test"),
                tuple("marketing", "Marketing", "marketing@example.test"),
                tuple("it-security", "IT security", "IT-security@example.test"),
                tuple("jane-doe", "jane.doe", "jane.doe@example.test"),
                tuple("info", "General enquiries", "info@other.test"),
                tuple("info-2", "General enquiries", "info@example.test"));
    }

    @Test
    void aTeamReadersAreToldToContactWithoutAChannelIsAContactWithoutOne() {
        List<ContactFinder.FoundContact> found = find(
                "To delete your data, please speak with HR or contact dpo@example.test.",
                "Ask our Compliance Team, or write to the ICO, or contact the DPO, or contact us.",
                "Contact our Customer Services Team at help@example.test, and speak to HR again.");

        assertThat(found).extracting(c -> c.id(), c -> c.role(), c -> c.hasAddress()).containsExactly(
                tuple("dpo", "Data Protection Officer", true),
                tuple("help", "help", true),
                tuple("hr", "HR", false),
                tuple("compliance-team", "Compliance Team", false));
        assertThat(found.get(2).name().start()).isEqualTo("To delete your data, please speak with ".length());
    }

    private static List<ContactFinder.FoundContact> find(String... texts) {
        List<LocatedText> located = new java.util.ArrayList<>();
        int offset = 0;
        for (String text : texts) {
            located.add(LocatedText.of(text, offset));
            offset += text.length() + 1;
        }
        return ContactFinder.find(located, new Slugs());
    }
}
