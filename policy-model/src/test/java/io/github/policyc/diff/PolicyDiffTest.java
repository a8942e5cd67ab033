package io.github.policyc.diff;

import static io.github.policyc.diff.Versions.BASE;
import static io.github.policyc.diff.Versions.between;
import static io.github.policyc.diff.Versions.edit;
import static io.github.policyc.diff.Versions.spelled;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of change in meaning, found from one edit to a small policy, and whether it is material. */
class PolicyDiffTest {

    private static final String EVENTS = """
              events:
                title: Events
                subjects: [customers]
                categories: [name, email]
                lawfulBasis: consent
                retention: { period: P12M, trigger: after the event }
            recipients:
            """;

    @TempDir
    Path dir;

    /** An edit to the base model, and the changes it must give, spelled as {@link Versions#spelled}. */
    record Case(String from, String to, List<String> expected) {
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                when("purpose added", "recipients:\n", EVENTS,
                        "PURPOSE_ADDED | purpose 'events' (Events) | new purpose: uses name and email address of"
                                + " customers, on the basis of consent, kept for 12 months after the event | material"),
                when("category added", "categories: [name, email]", "categories: [name, email, health]",
                        "CATEGORY_ADDED | purpose 'orders' (Orders) | now also uses health information"
                                + " (special category data) | material"),
                when("category removed", "categories: [name, email]", "categories: [name]",
                        "CATEGORY_REMOVED | purpose 'orders' (Orders) | no longer uses email address"),
                when("lawful basis changed", "lawfulBasis: contract", "lawfulBasis: legitimate-interests",
                        "LAWFUL_BASIS_CHANGED | purpose 'orders' (Orders) | now relies on legitimate interests"
                                + " instead of contract | material"),
                when("lawful basis no longer stated", "    lawfulBasis: contract\n", "",
                        "LAWFUL_BASIS_CHANGED | purpose 'orders' (Orders) | no longer states its lawful basis"
                                + " (was contract) | material"),
                when("special category condition stated", "lawfulBasis: contract",
                        "lawfulBasis: contract\n    specialCondition: explicit-consent",
                        "LAWFUL_BASIS_CHANGED | purpose 'orders' (Orders) | now states its condition for special"
                                + " category data: explicit consent (Art. 9(2)(a))"),
                when("retention longer", "period: P24M", "period: P5Y",
                        "RETENTION_LONGER | purpose 'orders' (Orders) | now keeps data for 5 years instead of"
                                + " 24 months | material"),
                when("retention shorter", "period: P24M", "period: P18M",
                        "RETENTION_SHORTER | purpose 'orders' (Orders) | now keeps data for 18 months instead of"
                                + " 24 months"),
                when("same retention written differently", "period: P24M", "period: P2Y"),
                when("retention counted from another event", "after your last order", "after your account is closed",
                        "RETENTION_CHANGED | purpose 'orders' (Orders) | now keeps data for 24 months after your"
                                + " account is closed instead of for 24 months after your last order | material"),
                when("retention period dropped", "{ period: P24M, trigger: after your last order }",
                        "{ trigger: until you close your account }",
                        "RETENTION_CHANGED | purpose 'orders' (Orders) | now keeps data until you close your account"
                                + " instead of for 24 months after your last order | material"),
                when("retention no longer stated",
                        "    retention: { period: P24M, trigger: after your last order }\n", "",
                        "RETENTION_CHANGED | purpose 'orders' (Orders) | no longer says how long data is kept"
                                + " (was for 24 months after your last order) | material"),
                when("criteria changed, period unchanged", "{ period: P24M, trigger: after your last order }",
                        "{ period: P24M, trigger: after your last order, description: Tax law says so. }",
                        "RETENTION_CHANGED | purpose 'orders' (Orders) | changed the criteria that decide how long"
                                + " data is kept"),
                when("recipient added to a purpose and the policy", "recipients: [courier]\nrecipients:\n",
                        "recipients: [courier, mailer]\n"
                                + "recipients:\n  mailer: { name: Mailer Inc, role: processor, countries: [GB] }\n",
                        "RECIPIENT_ADDED | purpose 'orders' (Orders) | now shares data with Mailer Inc | material",
                        "RECIPIENT_ADDED | recipient 'mailer' (Mailer Inc) | new recipient: Mailer Inc, a processor"
                                + " acting on our behalf | material"),
                when("transfer added", "countries: [GB] }", "countries: [GB, US], transfer: { safeguard: idta } }",
                        "TRANSFER_ADDED | recipient 'courier' (Courier) | now processes data in the United States"
                                + " (safeguard: International Data Transfer Agreement) | material"),
                when("right added", "rights:\n", "rights:\n  erasure: { description: You can ask us to delete it. }\n",
                        "RIGHT_ADDED | right 'erasure' (The right to erasure) | the policy now explains this right"),
                when("right handled by another contact", "copy of your data., contact: privacy",
                        "copy of your data., contact: dpo",
                        "RIGHT_CHANGED | right 'access' (The right of access) | contact is now Data Protection"
                                + " Officer (dpo) instead of Privacy team (privacy)"),
                when("right explained differently", "You can ask for a copy of your data.",
                        "You can ask for a copy of the data we hold about you.",
                        "RIGHT_CHANGED | right 'access' (The right of access) | explained differently"),
                when("contact added", "contacts:\n", "contacts:\n  post: { role: Post room, address: [1 High Street] }\n",
                        "CONTACT_ADDED | contact 'post' (Post room) | new contact: post to 1 High Street"),
                when("contact channels changed", "{ role: Data Protection Officer, email: dpo@test.example }",
                        "{ role: Data Protection Officer, email: dpo@new.example, phone: \"0161 000 0000\" }",
                        "CONTACT_CHANGED | contact 'dpo' (Data Protection Officer) | email address is now"
                                + " dpo@new.example instead of dpo@test.example",
                        "CONTACT_CHANGED | contact 'dpo' (Data Protection Officer) | now states its phone number:"
                                + " 0161 000 0000"),
                when("controller renamed", "name: Test Widgets Ltd", "name: Test Widgets Limited",
                        "CONTROLLER_CHANGED | controller (Test Widgets Limited) | legal name is now Test Widgets"
                                + " Limited instead of Test Widgets Ltd"),
                when("controller is another company", "\"01234567\"", "\"07654321\"",
                        "CONTROLLER_CHANGED | controller (Test Widgets Ltd) | company number is now 07654321"
                                + " instead of 01234567 | material"),
                when("controller moved", "[1 High Street, Bolton, BL1 1AA]", "[2 Low Road, Bolton, BL2 2BB]",
                        "CONTROLLER_CHANGED | controller (Test Widgets Ltd) | registered office is now 2 Low Road,"
                                + " Bolton, BL2 2BB instead of 1 High Street, Bolton, BL1 1AA"),
                when("controller designates a DPO", "  contact: privacy\n", "  contact: privacy\n  dpo: dpo\n",
                        "CONTROLLER_CHANGED | controller (Test Widgets Ltd) | now states its data protection"
                                + " officer: Data Protection Officer (dpo)"),
                when("analytics cookie added", "cookies:\n",
                        "cookies:\n  - { name: _ga, provider: Google Analytics, category: analytics, duration: P2Y }\n",
                        "COOKIE_ADDED | cookie '_ga' (Google Analytics) | new analytics cookie set by Google"
                                + " Analytics, lasting 2 years | material"),
                when("strictly necessary cookie added", "cookies:\n",
                        "cookies:\n  - { name: csrf, category: strictly-necessary, duration: session }\n",
                        "COOKIE_ADDED | cookie 'csrf' | new strictly necessary cookie, deleted when the browser"
                                + " closes"),
                when("cookie lives longer", "duration: session", "duration: P1Y",
                        "COOKIE_CHANGED | cookie 'session' | now lasts for 1 year instead of until the browser"
                                + " closes"),
                when("cookie now needs consent", "category: strictly-necessary", "category: analytics",
                        "COOKIE_CHANGED | cookie 'session' | category is now analytics instead of strictly"
                                + " necessary | material"));
    }

    private static Arguments when(String name, String from, String to, String... expected) {
        return Arguments.of(Named.of(name, new Case(from, to, List.of(expected))));
    }

    @ParameterizedTest
    @MethodSource("edits")
    void findsTheChangeAnEditMakes(Case edit) {
        VersionChanges changes = between(dir, BASE, edit(BASE, edit.from(), edit.to()));

        assertThat(spelled(changes)).containsExactlyElementsOf(edit.expected());
        assertThat(changes.material()).isEqualTo(edit.expected().stream().anyMatch(c -> c.endsWith("| material")));
    }

    @Test
    void findsRemovalsTheOtherWayRoundAndNoneIsMaterial() {
        String larger = edit(edit(edit(edit(BASE, "recipients:\n", EVENTS),
                "countries: [GB] }", "countries: [GB, US], transfer: { safeguard: idta } }"),
                "rights:\n", "rights:\n  erasure: { description: You can ask us to delete it. }\n"),
                "cookies:\n", "cookies:\n  - { name: _ga, provider: Google Analytics, category: analytics }\n");

        VersionChanges changes = between(dir, larger, BASE);

        assertThat(spelled(changes)).containsExactly(
                "PURPOSE_REMOVED | purpose 'events' (Events) | removed: data is no longer used for this purpose",
                "TRANSFER_REMOVED | recipient 'courier' (Courier) | no longer processes data in the United States",
                "RIGHT_REMOVED | right 'erasure' (The right to erasure) | the policy no longer explains this right",
                "COOKIE_REMOVED | cookie '_ga' (Google Analytics) | no longer set");
        assertThat(changes.material()).isFalse();
    }

    @Test
    void aNewRecipientAbroadIsANewTransferToo() {
        String newer = edit(BASE, "recipients:\n  courier: { name: Courier, role: processor, countries: [GB] }",
                "recipients:\n  courier: { name: Courier, role: processor, countries: [GB] }\n"
                        + "  cloud: { name: Cloud host, role: processor, countries: [GB, NL, worldwide] }");

        assertThat(spelled(between(dir, BASE, newer))).containsExactly(
                "RECIPIENT_ADDED | recipient 'cloud' (Cloud host) | new recipient: Cloud host, a processor acting on"
                        + " our behalf | material",
                "TRANSFER_ADDED | recipient 'cloud' (Cloud host) | now processes data in the Netherlands and anywhere"
                        + " in the world (no safeguard stated) | material");
    }

    @Test
    void aDifferentSafeguardForTransfersThatGoOnIsNotMaterial() {
        String idta = edit(BASE, "countries: [GB] }", "countries: [US], transfer: { safeguard: idta } }");
        String scc = edit(BASE, "countries: [GB] }", "countries: [US], transfer: { safeguard: scc } }");

        assertThat(spelled(between(dir, idta, scc))).containsExactly(
                "TRANSFER_CHANGED | recipient 'courier' (Courier) | transfer safeguard is now standard contractual"
                        + " clauses instead of International Data Transfer Agreement");
    }

    @Test
    void retentionCountedFromAnEventNowWithAPeriodCannotBeOrderedAndIsMaterial() {
        String untilClosed = edit(BASE, "{ period: P24M, trigger: after your last order }",
                "{ trigger: until you close your account }");
        String yearAfter = edit(BASE, "{ period: P24M, trigger: after your last order }",
                "{ period: P1Y, trigger: after you close your account }");

        assertThat(spelled(between(dir, untilClosed, yearAfter))).containsExactly(
                "RETENTION_CHANGED | purpose 'orders' (Orders) | now keeps data for 1 year after you close your"
                        + " account instead of until you close your account | material");
    }

    @Test
    void retentionStatedWhereNoneWasIsNotMaterial() {
        String none = edit(BASE, "    retention: { period: P24M, trigger: after your last order }\n", "");

        assertThat(spelled(between(dir, none, BASE))).containsExactly(
                "RETENTION_CHANGED | purpose 'orders' (Orders) | now says how long data is kept: for 24 months"
                        + " after your last order");
    }

    @Test
    void criteriaThatAreAllTheRetentionSaysAreMaterial() {
        String before = edit(BASE, "{ period: P24M, trigger: after your last order }",
                "{ description: As long as your account is open. }");
        String after = edit(BASE, "{ period: P24M, trigger: after your last order }",
                "{ description: 'As long as you are a customer, and six years after.' }");

        assertThat(spelled(between(dir, before, after))).containsExactly(
                "RETENTION_CHANGED | purpose 'orders' (Orders) | changed the criteria that decide how long data is"
                        + " kept | material");
    }

    @Test
    void cookieChangesAreMaterialOnlyForCookiesThatNeedConsent() {
        String analytics = edit(BASE, "category: strictly-necessary\n    duration: session",
                "category: analytics\n    duration: P1Y\n    provider: Plausible");
        String changed = edit(BASE, "category: strictly-necessary\n    duration: session",
                "category: analytics\n    duration: P2Y\n    provider: Google Analytics\n    purpose: orders");
        String shorter = edit(BASE, "category: strictly-necessary\n    duration: session",
                "category: analytics\n    duration: P6M\n    provider: Plausible");

        assertThat(spelled(between(dir, analytics, changed))).containsExactly(
                "COOKIE_CHANGED | cookie 'session' (Google Analytics) | now lasts for 2 years instead of for 1 year"
                        + " | material",
                "COOKIE_CHANGED | cookie 'session' (Google Analytics) | now states its purpose: Orders (orders)"
                        + " | material",
                "COOKIE_CHANGED | cookie 'session' (Google Analytics) | provider is now Google Analytics instead of"
                        + " Plausible | material");
        assertThat(spelled(between(dir, analytics, shorter))).containsExactly(
                "COOKIE_CHANGED | cookie 'session' (Plausible) | now lasts for 6 months instead of for 1 year");
        assertThat(spelled(between(dir, BASE, edit(BASE, "duration: session", "duration: P2Y"))))
                .as("a strictly necessary cookie needs no consent, however long it lives")
                .allSatisfy(change -> assertThat(change).doesNotEndWith("material"));
    }

    @Test
    void aDeclaredCategoryThatIsNoLongerNecessaryMakesItsCookiesAMaterialChange() {
        String necessary = edit(BASE, "cookies:\n", "cookieCategories:\n  security: { label: Security, necessary: true }\n"
                + "cookies:\n  - { name: bot, category: security, duration: PT30M }\n");
        String needsConsent = edit(necessary, "necessary: true", "necessary: false");
        String relabelled = edit(necessary, "label: Security", "label: Site security");

        assertThat(spelled(between(dir, necessary, needsConsent))).containsExactly(
                "COOKIE_CHANGED | cookie 'bot' | its category, security, is no longer strictly necessary | material");
        assertThat(spelled(between(dir, necessary, relabelled))).as("a new label is wording").isEmpty();
        assertThat(between(dir, necessary, relabelled).text()).extracting(TextChange::where)
                .containsExactly("the label of cookie category 'security' (Site security)");
    }

    @Test
    void partsComeInModelOrderWithRemovedPartsWhereTheyStood() {
        String three = edit(BASE, "contacts:\n", "contacts:\n  a: { role: A, email: a@test.example }\n"
                + "  b: { role: B, email: b@test.example }\n");
        String reordered = edit(BASE, "contacts:\n", "contacts:\n  c: { role: C, email: c@test.example }\n"
                + "  b: { role: B, email: b@new.example }\n");

        assertThat(spelled(between(dir, three, reordered))).containsExactly(
                "CONTACT_REMOVED | contact 'a' (A) | no longer listed as a contact",
                "CONTACT_ADDED | contact 'c' (C) | new contact: email c@test.example",
                "CONTACT_CHANGED | contact 'b' (B) | email address is now b@new.example instead of b@test.example");
    }

    @Test
    void theSameVersionTwiceHasNoChanges() {
        VersionChanges changes = between(dir, BASE, BASE);

        assertThat(changes.isEmpty()).isTrue();
        assertThat(changes.from()).isEqualTo("1");
        assertThat(changes.to()).isEqualTo("2");
        assertThat(changes.summary()).isEqualTo("No changes.");
    }
}
