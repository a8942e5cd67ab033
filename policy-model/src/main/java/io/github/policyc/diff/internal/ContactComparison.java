package io.github.policyc.diff.internal;

import io.github.policyc.diff.Change;
import io.github.policyc.diff.Change.Kind;
import io.github.policyc.model.Contact;
import io.github.policyc.model.PolicyModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Contacts added, removed, or reached differently: one change for each channel that changed. */
public final class ContactComparison implements Comparison {

    @Override
    public void compare(PolicyModel older, PolicyModel newer, List<Change> out) {
        for (Pair<Contact> pair : Pair.match(older.contacts(), newer.contacts(), Contact::id)) {
            String subject = Subjects.contact(pair.current());
            if (pair.added()) {
                out.add(new Change(Kind.CONTACT_ADDED, subject, added(pair.newer()), false));
            } else if (pair.removed()) {
                out.add(new Change(Kind.CONTACT_REMOVED, subject, "no longer listed as a contact", false));
            } else {
                Contact before = pair.older();
                Contact after = pair.newer();
                changed(out, subject, "role", before.role(), after.role());
                changed(out, subject, "email address", before.email(), after.email());
                changed(out, subject, "phone number", before.phone(), after.phone());
                changed(out, subject, "web page", before.url(), after.url());
                changed(out, subject, "postal address", address(before), address(after));
            }
        }
    }

    private static String added(Contact contact) {
        List<String> channels = new ArrayList<>();
        if (contact.email() != null) {
            channels.add("email " + contact.email());
        }
        if (contact.phone() != null) {
            channels.add("phone " + contact.phone());
        }
        if (contact.url() != null) {
            channels.add("web page " + contact.url());
        }
        if (!contact.address().isEmpty()) {
            channels.add("post to " + Words.address(contact.address()));
        }
        return channels.isEmpty() ? "new contact, with no way to reach it" : "new contact: " + Words.list(channels);
    }

    private static void changed(List<Change> out, String subject, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            out.add(new Change(Kind.CONTACT_CHANGED, subject, Words.changed(what, before, after), false));
        }
    }

    private static String address(Contact contact) {
        return contact.address().isEmpty() ? null : Words.address(contact.address());
    }
}
