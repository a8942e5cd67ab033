package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.ProseField;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.model.Contact;
import io.github.policyc.model.Controller;
import io.github.policyc.model.DataCategory;
import io.github.policyc.model.DataSubject;
import io.github.policyc.model.Directive;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Prose;
import io.github.policyc.model.Purpose;
import io.github.policyc.model.Recipient;
import io.github.policyc.model.Ref;
import io.github.policyc.model.Right;
import io.github.policyc.model.Section;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/** PC301: a data subject, data category, recipient or contact that nothing uses. */
public final class UnusedDeclaration implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC301", "unused-declaration", Severity.INFO, "0.1.0",
            "A data subject, data category, recipient or contact is declared but nothing uses it.",
            "A declaration nothing refers to is either stale or a missing link: a category of data that no"
                    + " purpose processes leaves readers unable to tell why it is held, a recipient no purpose"
                    + " sends data to leaves them unable to tell what it receives. Subjects, categories and"
                    + " recipients are used when a purpose names them; being listed by {{table subjects}},"
                    + " {{table categories}} or {{table recipients}} does not count, since a table shows what is"
                    + " declared, not why it is processed. Contacts are used when the controller or a right names"
                    + " them, when prose links them with {{contact id}}, or when {{table contacts}} lists them for"
                    + " readers. Name the declaration where it is used, or remove it.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        PolicyModel model = context.model();
        Set<String> subjects = new HashSet<>();
        Set<String> categories = new HashSet<>();
        Set<String> recipients = new HashSet<>();
        for (Purpose purpose : model.purposes()) {
            purpose.subjects().forEach(ref -> subjects.add(ref.id()));
            purpose.categories().forEach(ref -> categories.add(ref.id()));
            purpose.recipients().forEach(ref -> recipients.add(ref.id()));
        }
        Set<Directive.TableKind> tables = new HashSet<>();
        Set<String> contacts = usedContacts(context, tables);

        for (DataSubject subject : model.dataSubjects()) {
            if (!subjects.contains(subject.id())) {
                out.report(subject.at(), "data subject '" + subject.id() + "' (" + subject.label() + ") is declared,"
                        + " but no purpose processes their data" + shownBy(tables, Directive.TableKind.SUBJECTS),
                        "add it to the subjects of the purposes that use their data, or remove it");
            }
        }
        for (DataCategory category : model.dataCategories()) {
            if (!categories.contains(category.id())) {
                out.report(category.at(), "data category '" + category.id() + "' (" + category.label() + ") is"
                        + " declared, but no purpose processes it" + shownBy(tables, Directive.TableKind.CATEGORIES),
                        "add it to the categories of the purposes that process it, or remove it");
            }
        }
        for (Recipient recipient : model.recipients()) {
            if (!recipients.contains(recipient.id())) {
                out.report(recipient.at(), "recipient '" + recipient.id() + "' (" + recipient.name() + ") is declared,"
                        + " but no purpose sends it data" + shownBy(tables, Directive.TableKind.RECIPIENTS),
                        "add it to the recipients of the purposes whose data it receives, or remove it");
            }
        }
        for (Contact contact : model.contacts()) {
            if (!contacts.contains(contact.id())) {
                out.report(contact.at(), "contact '" + contact.id() + "' (" + contact.role() + ") is declared, but"
                        + " nothing sends readers to it", "name it in controller.contact, a right's contact or"
                        + " {{contact " + contact.id() + "}} in prose, show {{table contacts}}, or remove it");
            }
        }
    }

    /** The contacts readers are sent to; also collects the tables that prose shows. */
    private static Set<String> usedContacts(CheckContext context, Set<Directive.TableKind> tables) {
        PolicyModel model = context.model();
        Set<String> used = new HashSet<>();
        Controller controller = model.controller();
        add(controller.contact(), used);
        add(controller.dpo(), used);
        for (Right right : model.rights()) {
            add(right.contact(), used);
        }
        Set<Prose> bodies = Collections.newSetFromMap(new IdentityHashMap<>());
        model.sections().stream().map(Section::body).forEach(bodies::add);
        for (ProseField field : context.prose()) {
            for (Directive.Occurrence occurrence : Directive.scan(field.prose().text())) {
                Optional<Directive> parsed = Directive.parse(occurrence);
                if (parsed.isEmpty()) {
                    continue;
                }
                Directive directive = parsed.get();
                if (directive.kind() == Directive.Kind.CONTACT) {
                    used.add(directive.argument());
                } else if (directive.kind() == Directive.Kind.TABLE && bodies.contains(field.prose())) {
                    tables.add(directive.table());
                }
            }
        }
        if (tables.contains(Directive.TableKind.CONTACTS)) {
            model.contacts().forEach(contact -> used.add(contact.id()));
        }
        return used;
    }

    private static void add(Ref ref, Set<String> used) {
        if (ref != null) {
            used.add(ref.id());
        }
    }

    private static String shownBy(Set<Directive.TableKind> tables, Directive.TableKind table) {
        return tables.contains(table) ? " ({{table " + table.syntaxName() + "}} lists it, but does not say why it is"
                + " there)" : "";
    }
}
