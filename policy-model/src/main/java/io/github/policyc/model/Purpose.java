package io.github.policyc.model;

import java.util.List;

/**
 * One reason for processing personal data, with everything GDPR Art. 13 asks to be said about it.
 *
 * @param id                 the id other parts of the model use to name the purpose
 * @param title              a short title, such as "Events"
 * @param description        what is done with the data, in Markdown
 * @param subjects           the groups of people whose data is used
 * @param categories         the categories of data used
 * @param lawfulBasis        the lawful basis (Art. 6(1))
 * @param legitimateInterest the interest pursued, where the basis is legitimate interests (Art. 13(1)(d))
 * @param specialCondition   the Art. 9(2) condition, where the purpose uses special category data
 * @param retention          how long the data is kept
 * @param recipients         who receives the data
 * @param requirement        whether providing the data is a statutory or contractual requirement,
 *                           and what happens if it is not provided (Art. 13(2)(e))
 * @param at                 where the purpose is written
 * @since 0.1.0
 */
public record Purpose(@Id String id, @Required String title, Prose description, List<Ref> subjects,
                      List<Ref> categories, LawfulBasis lawfulBasis, Prose legitimateInterest,
                      SpecialCategoryCondition specialCondition, Retention retention, List<Ref> recipients, Prose requirement, Location at) {

    public Purpose {
        subjects = Lists.copy(subjects);
        categories = Lists.copy(categories);
        recipients = Lists.copy(recipients);
    }
}
