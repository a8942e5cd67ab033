package io.github.policyc.importer.internal;

import io.github.policyc.model.RightKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data-subject rights a document explains under headings of their own ("The right to erasure",
 * "Requesting your information be transferred." over "This is called the right to data portability").
 * They become the model's {@code rights:}, so that the completeness checks report exactly the rights
 * the document leaves out; the section they stood in shows them with {@code {{rights}}}.
 *
 * <p>A heading inside a section names a right when its own words do, or, when it or its section speaks
 * of rights, when the first sentence under it does. Rights are taken from one section only, the one
 * that explains the most, so that the page shows them once; a right explained twice keeps its second
 * explanation where it was.
 */
public final class RightFinder {

    private static final Map<RightKind, Pattern> WORDS = new EnumMap<>(Map.of(
            RightKind.INFORMED, Pattern.compile("right to be informed|right to information\\b|right to know how"),
            RightKind.ACCESS, Pattern.compile("right (?:of|to) access|subject access|right to (?:request |obtain )?(?:a )?cop(?:y|ies)"),
            RightKind.RECTIFICATION, Pattern.compile("rectif|right to (?:have \\w+ (?:\\w+ )?)?(?:correct|updat|amend)"),
            RightKind.ERASURE, Pattern.compile("erasure|right to be forgotten|right to (?:have \\w+ (?:\\w+ )?)?(?:delet|eras)"),
            RightKind.RESTRICTION, Pattern.compile("right to (?:request (?:the )?)?restrict|restriction of processing"),
            RightKind.PORTABILITY, Pattern.compile("portability"),
            RightKind.OBJECTION, Pattern.compile("right to object"),
            RightKind.AUTOMATED_DECISIONS, Pattern.compile("automated (?:individual )?decision"),
            RightKind.WITHDRAW_CONSENT, Pattern.compile("withdraw (?:your |their )?consent"),
            RightKind.COMPLAINT, Pattern.compile("right to (?:complain|lodge a complaint|make a complaint)|complain to")));
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?:\\s|$)");

    /**
     * A right found.
     *
     * @param kind    which right
     * @param heading the heading it was explained under
     * @param blocks  the explanation
     */
    public record FoundRight(RightKind kind, LocatedText heading, List<Block> blocks) {
    }

    /**
     * The outline without the rights, and the rights.
     *
     * @param outline the outline, with a {@link Block.Rights} where the rights were
     * @param rights  the rights, in the order the document explains them
     * @param section the index of the section they were taken from, or -1
     */
    public record Result(Outline outline, List<FoundRight> rights, int section) {
    }

    private RightFinder() {
    }

    public static Result extract(Outline outline) {
        int best = -1;
        List<FoundRight> bestRights = List.of();
        for (int s = 0; s < outline.sections().size(); s++) {
            List<FoundRight> rights = rights(outline.sections().get(s));
            if (rights.size() > bestRights.size()) {
                best = s;
                bestRights = rights;
            }
        }
        if (best < 0) {
            return new Result(outline, List.of(), -1);
        }
        List<Outline.Section> sections = new ArrayList<>(outline.sections());
        Outline.Section section = sections.get(best);
        sections.set(best, new Outline.Section(section.heading(), without(section.blocks(), bestRights)));
        return new Result(new Outline(outline.title(), sections), bestRights, best);
    }

    /** The rights explained under the section's headings, each kind once. */
    private static List<FoundRight> rights(Outline.Section section) {
        List<Block> blocks = section.blocks();
        int level = blocks.stream().filter(b -> b instanceof Block.Heading).mapToInt(b -> ((Block.Heading) b).level())
                .min().orElse(0);
        boolean aboutRights = section.heading() != null && mentionsRights(section.heading().text());
        Set<RightKind> seen = EnumSet.noneOf(RightKind.class);
        List<FoundRight> found = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Block.Heading heading) || heading.level() != level) {
                continue;
            }
            List<Block> body = body(blocks, i, level);
            RightKind kind = kind(heading.text().text());
            if (kind == null && (aboutRights || mentionsRights(heading.text().text()))) {
                kind = kind(firstSentence(body));
            }
            if (kind != null && !body.isEmpty() && seen.add(kind)) {
                found.add(new FoundRight(kind, heading.text(), body));
            }
        }
        return found;
    }

    /** The blocks under the heading at {@code index}, up to the next heading as high. */
    private static List<Block> body(List<Block> blocks, int index, int level) {
        List<Block> body = new ArrayList<>();
        for (int j = index + 1; j < blocks.size(); j++) {
            if (blocks.get(j) instanceof Block.Heading h && h.level() <= level) {
                break;
            }
            body.add(blocks.get(j));
        }
        return body;
    }

    /** The blocks without the rights' headings and explanations, {@code {{rights}}} where the first stood. */
    private static List<Block> without(List<Block> blocks, List<FoundRight> rights) {
        List<Block> kept = new ArrayList<>();
        List<Block> after = new ArrayList<>();
        boolean placed = false;
        int i = 0;
        while (i < blocks.size()) {
            Block block = blocks.get(i);
            FoundRight right = rightAt(block, rights);
            if (right != null) {
                if (!placed) {
                    kept.add(new Block.Rights(right.heading().start()));
                    placed = true;
                }
                i += 1 + right.blocks().size();
                continue;
            }
            (placed ? after : kept).add(block);
            i++;
        }
        kept.addAll(after);
        return kept;
    }

    private static FoundRight rightAt(Block block, List<FoundRight> rights) {
        for (FoundRight right : rights) {
            if (block instanceof Block.Heading h && h.text() == right.heading()) {
                return right;
            }
        }
        return null;
    }

    /** The right the text names first, or {@code null}. */
    static RightKind kind(String text) {
        String plain = text.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ");
        RightKind first = null;
        int at = Integer.MAX_VALUE;
        for (Map.Entry<RightKind, Pattern> words : WORDS.entrySet()) {
            Matcher m = words.getValue().matcher(plain);
            if (m.find() && m.start() < at) {
                at = m.start();
                first = words.getKey();
            }
        }
        return first;
    }

    private static boolean mentionsRights(String text) {
        return text.toLowerCase(Locale.ROOT).matches(".*\\brights?\\b.*");
    }

    private static String firstSentence(List<Block> body) {
        for (Block block : body) {
            if (block instanceof Block.Paragraph p) {
                String text = p.lines().get(0).text();
                Matcher end = SENTENCE_END.matcher(text);
                return end.find() ? text.substring(0, end.end()) : text;
            }
            if (block instanceof Block.ListItem item) {
                return item.text().text();
            }
        }
        return "";
    }
}
