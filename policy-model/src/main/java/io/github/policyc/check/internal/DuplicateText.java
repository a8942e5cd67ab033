package io.github.policyc.check.internal;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.CheckOptions;
import io.github.policyc.check.TextBlock;
import io.github.policyc.check.internal.text.TextGroups;
import io.github.policyc.check.internal.text.Vocabulary;
import io.github.policyc.check.internal.text.WordBags;
import io.github.policyc.check.internal.text.Words;
import io.github.policyc.model.Prose;
import io.github.policyc.model.Section;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text a model says more than once: sections with the same or nearly the same body, and
 * paragraphs said twice or nearly twice. PC101, PC102 and PC103 read it; it is computed once per check.
 *
 * <p>Paragraphs of sections grouped as duplicates are already reported with their sections: a paragraph
 * group keeps, of the sections in one section group, only the first section's paragraphs.
 */
public final class DuplicateText {

    /** Paragraphs and section bodies of fewer words may repeat: "Contact us." */
    public static final int MIN_COPY_WORDS = 6;

    /**
     * Places with the same or nearly the same words, in model order.
     *
     * @param members    the places, the first one first
     * @param similarity for each member, the similarity of its words to the first member's
     * @param copy       for each member, whether it has the first member's words in the same order
     * @param <T>        what is duplicated: a section or a paragraph
     */
    public record Group<T>(List<T> members, List<Double> similarity, List<Boolean> copy) {

        public Group {
            members = List.copyOf(members);
            similarity = List.copyOf(similarity);
            copy = List.copyOf(copy);
        }

        public T first() {
            return members.get(0);
        }

        /** Whether every member is a copy of the first. */
        public boolean identical() {
            return !copy.contains(false);
        }
    }

    private final List<Group<Section>> sections;
    private final List<Group<TextBlock>> copies;
    private final List<Group<TextBlock>> nearCopies;

    private DuplicateText(List<Group<Section>> sections, List<Group<TextBlock>> copies,
                          List<Group<TextBlock>> nearCopies) {
        this.sections = sections;
        this.copies = copies;
        this.nearCopies = nearCopies;
    }

    /** The duplicated text of the context's model, computed on first use in this check. */
    public static DuplicateText of(CheckContext context) {
        return context.shared(DuplicateText.class, DuplicateText::compute);
    }

    /** Groups of sections whose bodies are the same or nearly the same. */
    public List<Group<Section>> sections() {
        return sections;
    }

    /** Groups of paragraphs with the same words, outside sections grouped together. */
    public List<Group<TextBlock>> copies() {
        return copies;
    }

    /** Groups of paragraphs with nearly the same words, one paragraph for each distinct text. */
    public List<Group<TextBlock>> nearCopies() {
        return nearCopies;
    }

    private static DuplicateText compute(CheckContext context) {
        CheckOptions options = context.options();
        Vocabulary vocabulary = new Vocabulary();
        Map<Prose, Integer> sectionOf = new IdentityHashMap<>();
        List<Section> bodies = new ArrayList<>();
        for (Section section : context.model().sections()) {
            if (section.body() != null && !section.body().isBlank()) {
                sectionOf.put(section.body(), bodies.size());
                bodies.add(section);
            }
        }
        List<List<int[]>> bodyParts = new ArrayList<>();
        bodies.forEach(s -> bodyParts.add(new ArrayList<>()));
        List<TextBlock> paragraphs = new ArrayList<>();
        List<int[]> paragraphWords = new ArrayList<>();
        for (TextBlock block : context.blocks()) {
            List<String> words = Words.of(block.text());
            int[] ids = vocabulary.ids(words);
            Integer section = sectionOf.get(block.field().prose());
            if (section != null) {
                bodyParts.get(section).add(ids);
            }
            // A paragraph of nothing but directives, such as {{table purposes}}, is generated, not written.
            if (block.kind() == TextBlock.Kind.PARAGRAPH && !words.stream().allMatch(Words::isDirective)) {
                paragraphs.add(block);
                paragraphWords.add(ids);
            }
        }
        List<int[]> bodyWords = bodyParts.stream().map(DuplicateText::concat).toList();

        List<Group<Section>> sectionGroups = new ArrayList<>();
        Map<Prose, Integer> sectionGroupOf = new IdentityHashMap<>();
        for (int[] group : TextGroups.of(bodyWords, vocabulary, MIN_COPY_WORDS, options.nearDuplicateMinWords(),
                options.nearDuplicateThreshold()).joined()) {
            for (int index : group) {
                sectionGroupOf.put(bodies.get(index).body(), sectionGroups.size());
            }
            sectionGroups.add(group(group, bodies, bodyWords));
        }

        TextGroups groups = TextGroups.of(paragraphWords, vocabulary, MIN_COPY_WORDS, options.nearDuplicateMinWords(),
                options.nearDuplicateThreshold());
        return new DuplicateText(List.copyOf(sectionGroups),
                outsideSectionGroups(groups.copies(), paragraphs, paragraphWords, sectionGroupOf),
                outsideSectionGroups(groups.nearCopies(), paragraphs, paragraphWords, sectionGroupOf));
    }

    /** Drops, of each group, the paragraphs that a section group already reports with their section. */
    private static List<Group<TextBlock>> outsideSectionGroups(List<int[]> groups, List<TextBlock> paragraphs,
                                                               List<int[]> words, Map<Prose, Integer> sectionGroupOf) {
        List<Group<TextBlock>> kept = new ArrayList<>();
        for (int[] group : groups) {
            Map<Integer, Prose> firstSection = new HashMap<>();
            int[] members = new int[group.length];
            int count = 0;
            for (int index : group) {
                Prose prose = paragraphs.get(index).field().prose();
                Integer sectionGroup = sectionGroupOf.get(prose);
                if (sectionGroup == null || firstSection.computeIfAbsent(sectionGroup, g -> prose) == prose) {
                    members[count++] = index;
                }
            }
            if (count > 1) {
                kept.add(group(Arrays.copyOf(members, count), paragraphs, words));
            }
        }
        return List.copyOf(kept);
    }

    private static <T> Group<T> group(int[] indices, List<T> items, List<int[]> words) {
        List<T> members = new ArrayList<>();
        List<Double> similarity = new ArrayList<>();
        List<Boolean> copy = new ArrayList<>();
        for (int index : indices) {
            members.add(items.get(index));
            similarity.add(WordBags.similarity(words.get(indices[0]), words.get(index)));
            copy.add(Arrays.equals(words.get(indices[0]), words.get(index)));
        }
        return new Group<>(members, similarity, copy);
    }

    private static int[] concat(List<int[]> parts) {
        int[] all = new int[parts.stream().mapToInt(p -> p.length).sum()];
        int at = 0;
        for (int[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
