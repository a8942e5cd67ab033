package io.github.policyc.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.check.internal.scan.AnchoredFind;
import io.github.policyc.testing.ExamplePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * PC202's verbs and PC302's quoted titles are looked for only where a match can start; they must find
 * what the pattern finds tried at every offset ({@code find()}, the old scan, kept here as the oracle).
 */
class AnchoredScansTest {

    /** Pieces of verbs, quotes and of what looks like them, to build random text from. */
    private static final String[] PIECES = {"a", "Zoë", "\u212A", "\u017F", "speak", "Speaking", "with", " to",
        "talk", "TALK", "contact", "Contacting", "ask", "aSk", "write", "writing", "call", "phone", "phoning", "ring",
        "e-mail", "E-mailing", "email", "tell", "inform", "get", "getting", " in touch with", "reach", " out", "consult",
        "sp", "ta", "te", "co", "re", "ge", "in", "e", "-", "_", "x", "1", " ", "  ", "\n", "\t", "\uFFFC", ",", ".",
        "\"", "“", "”", "‘", "’", "'", "see", "section", "Title", "é"};

    private static List<String> everyOffset(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.start() + "-" + m.end() + ":" + m.group() + groups(m));
        }
        return found;
    }

    private static List<String> anchored(AnchoredFind find) {
        List<String> found = new ArrayList<>();
        while (find.find()) {
            Matcher m = find.matcher();
            found.add(m.start() + "-" + m.end() + ":" + m.group() + groups(m));
        }
        return found;
    }

    private static String groups(Matcher m) {
        StringBuilder groups = new StringBuilder();
        for (int i = 1; i <= m.groupCount(); i++) {
            groups.append('|').append(m.group(i));
        }
        return groups.toString();
    }

    private static void assertSame(String text) {
        assertThat(anchored(UnreachableContact.verbs(text))).as("verbs in %s", text)
                .isEqualTo(everyOffset(UnreachableContact.PHRASE, text));
        assertThat(anchored(UnresolvedSectionReference.quoted(text))).as("quotes in %s", text)
                .isEqualTo(everyOffset(UnresolvedSectionReference.QUOTED, text));
    }

    @Test
    void findsWhatThePatternsFindAtEveryOffsetInRandomText() {
        Random random = new Random(202);
        for (int i = 0; i < 30_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(24); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertSame(text.toString());
        }
    }

    @Test
    void findsWhatThePatternsFindAtEveryOffsetInTheExamplePolicy() throws IOException {
        List<Path> files = ExamplePolicy.sourceFiles();
        int verbs = 0;
        int quotes = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            assertSame(text);
            text.lines().forEach(AnchoredScansTest::assertSame);
            verbs += anchored(UnreachableContact.verbs(text)).size();
            quotes += anchored(UnresolvedSectionReference.quoted(text)).size();
        }
        assertThat(verbs).as("verbs in the example policy").isGreaterThan(10);
        assertThat(quotes).as("quoted texts in the example policy").isGreaterThan(10);
    }
}
