package io.github.policyc.check.internal.text;

import io.github.policyc.model.Directive;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into the words that duplicate detection compares, so that copies differing only in
 * white space, case or punctuation compare equal: lower-case runs of letters and digits, with
 * Unicode compatibility forms folded ("ﬁ" is "fi"). A directive such as {@code {{contact dpo}}} is one
 * word, written {@code {{contact dpo}}}, never the words "contact" and "dpo": it names a contact, it is
 * not text, and two paragraphs that link different contacts are not the same paragraph.
 */
public final class Words {

    private Words() {
    }

    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        int from = 0;
        for (Directive.Occurrence directive : Directive.scan(text)) {
            split(text.substring(from, directive.start()), words);
            words.add(("{{" + directive.name() + (directive.argument() == null ? "" : " " + directive.argument())
                    + "}}").toLowerCase(Locale.ROOT));
            from = directive.end();
        }
        split(text.substring(from), words);
        return words;
    }

    /** Whether a word is a directive. */
    public static boolean isDirective(String word) {
        return word.startsWith("{{");
    }

    private static void split(String part, List<String> out) {
        if (isAscii(part)) {
            splitAscii(part, out);
            return;
        }
        String text = Normalizer.normalize(part, Normalizer.Form.NFKC);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                word.appendCodePoint(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
            i += Character.charCount(c);
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
    }

    /** {@link #split} of ASCII text, where letters and digits are [A-Za-z0-9]: no code points, no copies of lower-case words. */
    private static void splitAscii(String text, List<String> out) {
        int start = -1;
        boolean upper = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean lower = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            boolean capital = c >= 'A' && c <= 'Z';
            if (lower || capital) {
                if (start < 0) {
                    start = i;
                    upper = false;
                }
                upper |= capital;
            } else if (start >= 0) {
                String word = text.substring(start, i);
                out.add(upper ? word.toLowerCase(Locale.ROOT) : word);
                start = -1;
            }
        }
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
