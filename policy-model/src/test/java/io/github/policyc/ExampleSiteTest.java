package io.github.policyc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policyc.load.PolicyLoader;
import io.github.policyc.model.Contact;
import io.github.policyc.model.Cookie;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.publish.Site;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example site, {@code site-src}, models the privacy policy North West IT Services and Solutions
 * Limited published (last updated March 2024) in full. These tests prove that every fact of the
 * published text reaches the generated privacy policy, that none is said twice, that none of the
 * published text's defects (placeholder headings, pasted file names) is copied, and that the site is
 * complete and reproducible.
 */
class ExampleSiteTest {

    /** Tests run with {@code policy-model/} as the working directory. */
    private static final Path MODEL = Path.of("../site-src/src/policy/policy.yaml");

    /** Shorter paragraphs, such as "Contact: dpo@…", may legitimately recur. */
    private static final int DUPLICATE_MIN_LENGTH = 40;

    /**
     * The lawful basis of a purpose as {@code {{purposes}}} prints it, such as "Legitimate interests
     * (Art. 6(1)(f))": a label of a closed set that every purpose on the same basis repeats.
     */
    private static final Pattern LAWFUL_BASIS_LABEL = Pattern.compile("[A-Z][a-z ]+ \\(Art\\. 6\\(1\\)\\([a-f]\\)\\)");

    private static Site site;
    private static PolicyModel model;
    private static String privacyHtml;
    private static String privacyText;

    @BeforeAll
    static void compile() throws Exception {
        site = PolicyCompiler.create().compile(MODEL);
        model = PolicyLoader.create().load(MODEL);
        privacyHtml = site.text("privacy-policy.html");
        assertThat(privacyHtml).as("privacy-policy.html").isNotNull();
        privacyText = visibleText(privacyHtml);
    }

    /** A fact of the published policy, as a phrase or a regular expression, and where the seed says it. */
    record SeedFact(String where, Pattern pattern) {
        @Override
        public String toString() {
            return where + ": " + pattern.pattern().replace("\\Q", "").replace("\\E", "");
        }
    }

    private static SeedFact phrase(String where, String phrase) {
        return new SeedFact(where, Pattern.compile(Pattern.quote(phrase)));
    }

    private static SeedFact regex(String where, String regex) {
        return new SeedFact(where, Pattern.compile(regex));
    }

    /** One entry per fact the published policy states; each must appear on the privacy policy page. */
    static Stream<SeedFact> seedFacts() {
        return Stream.of(
                // Who we are (Introduction; Who can I contact?)
                phrase("identity", "North West IT Services and Solutions Limited"),
                phrase("identity", "13396577"),
                phrase("identity", "registered in England and Wales"),
                phrase("registered office", "Egerton Business Centre"),
                phrase("registered office", "The Old Mill House"),
                phrase("registered office", "Deakins Business Park"),
                regex("registered office", "\\bEgerton\\b.*\\bBolton\\b"),
                phrase("registered office", "BL7 9RP"),
                phrase("website", "www.northwest-it.co.uk"),
                phrase("website", "www.northwest-it.co.uk is the website of North West IT Services and Solutions Limited"),
                // Email addresses
                phrase("contact", "dpo@northwest-it.co.uk"),
                phrase("contact", "marketing@northwest-it.co.uk"),
                phrase("contact", "IT-security@northwest-it.co.uk"),
                regex("sending domains", "@northwest-it\\.co\\.uk or @northwest-it\\.uk\\b"),
                // Introduction
                phrase("introduction", "handle personal information securely and with respect"),
                phrase("introduction", "UK Data Protection Act 2018"),
                phrase("introduction", "EU General Data Protection Regulation"),
                phrase("introduction", "UK GDPR"),
                regex("introduction", "Brexit, UK data protection law may diverge"),
                phrase("introduction", "standard of the EU GDPR"),
                phrase("introduction", "additional requirements of the countries concerned"),
                phrase("introduction", "higher standard"),
                regex("introduction", "do not sell or rent your information.*without your express permission"),
                phrase("introduction", "online or through our normal working relationship"),
                regex("introduction", "when you contact us, visit one of our websites, apply for a job, or buy products and services"),
                phrase("introduction", "Whenever you give us personal data"),
                // What personal data do we hold?
                phrase("personal data", "depends on our relationship with you"),
                regex("personal data", "\\bName\\b"),
                phrase("personal data", "Employer"),
                phrase("personal data", "Job role"),
                phrase("personal data", "Work address"),
                regex("personal data", "Telephone numbers?"),
                phrase("personal data", "Email address"),
                phrase("personal data", "IP address"),
                phrase("personal data", "Account usernames"),
                phrase("personal data", "unique identifier of your machine"),
                phrase("personal data", "Event registration details"),
                phrase("personal data", "Photos and videos"),
                phrase("personal data", "Survey responses"),
                regex("personal data", "\\bCV\\b"),
                // Audiences
                phrase("audience", "Customers"),
                phrase("audience", "Partners"),
                phrase("audience", "someone we'd like to work with"),
                phrase("audience", "Website visitors"),
                phrase("audience", "Event attendees"),
                phrase("audience", "Survey participants"),
                phrase("audience", "Job applicants"),
                phrase("audience", "career fair or a similar event"),
                // Getting in touch and account management
                phrase("account management", "Our most regular use of your personal data"),
                phrase("account management", "order processing, invoicing and renewals"),
                // Do Not Contact list
                phrase("do not contact", "If you're not a current customer and no longer wish to hear from our team"),
                phrase("do not contact", "\"Do Not Contact\" list"),
                phrase("do not contact", "tell any member of our staff"),
                phrase("do not contact", "keep your name, employer, email address and telephone number"),
                phrase("do not contact", "do not contact you or add you to our systems again"),
                // Events
                phrase("events", "If you attend an event run by North West IT"),
                phrase("events", "track attendance"),
                phrase("events", "before, during and after the event"),
                phrase("events", "ask for your feedback"),
                phrase("events", "contact you afterwards in line with this policy"),
                phrase("events", "photographer or videographer"),
                phrase("events", "photos and videos taken at our events may be shared publicly"),
                phrase("events", "If you do not want to appear in photos or videos"),
                // Using our websites
                phrase("websites", "store a log of your visit"),
                phrase("websites", "customising your experience when you use our own and our partners' websites"),
                phrase("websites", "maintenance and technical support"),
                phrase("websites", "incident and other alerts"),
                phrase("websites", "product upgrades, updates and renewals"),
                phrase("websites", "logs, statistics and reports"),
                phrase("websites", "evaluating, developing and improving our products, services and infrastructure"),
                phrase("websites", "breaches the terms and conditions for using the site"),
                // Market research
                phrase("market research", "take part in a North West IT survey"),
                phrase("market research", "supports our business activities"),
                phrase("market research", "publish anonymised results"),
                phrase("market research", "demographics, interests and behaviour"),
                // Marketing and promotions
                phrase("marketing", "selected third parties acting on our behalf"),
                phrase("marketing", "products and services that may interest you"),
                phrase("marketing", "ask us not to use your personal data for marketing"),
                phrase("marketing", "share your contact details with the third parties who market for us"),
                // Job applicants
                phrase("career fairs", "help us judge how successful the event was"),
                phrase("career fairs", "If you agree, we keep the details you gave us at a career fair"),
                phrase("career fairs", "24 months"),
                phrase("career fairs", "unless you agree to a longer period"),
                phrase("career fairs", "future employment opportunities"),
                phrase("job applications", "copy of your CV or other relevant personal information"),
                phrase("job applications", "recruitment data policy"),
                // Lawful basis
                phrase("lawful basis", "lawful basis for processing personal data"),
                phrase("lawful basis", "acts as the controller of your personal data"),
                phrase("lawful basis", "relies on legitimate interests"),
                phrase("lawful basis", "genuine and legitimate reason"),
                phrase("lawful basis", "not outweighed by the risk of harm to your rights and freedoms"),
                phrase("lawful basis", "carefully weigh its possible impact on you and your rights"),
                phrase("lawful basis", "if you ask us to stop processing your data for any purpose, we can respect your request"),
                // Phone and email communications
                phrase("phone and email", "regularly contact existing customers and other organisations to discuss IT solutions"),
                phrase("email standards", "identify us as the sender"),
                phrase("email standards", "option to unsubscribe"),
                regex("email standards", "except for emails about legal notices, invoicing or licen[cs]e renewals"),
                phrase("email standards", "law on unsolicited emails and on the use of personal data"),
                phrase("email standards", "plain text and HTML"),
                phrase("suspicious emails", "send a copy to IT-security@northwest-it.co.uk"),
                // Sharing
                phrase("sharing", "many partners with global operations"),
                regex("sharing", "Suppliers, vendors, distributors, agents"),
                phrase("sharing", "subcontractors"),
                phrase("sharing", "provide you with the information, products and services you asked for"),
                phrase("sharing", "Government departments, agencies and other official bodies"),
                phrase("sharing", "if and to the extent that we believe the law requires us"),
                phrase("sharing", "court order, warrant, subpoena or equivalent"),
                phrase("sharing", "enforce our rights"),
                phrase("sharing", "all reasonable steps to make sure that it is treated securely"),
                // Data processor or commercial intermediary
                phrase("processor", "data processor for your organisation under a services agreement"),
                phrase("processor", "data processing agreement"),
                phrase("processor", "one of North West IT's own services"),
                phrase("processor", "commercial intermediary"),
                // Transfers
                phrase("transfers", "third country"),
                phrase("transfers", "worldwide partnerships with suppliers of IT products and services"),
                phrase("transfers", "basic contact details, such as your name, employer, phone number and email address"),
                // Links to other sites
                phrase("other sites", "links to a third-party site"),
                phrase("other sites", "not responsible for that site's content or privacy practices"),
                phrase("other sites", "read the privacy policy of any other site"),
                // Retention
                phrase("retention", "depends on your dealings with us"),
                phrase("retention", "how long we need it for the activities described in this policy"),
                phrase("retention", "what type of information it is, how sensitive it is, and any legal requirements"),
                phrase("retention", "risk of anyone using or sharing it without permission"),
                // Rights
                phrase("rights", "The right to be informed"),
                phrase("rights", "The right of access"),
                phrase("rights", "full details of the information we hold about you"),
                phrase("rights", "obtain a copy"),
                phrase("rights", "The right to rectification"),
                phrase("rights", "kept up to date"),
                phrase("rights", "quickly correct any incorrect personal data"),
                phrase("rights", "The right to erasure"),
                phrase("rights", "the right to be forgotten"),
                phrase("rights", "when the law does not allow us to"),
                phrase("rights", "speak with HR"),
                phrase("rights", "The right to object"),
                phrase("rights", "object to automated individual decision-making"),
                phrase("rights", "ability to benefit from some services"),
                phrase("rights", "The right to data portability"),
                phrase("rights", "your usual contacts at North West IT cannot help"),
                // Cookies
                phrase("cookies", "delightful treat"),
                phrase("cookies", "small piece of text that a website stores on your device"),
                phrase("cookies", "best experience on our website"),
                phrase("cookies", "Cookie Policy"),
                // Security
                phrase("security", "internal security procedures"),
                phrase("security", "100% secure"),
                phrase("security", "cannot ensure or guarantee the security"),
                phrase("security", "at your own risk"),
                phrase("security", "log-in details"),
                phrase("security", "keeping them confidential"),
                // Changes
                phrase("changes", "replaces the policy we last updated in March 2024"),
                phrase("changes", "amend or vary this policy at any time"),
                phrase("changes", "applies from the date we post it"),
                phrase("changes", "sufficient notice"));
    }

    /**
     * What a complete policy needs and the published text left out; the model adds each, marked
     * "# assumed: not stated in the published policy".
     */
    static Stream<SeedFact> completedFacts() {
        return Stream.of(
                phrase("supervisory authority", "Information Commissioner's Office"),
                phrase("supervisory authority", "https://ico.org.uk/make-a-complaint/"),
                phrase("supervisory authority", "0303 123 1113"),
                phrase("supervisory authority", "Wycliffe House"),
                regex("supervisory authority", "Water Lane\\s+Wilmslow\\s+Cheshire\\s+SK9 5AF"),
                phrase("rights", "The right to complain to a supervisory authority"),
                phrase("rights", "The right to restrict processing"),
                phrase("rights", "The right to withdraw consent"),
                phrase("transfers", "International Data Transfer Agreement"),
                phrase("transfers", "Where the destination country has UK adequacy regulations, we rely on them"),
                phrase("transfers", "UK Addendum to the EU standard contractual clauses"),
                phrase("lawful basis", "Consent (Art. 6(1)(a))"),
                phrase("lawful basis", "Contract (Art. 6(1)(b))"),
                phrase("retention", "6 years after our business relationship with your organisation ends"),
                phrase("HR", "write to HR, North West IT Services and Solutions Limited, Egerton Business Centre"),
                phrase("effective date", "Effective from 1 December 2026"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedFacts")
    void everyFactOfThePublishedPolicyIsOnThePrivacyPage(SeedFact fact) {
        assertThat(fact.pattern().matcher(privacyText).find())
                .as("the privacy policy page says '%s'", fact)
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("completedFacts")
    void whatThePublishedPolicyLeftOutIsOnThePrivacyPage(SeedFact fact) {
        assertThat(fact.pattern().matcher(privacyText).find())
                .as("the privacy policy page says '%s'", fact)
                .isTrue();
    }

    @Test
    void theFactListIsLongEnoughToMeanSomething() {
        assertThat(seedFacts().count()).isGreaterThanOrEqualTo(40);
        List<String> patterns = seedFacts().map(f -> f.pattern().pattern()).toList();
        assertThat(patterns).as("each seed fact is listed once").doesNotHaveDuplicates();
    }

    /**
     * The published policy says several paragraphs two or three times; the model says each once.
     * Only the page's content, {@code <main>}, is checked: the header and footer repeat the
     * organisation's name on every page by design. The "At a glance" summary is left out on purpose:
     * it is generated to repeat, in brief, the data, basis and period that each purpose states in
     * full. So are the lawful-basis labels that every purpose on the same basis shares.
     */
    @Test
    void noParagraphIsSaidTwice() {
        Document page = Jsoup.parse(privacyHtml);
        assertThat(page.getElementById("at-a-glance")).as("the summary the check leaves out").isNotNull();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Element main = page.selectFirst("main");
        assertThat(main).as("the page's main content").isNotNull();
        for (Element element : main.select("p, li, dd, td")) {
            // The summary and the data map's text equivalent restate the purposes on purpose.
            if (element.closest("#at-a-glance, .datamap-text") != null || wrapsSameText(element)) {
                continue;
            }
            String text = normalise(element.text());
            if (text.length() <= DUPLICATE_MIN_LENGTH || LAWFUL_BASIS_LABEL.matcher(text).matches()) {
                continue;
            }
            counts.merge(text, 1, Integer::sum);
        }
        assertThat(counts).as("paragraphs on the privacy page").isNotEmpty();
        List<String> duplicates = counts.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(e -> e.getValue() + " times: " + e.getKey())
                .toList();
        assertThat(duplicates)
                .withFailMessage("said more than once on privacy-policy.html:%n%s", String.join("\n", duplicates))
                .isEmpty();
    }

    @Test
    void noDefectOfThePublishedTextIsCopied() {
        for (String file : List.of("privacy-policy.html", "cookie-policy.html", "policy.json")) {
            String raw = site.text(file);
            String text = file.endsWith(".html") ? visibleText(raw) : raw;
            assertThat(text).as(file)
                    .doesNotContain("Default title")
                    .doesNotContain("Logo@4x")
                    .doesNotContain("KITS Logo")
                    .doesNotContain(".png")
                    .doesNotContainPattern("(^|\\s)×(\\s|$)")
                    .doesNotContain("Suppose ");
            if (file.endsWith(".html")) {
                assertThat(text).as("%s has no unresolved directive", file).doesNotContain("{{").doesNotContain("}}");
            }
        }
    }

    @Test
    void theCookiePolicyTablesEveryCookieOfTheModel() {
        List<String> names = model.cookies().stream().map(Cookie::name).toList();
        assertThat(names).as("cookies in the model").isNotEmpty();
        Document page = Jsoup.parse(site.text("cookie-policy.html"));
        Elements tables = page.select("table");
        assertThat(tables).as("cookie tables").isNotEmpty();
        List<String> tabled = tables.select("tbody tr > th code").eachText();
        assertThat(tabled).containsExactlyInAnyOrderElementsOf(names);
        assertThat(tables.select("thead th").eachText()).contains("Cookie", "Provider", "Purpose", "Duration");
    }

    @Test
    void theJsonHoldsEveryEmailAddress() throws Exception {
        JsonNode json = new ObjectMapper().readTree(site.text("policy.json"));
        Set<String> strings = new LinkedHashSet<>();
        collectStrings(json, strings);
        List<String> modelled = model.contacts().stream().map(Contact::email).filter(e -> e != null).toList();
        assertThat(modelled).as("email addresses in the model")
                .contains("dpo@northwest-it.co.uk", "marketing@northwest-it.co.uk", "IT-security@northwest-it.co.uk");
        assertThat(strings).as("string values of policy.json").containsAll(modelled);
    }

    @Test
    void twoCompilesGiveByteIdenticalFiles() throws Exception {
        Site first = PolicyCompiler.create().compile(MODEL);
        Site second = PolicyCompiler.create().compile(MODEL);
        assertThat(second.files().keySet()).containsExactlyElementsOf(first.files().keySet());
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : first.files().entrySet()) {
            if (!Arrays.equals(file.getValue(), second.files().get(file.getKey()))) {
                differing.add(file.getKey());
            }
        }
        assertThat(differing).as("files that differ between two compiles").isEmpty();
        assertThat(first.files().keySet())
                .contains("privacy-policy.html", "cookie-policy.html", "policy.json");
    }

    /**
     * The example publishes two versions: the policy as North West IT published it in March 2024,
     * frozen in {@code history/2024.03.json} (imported by policyc:import, defects and all), and the
     * corrected successor this model is.
     */
    @Test
    void theFirstVersionIsThePolicyAsPublished() throws Exception {
        Path frozen = MODEL.resolveSibling("history/2024.03.json");
        String json = java.nio.file.Files.readString(frozen);

        PolicyModel published = PolicyLoader.create().load(frozen);

        assertThat(io.github.policyc.render.json.ContentHash.matches(json)).as("its content hash").isTrue();
        assertThat(published.policy().version()).isEqualTo("2024.03");
        assertThat(published.policy().effective()).isEqualTo(java.time.LocalDate.of(2024, 3, 1));
        assertThat(json.split("Suppose North West IT is acting as a Data Processor", -1)).as("copies").hasSize(4);
        assertThat(published.sections()).extracting(s -> s.title()).contains("Default title");
        assertThat(model.policy().version()).as("the current version is its successor").isEqualTo("2026.12");
    }

    /** Whether the element only wraps another checked element with the same text, as a loose list item wraps its paragraph. */
    private static boolean wrapsSameText(Element element) {
        String text = normalise(element.text());
        return element.children().select("p, li, dd, td").stream()
                .anyMatch(inner -> normalise(inner.text()).equals(text));
    }

    private static void collectStrings(JsonNode node, Set<String> into) {
        if (node.isTextual()) {
            into.add(node.textValue());
        }
        node.elements().forEachRemaining(child -> collectStrings(child, into));
    }

    private static String visibleText(String html) {
        return normalise(Jsoup.parse(html).body().text());
    }

    /** One space between words, and straight quotes, so that phrases match however the page is typeset. */
    private static String normalise(String text) {
        return text.replace('\u00a0', ' ')
                .replaceAll("[\u2018\u2019]", "'")
                .replaceAll("[\u201c\u201d]", "\"")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
