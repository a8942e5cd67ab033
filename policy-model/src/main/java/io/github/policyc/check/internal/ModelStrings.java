package io.github.policyc.check.internal;

import io.github.policyc.check.CheckContext;
import io.github.policyc.model.Id;
import io.github.policyc.model.Location;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Prose;
import io.github.policyc.model.RecordTypes;
import io.github.policyc.model.Ref;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every plain text value of a model that readers see (titles, names, labels, roles, address lines,
 * the retention trigger …) with its owner and where the value is written. Ids, references, the
 * language tag and Markdown prose (see {@link ProseFields}) are left out.
 *
 * <p>Records know where they start, not where each value is; the value is found in the source under
 * its key, among the record's own keys, and its location is the record's when it is not found there
 * (as for defaults the loader filled in).
 */
public final class ModelStrings {

    /**
     * One text value.
     *
     * @param owner the part of the model that holds it, such as {@code section 'intro'}
     * @param field its key, such as {@code title}
     * @param value the value
     * @param at    where the value starts in the source, or where its owner starts
     * @param exact whether the value is written at {@code at} as is, on one line, so that columns
     *              inside it can be counted from {@code at}
     */
    public record StringField(String owner, String field, String value, Location at, boolean exact) {

        /** "the title of section 'intro'". */
        public String describe() {
            return "the " + field + " of " + owner;
        }

        /** Where the character at {@code index} of the value stands, as far as can be told. */
        public Location locate(int index) {
            return exact && index > 0 ? new Location(at.file(), at.line(), at.column() + index) : at;
        }
    }

    private static final List<String> SKIPPED = List.of("language");

    private final ProseLocators files;
    private final List<StringField> out = new ArrayList<>();

    private ModelStrings(ProseLocators files) {
        this.files = files;
    }

    /** Every text value of the checked model; read once per check and shared by the rules that ask. */
    public static List<StringField> of(CheckContext context) {
        return context.shared(All.class, c -> new All(of(c.model(), c.locators()))).fields();
    }

    /** The model's text values, located in the source files {@code files} knows. */
    static List<StringField> of(PolicyModel model, ProseLocators files) {
        ModelStrings strings = new ModelStrings(files);
        for (RecordComponent component : RecordTypes.components(PolicyModel.class)) {
            strings.walk(ProseFields.read(component, model), null);
        }
        return List.copyOf(strings.out);
    }

    private record All(List<StringField> fields) {
    }

    private void walk(Object node, String owner) {
        if (node instanceof List<?> list) {
            list.forEach(item -> walk(item, owner));
        } else if (node instanceof Record record && !(node instanceof Ref) && !(node instanceof Location)
                && !(node instanceof Prose)) {
            String name = ProseFields.name(record, owner);
            Location at = location(record);
            for (RecordComponent component : RecordTypes.components(record.getClass())) {
                Object value = ProseFields.read(component, record);
                if (component.isAnnotationPresent(Id.class) || component.getName().equals("id")
                        || SKIPPED.contains(component.getName())) {
                    continue;
                }
                if (value instanceof String text) {
                    add(name, component.getName(), List.of(text), at);
                } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof String) {
                    add(name, component.getName(), list.stream().map(String.class::cast).toList(), at);
                } else {
                    walk(value, name);
                }
            }
        }
    }

    private static Location location(Record record) {
        for (RecordComponent component : RecordTypes.components(record.getClass())) {
            if (component.getName().equals("at") && component.getType() == Location.class) {
                return (Location) ProseFields.read(component, record);
            }
        }
        return null;
    }

    private void add(String owner, String key, List<String> values, Location at) {
        if (at == null) {
            return;
        }
        String source = files.source(at.file());
        LineIndex lines = source == null ? null : files.lines(at.file());
        int position = source == null ? -1 : keyValue(source, lines, at, key);
        for (String value : values) {
            int found = position < 0 ? -1 : source.indexOf(firstLine(value), position);
            if (found >= 0 && found - position > 2000) {
                found = -1;
            }
            if (found >= 0) {
                boolean verbatim = value.indexOf('\n') < 0 && source.startsWith(value, found);
                out.add(new StringField(owner, key, value,
                        new Location(at.file(), lines.line(found), lines.column(found)), verbatim));
                position = found + 1;
            } else {
                out.add(new StringField(owner, key, value, at, false));
            }
        }
    }

    private static String firstLine(String value) {
        String line = value.lines().findFirst().orElse("");
        return line.length() > 40 ? line.substring(0, 40) : line;
    }

    /**
     * The offset after {@code key:} among the record's own keys, or -1. The record's own keys are on the
     * line where it starts (a flow mapping, or its first key) and on the following lines indented as
     * they are; a line indented less ends the record.
     */
    static int keyValue(String source, LineIndex lines, Location at, String key) {
        if (at.line() > lines.lines()) {
            return -1;
        }
        int lineStart = lines.start(at.line());
        int lineEnd = lineEnd(source, lineStart);
        String first = source.substring(lineStart, lineEnd);
        int column = Math.min(at.column() - 1, first.length());
        Matcher sameLine = Pattern.compile("(?<![\\w-])" + Pattern.quote(key) + "\\s*:\\s*['\"]?")
                .matcher(first).region(column, first.length());
        if (sameLine.find()) {
            return lineStart + sameLine.end();
        }
        // A keyed entry starts at its key ("hr:"), and its own keys are indented further on the next lines.
        boolean keyed = first.substring(column).matches("[^:]*:\\s*(#.*)?");
        int indent = keyed ? -1 : column;
        Pattern ownKey = Pattern.compile("(\\s*)" + Pattern.quote(key) + "\\s*:\\s*['\"]?");
        for (int start = lineEnd + 1; start < source.length(); start = lineEnd(source, start) + 1) {
            String line = source.substring(start, lineEnd(source, start));
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            int lineIndent = line.length() - line.stripLeading().length();
            if (indent < 0) {
                if (lineIndent <= column) {
                    return -1;
                }
                indent = lineIndent;
            }
            if (lineIndent < indent) {
                return -1;
            }
            Matcher m = ownKey.matcher(line);
            if (lineIndent == indent && m.lookingAt()) {
                int after = start + m.end();
                // A block scalar's value starts on the next line.
                String rest = source.substring(after, lineEnd(source, after)).strip();
                return rest.matches("[|>][-+0-9]*(\\s*#.*)?") ? lineEnd(source, after) + 1 : after;
            }
        }
        return -1;
    }

    private static int lineEnd(String source, int from) {
        int end = source.indexOf('\n', from);
        return end < 0 ? source.length() : end;
    }
}
