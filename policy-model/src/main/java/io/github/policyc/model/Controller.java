package io.github.policyc.model;

import java.util.List;

/**
 * The organisation that decides why and how personal data is processed (GDPR Art. 13(1)(a)).
 *
 * @param name          the full legal name
 * @param shortName     the name the text uses for the organisation, such as "North West IT"
 * @param companyNumber the company registration number
 * @param registeredIn  where the company is registered, such as "England and Wales"
 * @param address       the registered office, one line per element
 * @param contact       the contact readers should use for questions about their data
 * @param dpo           the data protection officer, where one is designated (Art. 13(1)(b))
 * @param website       the organisation's website
 * @param at            where the controller is written
 * @since 0.1.0
 */
public record Controller(@Required String name, String shortName, String companyNumber, String registeredIn,
                         List<String> address, Ref contact, Ref dpo, String website, Location at) {

    public Controller {
        address = Lists.copy(address);
    }

    /** The name the text uses: the short name when there is one, else the legal name. */
    public String displayName() {
        return shortName != null ? shortName : name;
    }
}
