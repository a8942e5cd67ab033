package io.github.policyc.diff;

import static io.github.policyc.diff.Versions.spelled;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.load.PolicyLoader;
import io.github.policyc.model.PolicyModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Three versions of a small shop's policy ({@code src/test/resources/diff/}): the second changes it
 * in many ways at once, the third only rewords it. The change log of all three is compared with
 * {@code changes.json} beside them; run with {@code -Dpolicyc.updateGoldens=true} to rewrite it
 * after a deliberate change, and review the difference.
 */
class ChangeLogTest {

    private static final Path VERSIONS = Path.of("src/test/resources/diff");
    private static final Path GOLDEN = VERSIONS.resolve("changes.json");
    private static final boolean UPDATE = Boolean.getBoolean("policyc.updateGoldens");

    private static PolicyModel version(String version) throws Exception {
        return PolicyLoader.create().load(VERSIONS.resolve(version).resolve("policy.yaml"));
    }

    @Test
    void findsEveryChangeBetweenTwoRealisticVersionsInModelOrder() throws Exception {
        VersionChanges changes = new PolicyDiff().between(version("2024.03"), version("2024.09"));

        assertThat(spelled(changes)).containsExactly(
                "CONTROLLER_CHANGED | controller (Bolton Bikes Limited) | registered office is now Unit 4,"
                        + " Deansgate Works, Bolton, BL1 2AB instead of 12 Bradshawgate, Bolton, BL1 1HJ",
                "CONTACT_CHANGED | contact 'dpo' (Data Protection Officer) | email address is now"
                        + " dpo@bolton-bikes.example instead of dpo@boltonbikes.example",
                "CONTACT_CHANGED | contact 'dpo' (Data Protection Officer) | now states its phone number: 01204 000000",
                "CATEGORY_REMOVED | purpose 'orders' (Selling and delivering bikes) | no longer uses phone number",
                "LAWFUL_BASIS_CHANGED | purpose 'support' (Repairs and servicing) | now relies on contract instead of"
                        + " legitimate interests | material",
                "RETENTION_LONGER | purpose 'newsletter' (Our newsletter) | now keeps data for 36 months instead of"
                        + " 24 months | material",
                "PURPOSE_ADDED | purpose 'rides' (Group rides) | new purpose: uses name, email address and phone"
                        + " number of customers, on the basis of consent, kept for 12 months after the ride, shared"
                        + " with Eventbrite | material",
                "TRANSFER_CHANGED | recipient 'mailchimp' (Mailchimp) | transfer safeguard is now UK Addendum to the"
                        + " EU standard contractual clauses instead of International Data Transfer Agreement",
                "RECIPIENT_ADDED | recipient 'eventbrite' (Eventbrite) | new recipient: Eventbrite, a processor acting"
                        + " on our behalf | material",
                "TRANSFER_ADDED | recipient 'eventbrite' (Eventbrite) | now processes data in the United States"
                        + " (safeguard: UK Addendum to the EU standard contractual clauses) | material",
                "RIGHT_CHANGED | right 'erasure' (The right to erasure) | contact is now Data Protection Officer (dpo)"
                        + " instead of Privacy team (privacy)",
                "COOKIE_CHANGED | cookie '_ga' (Google Analytics) | now lasts for 13 months instead of for 2 years",
                "COOKIE_ADDED | cookie '_fbp' (Meta) | new marketing cookie set by Meta, lasting 3 months | material");
        assertThat(changes.text()).extracting(TextChange::where).containsExactly(
                "the legitimate interest of purpose 'support' (Repairs and servicing)",
                "the description of purpose 'rides' (Group rides)",
                "the body of section 'intro' (About this policy)",
                "the body of section 'rides' (Group rides)");
        assertThat(changes.summary()).isEqualTo("6 material changes: different lawful basis, longer retention,"
                + " new purpose, new recipient, new transfer abroad, new cookie; 7 other changes; reworded text.");
    }

    @Test
    void aVersionThatOnlyRewordsIsWordingOnly() throws Exception {
        VersionChanges changes = new PolicyDiff().between(version("2024.09"), version("2025.01"));

        assertThat(changes.changes()).isEmpty();
        assertThat(changes.material()).isFalse();
        assertThat(changes.summary()).isEqualTo("Wording only.");
    }

    @Test
    void writesTheChangeLogNewestFirstAsChangesJson() throws Exception {
        String json = changeLog();

        if (UPDATE) {
            Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
        }
        assertThat(json).as("changes.json; rerun with -Dpolicyc.updateGoldens=true to rewrite it")
                .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void theSameVersionsGiveTheSameBytes() throws Exception {
        assertThat(changeLog()).isEqualTo(changeLog());
    }

    private static String changeLog() throws Exception {
        PolicyModel first = version("2024.03");
        PolicyModel second = version("2024.09");
        PolicyModel third = version("2025.01");
        PolicyDiff diff = new PolicyDiff();
        return ChangeLogJson.write(List.of(diff.between(second, third), diff.between(first, second)));
    }
}
