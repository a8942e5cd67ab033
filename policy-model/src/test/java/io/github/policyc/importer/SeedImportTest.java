package io.github.policyc.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.load.PolicyLoader;
import io.github.policyc.model.Contact;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Right;
import io.github.policyc.model.RightKind;
import io.github.policyc.model.Section;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain-text import of a real published policy, North West IT's, defects and all. */
class SeedImportTest {

    static final Path SEED = Path.of("src/test/resources/seed/northwest-it-privacy-policy.txt");

    @TempDir
    static Path dir;

    static ImportResult result;
    static PolicyModel model;

    @BeforeAll
    static void importSeed() throws Exception {
        result = PolicyImporter.create().importFile(SEED);
        ImportWriter.create().write(result, dir);
        model = PolicyLoader.create().withDisplayRoot(dir).load(dir.resolve("policy.yaml"));
    }

    @Test
    void everyGeneratedFileLoadsAsAModel() {
        assertThat(result.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(model.sections()).allSatisfy(section -> assertThat(section.body()).isNotNull());
        assertThat(result.files().keySet()).contains("policy.yaml", SourceMap.FILE_NAME)
                .containsAll(result.sections().keySet());
        assertThat(dir.resolve(SourceMap.FILE_NAME)).exists();
    }

    @Test
    void findsTheTitleAndTheSectionsInOrder() {
        assertThat(model.policy().title()).isEqualTo("Privacy Policy");
        assertThat(model.sections()).extracting(Section::title).containsExactly(
                "Preamble",
                "Introduction",
                "What personal data do we hold on you?",
                "How do you use my personal data?",
                "What’s our lawful basis for processing data?",
                "Phone and email communications from North West IT",
                "Do you share my information with other organisations?",
                "How long will you keep my information?",
                "What are my rights?",
                "Data transfer to third countries",
                "Cookies and tracking pixels",
                "Security",
                "Who can I contact?",
                "Default title");
        assertThat(model.sections()).extracting(Section::id).doesNotHaveDuplicates()
                .contains("introduction", "whats-our-lawful-basis-for-processing-data", "default-title");
    }

    @Test
    void subHeadingsBecomeMarkdownHeadingsInTheirSection() {
        String use = section("how-do-you-use-my-personal-data");
        assertThat(headings(use)).containsExactly("### Getting in touch and account management", "### Events",
                "### Using our websites", "### Market Research", "### Marketing and Promotions", "### Job Applicants");
        assertThat(headings(section("phone-and-email-communications-from-north-west-it")))
                .containsExactly("### Our standards for email communications");
    }

    @Test
    void keepsListsAsLists() {
        assertThat(section("what-personal-data-do-we-hold-on-you")).contains("""
                - Name
                - Employer
                - Job role
                - Work address
                - Telephone number(s)
                - Email address
                """, """
                - IP address
                - Account usernames
                """);
        // Short lines under "…include:" with no bullets are a list too.
        assertThat(section("how-do-you-use-my-personal-data")).contains("""
                - Customising your user experience when interacting with our own and partner websites
                - Providing products/services and any associated maintenance and technical support
                """, """
                - Blocking access where there is a breach of the Terms and Conditions for using the site.
                """);
        assertThat(section("how-long-will-you-keep-my-information"))
                .contains("- We hold your information for as long as required to do the activities in this notice.\n");
    }

    @Test
    void theEmailAddressesBecomeContactsAndTheTextLinksThem() {
        assertThat(model.contacts()).extracting(Contact::id, Contact::role, Contact::email).contains(
                org.assertj.core.groups.Tuple.tuple("dpo", "Data Protection Officer", "dpo@northwest-it.co.uk"),
                org.assertj.core.groups.Tuple.tuple("marketing", "Marketing", "marketing@northwest-it.co.uk"),
                org.assertj.core.groups.Tuple.tuple("it-security", "IT security", "IT-security@northwest-it.co.uk"));
        assertThat(model.controller().contact().id()).isEqualTo("dpo");
        assertThat(model.controller().dpo().id()).isEqualTo("dpo");
        assertThat(section("phone-and-email-communications-from-north-west-it"))
                .contains("please send a copy to {{contact it-security}} so we can investigate.")
                // Domains alone are not addresses.
                .contains("@northwest-it.co.uk or @northwest-it.uk");
    }

    @Test
    void aTeamNamedWithoutAnyWayToReachItIsAContactWithoutChannel() {
        Contact hr = model.contact("hr").orElseThrow();
        assertThat(hr.role()).isEqualTo("HR");
        assertThat(hr.hasChannel()).isFalse();
        assertThat(result.policyYaml()).contains("hr: # TODO: the text tells readers to contact HR but gives no way");
    }

    @Test
    void findsTheControllerWhereTheUsualPhrasingStatesIt() {
        assertThat(model.controller().name()).isEqualTo("North West IT Services and Solutions Limited");
        assertThat(model.controller().companyNumber()).isEqualTo("13396577");
        assertThat(model.controller().registeredIn()).isEqualTo("England and Wales");
        assertThat(model.controller().address()).containsExactly("Egerton Business Centre", "The Old Mill House",
                "Deakins Business Park", "Egerton", "Bolton", "BL7 9RP");
    }

    @Test
    void theMonthOfTheLastUpdateBecomesTheEffectiveDateWithAComment() {
        assertThat(model.policy().effective()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(result.policyYaml()).contains("effective: 2024-03-01 # the first day of the month: the text gives"
                + " only the month (\"last updated in March 2024\")");
        assertThat(model.policy().version()).isEqualTo("imported");
        assertThat(result.policyYaml()).contains("version: imported # TODO:");
    }

    @Test
    void rightsExplainedUnderHeadingsBecomeRights() {
        assertThat(model.rights()).extracting(Right::kind).containsExactly(RightKind.INFORMED,
                RightKind.RECTIFICATION, RightKind.ACCESS, RightKind.ERASURE, RightKind.OBJECTION,
                RightKind.PORTABILITY);
        assertThat(model.right(RightKind.ERASURE).orElseThrow().description().text())
                .startsWith("This is known as the right to erasure")
                .contains("please speak with HR or contact {{contact dpo}} to discuss it further.");
        assertThat(section("what-are-my-rights")).isEqualTo("{{rights}}\n");
        assertThat(result.policyYaml()).contains("erasure: # from the heading \"The right to request your information"
                + " is deleted.\"");
    }

    @Test
    void keepsTheDefectsItFinds() {
        assertThat(section("preamble")).isEqualTo("KITS Logo@4x.png\n\n×\n");
        assertThat(model.sections()).extracting(Section::title).contains("Default title");
        assertThat(section("cookies-and-tracking-pixels")).contains("please read our Cookie Policy.");
        assertThat(section("how-do-you-use-my-personal-data"))
                .contains("Please review our recruitment data policy for more details.")
                .contains("the guidelines described under “Phone and Email Communication from North West IT”.");
    }

    @Test
    void duplicatedParagraphsStayDuplicated() {
        String all = allProse();
        assertThat(count(all, "If you’re not a current customer and no longer wish to hear from our team")).isEqualTo(3);
        assertThat(count(all, "Suppose North West IT is acting as a Data Processor for your organisation")).isEqualTo(3);
        assertThat(count(all, "Suppose we receive requests from government departments")).isEqualTo(2);
        assertThat(count(all, "Except as set out above, we will not disclose your personal data")).isEqualTo(2);
        assertThat(count(all, "Obtaining a copy of the information we hold on you is possible.")).isEqualTo(2);
    }

    @Test
    void importingTwiceGivesTheSameBytes() throws Exception {
        ImportResult again = PolicyImporter.create().importFile(SEED);
        assertThat(again.files()).isEqualTo(result.files());

        Path other = dir.resolve("again");
        ImportWriter.create().write(again, other);
        for (String file : result.files().keySet()) {
            if (!file.equals(SourceMap.FILE_NAME)) {
                assertThat(other.resolve(file)).hasSameBinaryContentAs(dir.resolve(file));
            }
        }
    }

    private static String section(String id) {
        return result.sections().get("sections/" + id + ".md");
    }

    private static String allProse() {
        StringBuilder all = new StringBuilder(result.policyYaml());
        for (Map.Entry<String, String> file : result.sections().entrySet()) {
            all.append('\n').append(file.getValue());
        }
        return all.toString();
    }

    static List<String> headings(String markdown) {
        return markdown.lines().filter(line -> line.startsWith("#")).toList();
    }

    static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
