package io.github.policyc.diff.internal;

import io.github.policyc.model.Contact;
import io.github.policyc.model.Cookie;
import io.github.policyc.model.CookieCategory;
import io.github.policyc.model.DataCategory;
import io.github.policyc.model.DataSubject;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Prose;
import io.github.policyc.model.Purpose;
import io.github.policyc.model.Recipient;
import io.github.policyc.model.Right;
import io.github.policyc.model.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A piece of text readers see, keyed by its owner and field so that it can be found in another
 * version: every Markdown field, and the titles of sections and purposes, which head them on the page.
 *
 * @param key     the owner's kind and id and the field, such as {@code section:intro:body}
 * @param where   the text for readers, such as "the body of section 'intro' (Introduction)"
 * @param text    the text
 * @param heading whether it is a title, which is only compared while its owner exists in both versions
 */
record TextField(String key, String where, String text, boolean heading) {

    /** The text fields of a model, in model order. */
    static List<TextField> of(PolicyModel model) {
        List<TextField> fields = new ArrayList<>();
        for (Contact c : model.contacts()) {
            prose(fields, "contact:" + c.id(), "description", "the description of", Subjects.contact(c), c.description());
        }
        for (DataSubject s : model.dataSubjects()) {
            prose(fields, "subject:" + s.id(), "description", "the description of", Subjects.dataSubject(s),
                    s.description());
        }
        for (DataCategory c : model.dataCategories()) {
            prose(fields, "category:" + c.id(), "description", "the description of", Subjects.dataCategory(c),
                    c.description());
        }
        for (Purpose p : model.purposes()) {
            String key = "purpose:" + p.id();
            String owner = Subjects.purpose(p);
            fields.add(new TextField(key + ":title", "the title of " + owner, p.title(), true));
            prose(fields, key, "description", "the description of", owner, p.description());
            prose(fields, key, "legitimateInterest", "the legitimate interest of", owner, p.legitimateInterest());
            prose(fields, key, "requirement", "whether data must be provided for", owner, p.requirement());
            if (p.retention() != null) {
                prose(fields, key, "retention", "the retention criteria of", owner, p.retention().description());
            }
        }
        for (Recipient r : model.recipients()) {
            String owner = Subjects.recipient(r);
            prose(fields, "recipient:" + r.id(), "description", "the description of", owner, r.description());
            if (r.transfer() != null) {
                prose(fields, "recipient:" + r.id(), "transfer", "the transfer details of", owner,
                        r.transfer().description());
            }
        }
        for (Right r : model.rights()) {
            String key = "right:" + r.kind();
            prose(fields, key, "description", "the description of", Subjects.right(r), r.description());
            prose(fields, key, "exercise", "how to exercise", Subjects.right(r), r.exercise());
        }
        if (model.automatedDecisions() != null) {
            prose(fields, "automated-decisions", "description", "the description of", "automated decision-making",
                    model.automatedDecisions().description());
        }
        for (CookieCategory c : model.cookieCategories()) {
            String owner = Subjects.cookieCategory(c);
            fields.add(new TextField("cookie-category:" + c.id() + ":label", "the label of " + owner, c.label(), true));
            prose(fields, "cookie-category:" + c.id(), "description", "the description of", owner, c.description());
        }
        Map<String, Integer> cookieNames = new HashMap<>();
        for (Cookie c : model.cookies()) {
            int n = cookieNames.merge(c.name(), 1, Integer::sum);
            prose(fields, "cookie:" + c.name() + "#" + n, "description", "the description of", Subjects.cookie(c),
                    c.description());
        }
        for (Section s : model.sections()) {
            String key = "section:" + s.id();
            fields.add(new TextField(key + ":title", "the title of " + Subjects.section(s), s.title(), true));
            prose(fields, key, "body", "the body of", Subjects.section(s), s.body());
        }
        return fields;
    }

    private static void prose(List<TextField> fields, String owner, String field, String what, String subject,
                              Prose prose) {
        if (prose != null && !prose.isBlank()) {
            fields.add(new TextField(owner + ":" + field, what + " " + subject, prose.text(), false));
        }
    }
}
