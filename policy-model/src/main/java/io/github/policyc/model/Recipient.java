package io.github.policyc.model;

import java.util.List;

/**
 * An organisation, or a category of organisations, that receives personal data (GDPR Art. 13(1)(e)).
 *
 * @param id          the id purposes use to name the recipient
 * @param name        the recipient's name, or a description of the category
 * @param role        the role it plays
 * @param description what it receives and why, in Markdown
 * @param countries   where it processes the data
 * @param transfer    the safeguard for processing outside the UK, where there is any
 * @param at          where the recipient is written
 * @since 0.1.0
 */
public record Recipient(@Id String id, @Required String name, @Required RecipientRole role, Prose description,
                        List<Country> countries, Transfer transfer, Location at) {

    public Recipient {
        countries = Lists.copy(countries);
    }
}
