package io.github.policyc.check;

import io.github.policyc.check.internal.Suppressions;
import io.github.policyc.check.rules.AutomatedDecisionsNotStated;
import io.github.policyc.check.rules.CategoriesNotStated;
import io.github.policyc.check.rules.ConsentWithoutWithdrawal;
import io.github.policyc.check.rules.ContactWithoutChannel;
import io.github.policyc.check.rules.ControllerContactMissing;
import io.github.policyc.check.rules.ControllerWithoutContactDetails;
import io.github.policyc.check.rules.CookieCategoryConflict;
import io.github.policyc.check.rules.CookieOutlivesRetention;
import io.github.policyc.check.rules.CookiePolicyWithoutCookies;
import io.github.policyc.check.rules.CookieWithoutConsent;
import io.github.policyc.check.rules.DuplicateParagraph;
import io.github.policyc.check.rules.DuplicateSection;
import io.github.policyc.check.rules.EmptySection;
import io.github.policyc.check.rules.HeadingWithoutBody;
import io.github.policyc.check.rules.IncompleteCookie;
import io.github.policyc.check.rules.UndeclaredCookie;
import io.github.policyc.check.rules.UnobservedCookie;
import io.github.policyc.check.rules.LegitimateInterestNotStated;
import io.github.policyc.check.rules.MissingComplaintRight;
import io.github.policyc.check.rules.MissingDpoContact;
import io.github.policyc.check.rules.MissingLawfulBasis;
import io.github.policyc.check.rules.MissingRetention;
import io.github.policyc.check.rules.MissingRight;
import io.github.policyc.check.rules.NearDuplicateParagraph;
import io.github.policyc.check.rules.NoPurposes;
import io.github.policyc.check.rules.NoRecipients;
import io.github.policyc.check.rules.NoRetentionStated;
import io.github.policyc.check.rules.PastedArtefact;
import io.github.policyc.check.rules.PlaceholderText;
import io.github.policyc.check.rules.RequirementNotStated;
import io.github.policyc.check.rules.SourceNotStated;
import io.github.policyc.check.rules.SpecialCategoryWithoutCondition;
import io.github.policyc.check.rules.TransferWithoutSafeguard;
import io.github.policyc.check.rules.UndeclaredContactDetail;
import io.github.policyc.check.rules.UnlinkedDocument;
import io.github.policyc.check.rules.UnreachableContact;
import io.github.policyc.check.rules.UnresolvedSectionReference;
import io.github.policyc.check.rules.UnusedDeclaration;
import io.github.policyc.check.rules.VagueRetention;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every rule policyc has. Rules are ours and few, so they are listed here, by family, rather than
 * discovered.
 *
 * @since 0.1.0
 */
public final class Rules {

    /** PC1xx: text said twice. */
    private static final List<Rule> DUPLICATED_TEXT = List.of(
            new DuplicateSection(),
            new DuplicateParagraph(),
            new NearDuplicateParagraph());

    /** PC2xx: contacts readers cannot reach, and contact details nobody declared. */
    private static final List<Rule> CONTACTS = List.of(
            new ContactWithoutChannel(),
            new UnreachableContact(),
            new UndeclaredContactDetail(),
            new ControllerContactMissing());

    /** PC3xx: references that lead nowhere, and declarations nothing uses. */
    private static final List<Rule> REFERENCES = List.of(
            new UnusedDeclaration(),
            new UnresolvedSectionReference(),
            new UnlinkedDocument(),
            new CookiePolicyWithoutCookies());

    /** PC4xx: placeholders, pasted artefacts and empty structure. */
    private static final List<Rule> PLACEHOLDERS = List.of(
            new PlaceholderText(),
            new PastedArtefact(),
            new EmptySection(),
            new HeadingWithoutBody());

    /** PC5xx: lawful basis and retention of each purpose. */
    private static final List<Rule> LAWFULNESS = List.of(
            new MissingLawfulBasis(),
            new MissingRetention(),
            new VagueRetention(),
            new LegitimateInterestNotStated(),
            new ConsentWithoutWithdrawal(),
            new SpecialCategoryWithoutCondition());

    /** PC6xx: the information GDPR Art. 13 and 14 require. */
    private static final List<Rule> TRANSPARENCY = List.of(
            new ControllerWithoutContactDetails(),
            new MissingDpoContact(),
            new NoPurposes(),
            new NoRecipients(),
            new TransferWithoutSafeguard(),
            new NoRetentionStated(),
            new MissingRight(),
            new MissingComplaintRight(),
            new RequirementNotStated(),
            new AutomatedDecisionsNotStated(),
            new CategoriesNotStated(),
            new SourceNotStated());

    /** PC7xx: the cookie inventory. */
    private static final List<Rule> COOKIES = List.of(
            new IncompleteCookie(),
            new CookieWithoutConsent(),
            new CookieOutlivesRetention(),
            new CookieCategoryConflict(),
            new UndeclaredCookie(),
            new UnobservedCookie());

    private static final List<Rule> ALL = Stream.of(DUPLICATED_TEXT, CONTACTS, REFERENCES, PLACEHOLDERS, LAWFULNESS,
                    TRANSPARENCY, COOKIES)
            .flatMap(List::stream)
            .sorted(Comparator.comparing(rule -> rule.info().id()))
            .toList();

    private Rules() {
    }

    /** The rules a check runs, in id order. */
    public static List<Rule> all() {
        return ALL;
    }

    /** What every rule is, including the suppression rules the checker applies itself, in id order. */
    public static List<RuleInfo> infos() {
        return Stream.concat(Stream.of(Suppressions.WITHOUT_REASON, Suppressions.UNUSED),
                ALL.stream().map(Rule::info)).toList();
    }
}
