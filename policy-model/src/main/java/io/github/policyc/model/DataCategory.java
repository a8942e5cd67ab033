package io.github.policyc.model;

import java.util.List;

/**
 * A kind of personal data, such as an email address.
 *
 * @param id          the id purposes use to name the category
 * @param label       the category's name as readers see it
 * @param description what exactly the category includes
 * @param special     whether it is special category data (GDPR Art. 9), such as health data
 * @param sources     where the data comes from (Art. 14(2)(f))
 * @param at          where the category is written
 * @since 0.1.0
 */
public record DataCategory(@Id String id, @Required String label, Prose description, boolean special,
                           List<DataSource> sources, Location at) {

    public DataCategory {
        sources = Lists.copy(sources);
    }
}
