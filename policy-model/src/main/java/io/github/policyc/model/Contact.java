package io.github.policyc.model;

import java.util.List;

/**
 * A person, team or mailbox readers can contact, with at least one channel.
 *
 * @param id          the id other parts of the model use to name the contact
 * @param role        who or what the contact is, such as "Data Protection Officer"
 * @param email       an email address
 * @param phone       a telephone number
 * @param url         a web page or form
 * @param address     a postal address, one line per element
 * @param description when to use this contact
 * @param at          where the contact is written
 * @since 0.1.0
 */
public record Contact(@Id String id, @Required String role, String email, String phone, String url,
                      List<String> address, Prose description, Location at) {

    public Contact {
        address = Lists.copy(address);
    }

    /** Whether readers have any way to reach this contact; white space alone is none. */
    public boolean hasChannel() {
        return given(email) || given(phone) || given(url) || address.stream().anyMatch(Contact::given);
    }

    private static boolean given(String channel) {
        return channel != null && !channel.isBlank();
    }
}
