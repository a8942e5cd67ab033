package io.github.policyc.render.html;

import io.github.policyc.model.DataCategory;
import io.github.policyc.model.DataSubject;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Purpose;
import io.github.policyc.model.Recipient;
import io.github.policyc.model.Ref;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the data map's boxes and lines go: four columns — whose data, which data, why, who receives it
 * and where — each a stack of boxes in model order, joined by a line wherever a purpose joins two of them.
 * Positions follow from the model alone (no randomness, no measuring fonts: text is wrapped by a count of
 * characters), so the same model always gives the same map.
 */
final class DataMapLayout {

    /** The map's columns, left to right. */
    enum Column {
        SUBJECTS("Whose data"), CATEGORIES("Which data"), PURPOSES("Why we use it"), RECIPIENTS("Who receives it, where");

        private final String heading;

        Column(String heading) {
            this.heading = heading;
        }

        String heading() {
            return heading;
        }
    }

    /** Room around the boxes, so that their outlines are not cut at the map's edges. */
    static final int MARGIN = 2;
    static final int COLUMN_WIDTH = 200;
    static final int COLUMN_GAP = 56;
    static final int BOX_GAP = 12;
    static final int PADDING = 8;
    static final int LINE_HEIGHT = 18;
    static final int FONT_SIZE = 14;
    static final int TOP = 40;
    /** Characters per line at the font size, on the safe side for wide letters in a 184-unit line. */
    static final int LINE_CHARACTERS = 24;

    /**
     * A labelled box.
     *
     * @param column its column
     * @param id     the model id it stands for
     * @param lines  its label, wrapped
     * @param where  the countries a recipient processes data in, wrapped; empty for other boxes
     */
    record Box(Column column, String id, List<String> lines, List<String> where, int x, int y, int width, int height) {

        Box {
            lines = List.copyOf(lines);
            where = List.copyOf(where);
        }

        int right() {
            return x + width;
        }

        int bottom() {
            return y + height;
        }

        int middle() {
            return y + height / 2;
        }

        boolean overlaps(Box other) {
            return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
        }
    }

    /** A line from a box to one in the next column. */
    record Flow(Box from, Box to) {
    }

    /**
     * The laid-out map.
     *
     * @param boxes  every box, column by column, in model order
     * @param flows  every line, in the order of their boxes
     * @param width  the map's width
     * @param height the map's height
     */
    record Layout(List<Box> boxes, List<Flow> flows, int width, int height) {

        Layout {
            boxes = List.copyOf(boxes);
            flows = List.copyOf(flows);
        }

        List<Box> column(Column column) {
            return boxes.stream().filter(box -> box.column() == column).toList();
        }
    }

    private DataMapLayout() {
    }

    /** The map of {@code model}: every purpose, and the subjects, categories and recipients purposes name. */
    static Layout of(PolicyModel model) {
        List<Purpose> purposes = model.purposes();
        Map<String, Box> subjects = column(Column.SUBJECTS, used(purposes, Purpose::subjects), model, 0);
        Map<String, Box> categories = column(Column.CATEGORIES, used(purposes, Purpose::categories), model, 1);
        Map<String, Box> purposeBoxes = column(Column.PURPOSES, purposes.stream().map(Purpose::id).toList(), model, 2);
        Map<String, Box> recipients = column(Column.RECIPIENTS, used(purposes, Purpose::recipients), model, 3);

        // Set, not list: two purposes joining the same subject and category draw one line.
        Set<Flow> flows = new LinkedHashSet<>();
        for (Box subject : subjects.values()) {
            for (Box category : categories.values()) {
                boolean joined = purposes.stream().anyMatch(p -> names(p.subjects(), subject.id())
                        && names(p.categories(), category.id()));
                if (joined) {
                    flows.add(new Flow(subject, category));
                }
            }
        }
        for (Box category : categories.values()) {
            for (Purpose purpose : purposes) {
                if (names(purpose.categories(), category.id())) {
                    flows.add(new Flow(category, purposeBoxes.get(purpose.id())));
                }
            }
        }
        for (Purpose purpose : purposes) {
            for (Ref recipient : purpose.recipients()) {
                Box to = recipients.get(recipient.id());
                if (to != null) {
                    flows.add(new Flow(purposeBoxes.get(purpose.id()), to));
                }
            }
        }

        List<Box> boxes = new ArrayList<>();
        boxes.addAll(subjects.values());
        boxes.addAll(categories.values());
        boxes.addAll(purposeBoxes.values());
        boxes.addAll(recipients.values());
        int height = boxes.stream().mapToInt(Box::bottom).max().orElse(TOP) + PADDING;
        int width = 2 * MARGIN + 4 * COLUMN_WIDTH + 3 * COLUMN_GAP;
        return new Layout(boxes, new ArrayList<>(flows), width, height);
    }

    /** The left edge of the column at {@code index}, 0 to 3. */
    static int columnX(int index) {
        return MARGIN + index * (COLUMN_WIDTH + COLUMN_GAP);
    }

    /** The ids purposes name in one of their lists, each once, in the order purposes name them first. */
    private static List<String> used(List<Purpose> purposes, java.util.function.Function<Purpose, List<Ref>> refs) {
        Set<String> ids = new LinkedHashSet<>();
        purposes.forEach(purpose -> refs.apply(purpose).forEach(ref -> ids.add(ref.id())));
        return new ArrayList<>(ids);
    }

    private static boolean names(List<Ref> refs, String id) {
        return refs.stream().anyMatch(ref -> ref.id().equals(id));
    }

    /** One column's boxes, stacked from the top, in model order (declaration order, not first use). */
    private static Map<String, Box> column(Column column, List<String> ids, PolicyModel model, int index) {
        List<String> ordered = declared(column, model).stream().filter(ids::contains).toList();
        Map<String, Box> boxes = new LinkedHashMap<>();
        int x = columnX(index);
        int y = TOP;
        for (String id : ordered) {
            List<String> lines = wrap(label(column, id, model));
            List<String> where = column == Column.RECIPIENTS ? wrap(countries(model.recipient(id).orElseThrow()))
                    : List.of();
            int height = 2 * PADDING + (lines.size() + where.size()) * LINE_HEIGHT;
            boxes.put(id, new Box(column, id, lines, where, x, y, COLUMN_WIDTH, height));
            y += height + BOX_GAP;
        }
        return boxes;
    }

    private static List<String> declared(Column column, PolicyModel model) {
        return switch (column) {
            case SUBJECTS -> model.dataSubjects().stream().map(DataSubject::id).toList();
            case CATEGORIES -> model.dataCategories().stream().map(DataCategory::id).toList();
            case PURPOSES -> model.purposes().stream().map(Purpose::id).toList();
            case RECIPIENTS -> model.recipients().stream().map(Recipient::id).toList();
        };
    }

    static String label(Column column, String id, PolicyModel model) {
        return switch (column) {
            case SUBJECTS -> model.dataSubject(id).map(DataSubject::label).orElse(id);
            case CATEGORIES -> model.dataCategory(id).map(DataCategory::label).orElse(id);
            case PURPOSES -> model.purpose(id).map(Purpose::title).orElse(id);
            case RECIPIENTS -> model.recipient(id).map(Recipient::name).orElse(id);
        };
    }

    /** "United Kingdom and United States", "Worldwide", or empty when the model does not say. */
    static String countries(Recipient recipient) {
        return Formats.countries(recipient.countries());
    }

    /** Words on lines of at most {@link #LINE_CHARACTERS}; a longer word is cut. Empty text gives no line. */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            while (word.codePointCount(0, word.length()) > LINE_CHARACTERS) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                int cut = word.offsetByCodePoints(0, LINE_CHARACTERS);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            int length = line.codePointCount(0, line.length());
            if (!line.isEmpty() && length + 1 + word.codePointCount(0, word.length()) > LINE_CHARACTERS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
