package io.github.policyc.check.internal;

import io.github.policyc.check.internal.scan.Keywords;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a vague statement of how long data is kept ("for as long as required") from one that gives
 * a period or the criteria that decide it ("for 6 years after the contract ends", "until you
 * withdraw your consent"), as GDPR Art. 13(2)(a) asks.
 *
 * <p>The test is deliberately narrow, because a warning on a good sentence teaches authors to ignore
 * the rule: a text is vague only when it holds one of the stock phrases below and, once those are
 * taken out, no duration, no event the period counts from or ends at, and no named law. A text that
 * is neither (such as "for a while") is not judged. The words are English.
 */
public final class RetentionLanguage {

    /** The phrases are ASCII, and ASCII-only case folding is several times faster than Unicode folding. */
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    /** The stock phrases that name no period and no criteria. */
    private static final Pattern VAGUE = Pattern.compile(String.join("|",
            // as long as (is / it is / we consider) (reasonably) necessary / required / needed
            "(?:for\\s+)?(?:as|so)\\s+long\\s+as\\s+(?:(?:is|it\\s+is|it's|they\\s+are|(?:we|they)\\s+(?:reasonably\\s+)?"
                    + "(?:consider|deem|think|believe|feel)(?:\\s+(?:it|is))?)\\s+)?(?:reasonably\\s+|strictly\\s+)?"
                    + "(?:necessary|required|needed|appropriate|relevant)\\b",
            // as long as we need (it)
            "(?:for\\s+)?(?:as|so)\\s+long\\s+as\\s+we\\s+(?:reasonably\\s+)?(?:need|require)\\b(?:\\s+(?:it|them|to))?",
            // for a reasonable time / an appropriate period
            "for\\s+(?:a|an|such)\\s+(?:reasonable|appropriate|suitable|limited|certain)\\s+"
                    + "(?:time|period|amount\\s+of\\s+time|length\\s+of\\s+time)(?:\\s+of\\s+time)?",
            // no longer than (is) necessary
            "no\\s+longer\\s+than\\s+(?:is\\s+)?(?:strictly\\s+|reasonably\\s+)?(?:necessary|required|needed)",
            // until / once / when it is no longer needed, until we no longer need it
            "(?:until|till|once|when)\\s+(?:it\\s+is\\s+|it's\\s+|they\\s+are\\s+|this\\s+is\\s+|we\\s+)?no\\s+longer\\s+"
                    + "(?:necessary|required|needed|relevant|need(?:ed)?(?:\\s+(?:it|them))?)",
            // for the period necessary
            "for\\s+the\\s+(?:period|time|duration)\\s+(?:(?:that\\s+is|which\\s+is)\\s+)?(?:necessary|required|needed)"),
            FLAGS);

    /** A length of time: "6 years", "24-month", "one month", "a year", "every year". */
    private static final Pattern DURATION = Pattern.compile(
            "\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|"
                    + "thirty|sixty|ninety|a|an|every|each)(?:\\s+|-)(?:(?:calendar|full|complete|tax|financial|"
                    + "academic|business|working)\\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?)\\b",
            FLAGS);

    /** An event the period counts from or ends at: "until you withdraw", "after the event". */
    private static final Pattern EVENT = Pattern.compile(String.join("|",
            "\\b(?:until|till)\\s+\\S",
            "\\b(?:after|once)\\s+(?:you|your|the|our|we|a|an|its|their|it|they|completion|termination|expiry|"
                    + "closure|cancellation|receipt)\\b",
            "\\bfollowing\\s+(?:your|our|the\\s+(?:end|date|close|closure|expiry|termination|completion|conclusion|"
                    + "last))\\b",
            "\\bfrom\\s+(?:the\\s+)?(?:date|end|day|time|moment|point|last|start|close|closure|expiry)\\b",
            "\\bwhen\\s+(?:you|your|the)\\b",
            "\\blimitation\\s+periods?\\b",
            "\\bstatutory\\s+(?:period|minimum|retention)\\b"),
            FLAGS);

    /**
     * A named law, which sets the period: "the Companies Act 2006", "the Money Laundering Regulations".
     * At most eight capitalised words before "Act" (an unbounded repetition recursed once per word and
     * overflowed the stack on a few thousand), and only from the start of a word, hyphens included, so
     * that a long hyphenated word is not scanned again from each of its capitals.
     */
    private static final Pattern NAMED_LAW = Pattern.compile(
            "(?<![\\p{L}\\p{N}_-])(?:[A-Z][\\p{L}-]+\\s+){1,8}(?:Act|Regulations?|Order)\\b");

    /** Words that say a sentence is about keeping or deleting data. */
    private static final Pattern KEEPING = Pattern.compile(
            "\\b(?:keep|keeps|kept|keeping|hold|holds|held|holding|retain|retains|retained|retaining|retention|"
                    + "store|stores|stored|storing|preserve|preserves|preserved|delete|deletes|deleted|erase|erases|"
                    + "erased|destroy|destroys|destroyed|dispose\\s+of|disposed\\s+of)\\b",
            FLAGS);

    /** Every match of {@link #KEEPING} holds one of these, ASCII case folded as the pattern folds it. */
    private static final Keywords KEEPING_WORDS = Keywords.of("keep", "kept", "hold", "held", "retain", "retention",
            "store", "storing", "preserv", "delet", "eras", "destroy", "dispos");

    /** The end of a sentence: a stop followed by a capital, not after "e.g." or "i.e.". */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<![Ee]\\.g\\.)(?<![Ii]\\.e\\.)(?<=[.!?])\\s+(?=[\\p{Lu}\"“‘'(\\[])");

    /** Every stock phrase holds one of these, ASCII case folded as {@link #VAGUE} folds it. */
    private static final Keywords CUES = Keywords.of("long", "reasonabl", "appropriate", "suitable", "limited",
            "certain", "necessary", "required", "needed");

    private static final Pattern DIRECTIVE = Pattern.compile("\\{\\{[^{}]*+}}");

    /**
     * A sentence or phrase that states retention only vaguely.
     *
     * @param phrase the stock phrase, as written
     * @param start  where the phrase starts in the text examined
     */
    public record Vague(String phrase, int start) {
    }

    /** One sentence of a text, and where it starts in it. */
    public record Sentence(String text, int start) {
    }

    private RetentionLanguage() {
    }

    /**
     * The first stock phrase of a text that gives no criteria, or {@code null} when the text has no
     * stock phrase or also gives a duration, an event or a named law.
     */
    public static Vague vague(String text) {
        if (!CUES.in(text)) {
            return null;
        }
        // Directives ({{contact dpo}}) are not words; blank them out without moving the text.
        String plain = DIRECTIVE.matcher(text).replaceAll(d -> " ".repeat(d.group().length()));
        Matcher m = VAGUE.matcher(plain);
        if (!m.find()) {
            return null;
        }
        Vague first = new Vague(m.group().strip(), m.start());
        String rest = VAGUE.matcher(plain).replaceAll(" ");
        return givesCriteria(rest) ? null : first;
    }

    /** Whether a text gives a duration, an event the period runs from or to, or a named law. */
    public static boolean givesCriteria(String text) {
        return DURATION.matcher(text).find() || EVENT.matcher(text).find() || NAMED_LAW.matcher(text).find();
    }

    /** Whether a sentence is about keeping, storing or deleting something. */
    public static boolean isAboutKeeping(String sentence) {
        // The keyword test first: most sentences hold none of the words, and it costs a fraction of the pattern.
        return KEEPING_WORDS.in(sentence) && KEEPING.matcher(sentence).find();
    }

    /**
     * Whether some sentence of a paragraph may be about keeping and vague: false when the paragraph
     * holds no keeping word or no word of a stock phrase, for then none of its sentences does. One pass
     * over the paragraph spares most paragraphs the split into sentences and the tests of each.
     */
    public static boolean mayHoldVagueKeeping(String paragraph) {
        return CUES.in(paragraph) && KEEPING_WORDS.in(paragraph);
    }

    /**
     * The sentences of a paragraph of plain text. {@link #SENTENCE_END} is tried only right after a
     * stop, the one place its look-behind {@code (?<=[.!?])} lets a match start, rather than at
     * every offset with its three look-behinds.
     */
    public static List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        // Transparent bounds: the look-behinds see the text before each anchored try, as find() does.
        Matcher m = SENTENCE_END.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int start = 0;
        for (int p = 1; p < text.length(); p++) {
            char stop = text.charAt(p - 1);
            if (p >= start && (stop == '.' || stop == '!' || stop == '?')) {
                m.region(p, text.length());
                if (m.lookingAt()) {
                    sentences.add(new Sentence(text.substring(start, p), start));
                    start = m.end();
                    p = Math.max(p, start - 1);
                }
            }
        }
        if (start < text.length()) {
            sentences.add(new Sentence(text.substring(start), start));
        }
        return sentences;
    }

    /** The sentences as found by trying {@link #SENTENCE_END} at every offset: what {@link #sentences} must equal. */
    static List<Sentence> sentencesAtEveryOffset(String text) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            sentences.add(new Sentence(text.substring(start, m.start()), start));
            start = m.end();
        }
        if (start < text.length()) {
            sentences.add(new Sentence(text.substring(start), start));
        }
        return sentences;
    }

    /** {@link #isAboutKeeping} without its keyword test: what it must equal. */
    static boolean isAboutKeepingByPatternAlone(String sentence) {
        return KEEPING.matcher(sentence).find();
    }
}
