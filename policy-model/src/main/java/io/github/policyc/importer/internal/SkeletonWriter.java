package io.github.policyc.importer.internal;

import io.github.policyc.importer.SourceMap;
import io.github.policyc.model.Labelled;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the model skeleton of a read document: {@code policy.yaml} with what could be recognised
 * (title, date, controller, contacts, rights, sections) and a Markdown file per section, every line
 * that holds imported text mapped to its place in the original.
 *
 * <p>What the importer cannot know gets a value that is valid but clearly marked, with a
 * {@code # TODO} comment that says what to fill in; guesses say that they are guesses.
 */
public final class SkeletonWriter {

    /** The YAML that stands for a missing value of a required key. */
    static final String UNKNOWN = "TODO";

    /**
     * The generated files.
     *
     * @param policyYaml   the text of {@code policy.yaml}
     * @param policyLines  its mapped lines
     * @param sections     the Markdown files, by path relative to the model's directory, in reading order
     * @param sectionLines their mapped lines
     * @param sectionCount how many sections the model has, empty ones included
     * @param contacts     how many contacts
     * @param rights       how many rights
     * @param todo         what the user has to fill in or check, one line each
     */
    public record Skeleton(String policyYaml, List<SourceMap.Line> policyLines, Map<String, String> sections,
                           Map<String, List<SourceMap.Line>> sectionLines, int sectionCount, int contacts, int rights,
                           List<String> todo) {
    }

    private final SourceText source;
    private final MappedText yaml = new MappedText();
    private final List<String> todo = new ArrayList<>();
    private Map<String, String> contactIds;

    private SkeletonWriter(SourceText source) {
        this.source = source;
    }

    public static Skeleton write(SourceText source, String formatLabel, ParsedDocument document) {
        return new SkeletonWriter(source).skeleton(formatLabel, document);
    }

    private Skeleton skeleton(String formatLabel, ParsedDocument document) {
        RightFinder.Result rights = RightFinder.extract(Outline.of(document));
        List<LocatedText> texts = texts(document);
        List<LocatedText> plain = texts.stream().map(LocatedText::plain).toList();
        List<ContactFinder.FoundContact> contacts = ContactFinder.find(texts, new Slugs());
        contactIds = new LinkedHashMap<>();
        contacts.stream().filter(ContactFinder.FoundContact::hasAddress)
                .forEach(c -> contactIds.put(Emails.key(c.email().text()), c.id()));
        ControllerFinder.FoundController controller = ControllerFinder.find(plain, document.addresses());

        header(formatLabel);
        policy(document, contacts, controller, DateFinder.find(plain));
        controller(controller, contacts);
        contacts(contacts);
        yaml.append("# TODO: the importer cannot tell the structured parts of a policy from its prose. Model them").newline();
        yaml.append("# from the sections below: supervisoryAuthority, dataSubjects, dataCategories, purposes (with").newline();
        yaml.append("# their lawfulBasis and retention), recipients, automatedDecisions and cookies.").newline();
        todo.add("model the supervisory authority, data subjects and categories, purposes, recipients and cookies");
        rights(rights);
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, List<SourceMap.Line>> fileLines = new LinkedHashMap<>();
        sections(rights.outline(), files, fileLines);
        return new Skeleton(yaml.text(), yaml.lines(source), files, fileLines, rights.outline().sections().size(),
                contacts.size(), rights.rights().size(), List.copyOf(todo));
    }

    private void header(String formatLabel) {
        String file = Path.of(source.name()).getFileName() == null ? source.name()
                : Path.of(source.name()).getFileName().toString();
        // The first line stands for the whole original: findings about the model as a whole point at its start.
        yaml.append("# Imported by policyc from " + YamlText.comment(file) + " (" + formatLabel + ").", 0).newline();
        yaml.append("# A skeleton to finish, not a finished model: the text is kept as it was published, defects").newline();
        yaml.append("# and all, so that policyc:check reports them, and " + SourceMap.FILE_NAME + " maps").newline();
        yaml.append("# each finding to its line in the original (until that line is edited here). Lines marked").newline();
        yaml.append("# TODO need you; \"guessed\" marks what the importer inferred.").newline();
    }

    private void policy(ParsedDocument document, List<ContactFinder.FoundContact> contacts,
                        ControllerFinder.FoundController controller, DateFinder.FoundDate date) {
        LocatedText title = document.title() == null ? null : document.title().plain();
        int origin = title != null && !title.isEmpty() ? title.start() : 0;
        yaml.append("policy:", origin).newline();
        String[] id = policyId(contacts, controller);
        yaml.append("  id: " + YamlText.scalar(id[0]), origin).append(" # guessed from " + id[1] + "; any stable, URL-safe name").newline();
        yaml.append("  title: ");
        if (title != null && !title.isEmpty()) {
            yaml.append(YamlText.quoted(title)).newline();
        } else {
            yaml.append(YamlText.quoted("Privacy Policy") + " # TODO: no title found in the text; check this one").newline();
            todo.add("policy.title: no title found");
        }
        yaml.append("  version: imported # TODO: the version of this policy; the text gives none").newline();
        todo.add("policy.version: the text gives none");
        if (date == null) {
            yaml.append("  effective: 1970-01-01 # TODO: no date found in the text; the date this version applies from")
                    .newline();
            todo.add("policy.effective: no date found");
        } else {
            yaml.append("  effective: " + date.date(), date.phrase().start());
            yaml.append(date.monthOnly()
                    ? " # the first day of the month: the text gives only the month (\""
                    + YamlText.comment(date.phrase().text()) + "\")"
                    : " # from \"" + YamlText.comment(date.phrase().text()) + "\"").newline();
        }
        if (document.language() != null) {
            yaml.append("  language: " + YamlText.quoted(document.language())).newline();
        }
        yaml.newline();
    }

    /** An id for the policy and where it came from: the organisation's domain, its name, or the file. */
    private String[] policyId(List<ContactFinder.FoundContact> contacts, ControllerFinder.FoundController controller) {
        for (ContactFinder.FoundContact contact : contacts) {
            if (contact.hasAddress()) {
                String domain = contact.email().text().substring(contact.email().text().indexOf('@') + 1);
                String label = Slugs.slug(domain.replaceFirst("^www\\.", "").replaceFirst("\\..*$", ""));
                if (!label.isEmpty()) {
                    return new String[] {label, "the domain of " + contact.email().text()};
                }
            }
        }
        if (controller.name() != null && !Slugs.slug(controller.name().text()).isEmpty()) {
            return new String[] {Slugs.slug(controller.name().text()), "the controller's name"};
        }
        String file = Path.of(source.name()).getFileName() == null ? "" : Path.of(source.name()).getFileName().toString();
        String slug = Slugs.slug(file.replaceFirst("\\.[^.]*$", ""));
        return slug.isEmpty() ? new String[] {"imported", "nothing"} : new String[] {slug, "the file name"};
    }

    private void controller(ControllerFinder.FoundController controller, List<ContactFinder.FoundContact> contacts) {
        int origin = controller.name() != null ? controller.name().start() : 0;
        yaml.append("controller:", origin).newline();
        if (controller.name() != null) {
            yaml.append("  name: ").append(YamlText.quoted(controller.name())).newline();
        } else {
            yaml.append("  name: " + YamlText.quoted(UNKNOWN)
                    + " # TODO: the controller's full legal name; the text does not state it in a way the importer knows")
                    .newline();
            todo.add("controller.name: not found");
        }
        scalar("  companyNumber: ", controller.companyNumber());
        scalar("  registeredIn: ", controller.registeredIn());
        if (!controller.address().isEmpty()) {
            yaml.append("  address:", controller.address().get(0).start()).newline();
            for (LocatedText line : controller.address()) {
                yaml.append("    - ").append(YamlText.quoted(line)).newline();
            }
        }
        ContactFinder.FoundContact dpo = contacts.stream()
                .filter(c -> c.hasAddress() && c.role().equals(Roles.DPO)).findFirst().orElse(null);
        ContactFinder.FoundContact dataContact = dpo != null ? dpo : contacts.stream()
                .filter(c -> c.hasAddress() && Roles.isDataProtection(c.role())).findFirst().orElse(null);
        if (dataContact != null) {
            yaml.append("  contact: " + YamlText.scalar(dataContact.id()), dataContact.origin())
                    .append(" # guessed: the address for questions about personal data").newline();
        }
        if (dpo != null) {
            yaml.append("  dpo: " + YamlText.scalar(dpo.id()), dpo.origin()).append(" # TODO: guessed from the address "
                    + YamlText.comment(dpo.email().text()) + "; remove unless a data protection officer is designated")
                    .newline();
            todo.add("controller.dpo: guessed from " + dpo.email().text());
        }
        yaml.newline();
    }

    private void scalar(String key, LocatedText value) {
        if (value != null && !value.isEmpty()) {
            yaml.append(key).append(YamlText.quoted(value)).newline();
        }
    }

    private void contacts(List<ContactFinder.FoundContact> contacts) {
        if (contacts.isEmpty()) {
            return;
        }
        yaml.append("contacts:").newline();
        for (ContactFinder.FoundContact contact : contacts) {
            yaml.append("  " + YamlText.scalar(contact.id()) + ":", contact.origin());
            if (!contact.hasAddress()) {
                yaml.append(" # TODO: the text tells readers to contact " + YamlText.comment(contact.role())
                        + " but gives no way to reach them");
                todo.add("contacts." + contact.id() + ": the text names " + contact.role() + " but no way to reach them");
            }
            yaml.newline();
            yaml.append("    role: ");
            if (contact.hasAddress()) {
                yaml.append(YamlText.quoted(contact.role()), contact.origin()).append(
                        contact.role().equals(contact.email().text().substring(0, contact.email().text().indexOf('@')))
                                ? " # TODO: the address's local part; say who this is"
                                : " # guessed from the address").newline();
                yaml.append("    email: ").append(YamlText.quoted(contact.email())).newline();
            } else {
                yaml.append(YamlText.quoted(contact.name())).newline();
            }
        }
        yaml.newline();
    }

    private void rights(RightFinder.Result rights) {
        if (rights.rights().isEmpty()) {
            yaml.newline();
            return;
        }
        yaml.newline();
        LocatedText section = rights.outline().sections().get(rights.section()).heading();
        yaml.append("rights:", section != null ? section.start() : 0).newline();
        for (RightFinder.FoundRight right : rights.rights()) {
            LocatedText heading = right.heading().plain();
            yaml.append("  " + Labelled.yamlName(right.kind()) + ":", heading.start())
                    .append(" # from the heading \"" + YamlText.comment(heading.text()) + "\"").newline();
            List<LocatedText> lines = MarkdownBlocks.lines(right.blocks(), contactIds);
            boolean indentedFirst = !lines.isEmpty() && lines.get(0).length() > 0 && lines.get(0).charAt(0) == ' ';
            yaml.append("    description: " + (indentedFirst ? "|2-" : "|-")).newline();
            for (LocatedText line : lines) {
                if (!line.isEmpty()) {
                    yaml.append("      ").append(line);
                }
                yaml.newline();
            }
        }
        yaml.newline();
    }

    private void sections(Outline outline, Map<String, String> files, Map<String, List<SourceMap.Line>> fileLines) {
        Slugs ids = new Slugs();
        yaml.append("sections:").newline();
        for (Outline.Section section : outline.sections()) {
            LocatedText heading = section.isPreamble() ? null : section.heading().plain();
            String id = heading == null ? ids.unique("preamble", "preamble") : ids.unique(heading.text(), "section");
            int origin = heading != null ? heading.start() : firstOrigin(section.blocks());
            yaml.append("  - id: " + YamlText.scalar(id), origin).newline();
            if (heading == null) {
                yaml.append("    title: " + YamlText.quoted("Preamble"), origin).append(" # TODO: this text stood before"
                        + " the first heading; give it a title, move it or remove it").newline();
                todo.add("sections." + id + ": text before the first heading");
            } else {
                yaml.append("    title: ").append(YamlText.quoted(heading)).newline();
            }
            if (section.blocks().isEmpty()) {
                yaml.append("    # TODO: nothing stood under this heading in the original").newline();
                continue;
            }
            String file = "sections/" + id + ".md";
            yaml.append("    body: {file: " + file + "}").newline();
            MappedText markdown = new MappedText();
            for (LocatedText line : MarkdownBlocks.lines(section.blocks(), contactIds)) {
                markdown.append(line).newline();
            }
            files.put(file, markdown.text());
            fileLines.put(file, markdown.lines(source));
        }
    }

    private static int firstOrigin(List<Block> blocks) {
        for (Block block : blocks) {
            for (LocatedText text : block.texts()) {
                if (text.start() != LocatedText.GENERATED) {
                    return text.start();
                }
            }
        }
        return 0;
    }

    // ---- Text --------------------------------------------------------------------------------------

    /** All of the document's text, in reading order: title, body, then what stood outside the body. */
    private static List<LocatedText> texts(ParsedDocument document) {
        List<LocatedText> texts = new ArrayList<>();
        if (document.title() != null) {
            texts.add(document.title());
        }
        document.blocks().forEach(block -> texts.addAll(block.texts()));
        texts.addAll(document.extra());
        return texts;
    }
}
