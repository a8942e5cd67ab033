package io.github.policyc.model;

import java.util.List;

/**
 * The supervisory authority readers may complain to (GDPR Art. 13(2)(d) and 77).
 *
 * @param name    the authority's name, such as "Information Commissioner's Office"
 * @param url     its website or complaint form
 * @param phone   its helpline
 * @param email   its email address
 * @param address its postal address, one line per element
 * @param at      where the authority is written
 * @since 0.1.0
 */
public record SupervisoryAuthority(@Required String name, String url, String phone, String email,
                                   List<String> address, Location at) {

    public SupervisoryAuthority {
        address = Lists.copy(address);
    }
}
