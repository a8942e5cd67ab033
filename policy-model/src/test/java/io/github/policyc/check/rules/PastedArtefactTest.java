package io.github.policyc.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.testing.ExamplePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * PC402 looks texts up as furniture only when they are short enough to be, and tries its extension
 * pattern only at dots: both must answer as the look-up and the pattern alone do.
 */
class PastedArtefactTest {

    private static List<String> pairs(List<int[]> ranges) {
        return ranges.stream().map(Arrays::toString).toList();
    }

    /** Returns whether the text is furniture in some role, so that tests can count them. */
    private static boolean assertSameAsTheOracles(String text) {
        boolean furniture = false;
        for (int role = 0; role < 8; role++) {
            boolean heading = (role & 1) != 0;
            boolean inList = (role & 2) != 0;
            boolean paragraph = (role & 4) != 0;
            String expected = PastedArtefact.furnitureByLookUp(text, heading, inList, paragraph);
            assertThat(PastedArtefact.furniture(text, heading, inList, paragraph)).as("%s as %d", text, role)
                    .isEqualTo(expected);
            furniture |= expected != null;
        }
        for (int from = 0; from <= text.length(); from += 1 + text.length() / 5) {
            for (int to = from; to <= text.length(); to += 1 + text.length() / 5) {
                assertThat(pairs(PastedArtefact.extensions(text, from, to))).as("%s from %d to %d", text, from, to)
                        .isEqualTo(pairs(PastedArtefact.extensionsByFind(text, from, to)));
            }
        }
        return furniture;
    }

    /** Pieces of page furniture, symbols, file names and what looks like them, to build random text from. */
    private static final String[] PIECES = {"a", "Zoë", "\u212A", "\u0130", "\u017F", "menu", "Menu", "MENU",
        "close", " menu", "skip", " to", " content", "accept", " all", " cookies", "read", " more", "ok", "OK",
        "logo", "image", "home", "×", "✕", "☰", "…", "→", "«", "»", "↑", ".", "..", "!", "?", ",", "-", "_", "/",
        "\\", "@", "(", ")", " ", "  ", "\n", "\t", "\u000B", "\u00A0", "1", "4x", ".png", ".PNG", ".jpeg", ".pdf",
        ".docx", ".tiff", ".zip", "png", "pdf", "x", "\uFFFC", "\uD83D\uDE00"};

    @Test
    void answersAsTheOraclesInRandomText() {
        Random random = new Random(402);
        int furniture = 0;
        for (int i = 0; i < 30_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(i % 3 == 0 ? 40 : 8); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            furniture += assertSameAsTheOracles(text.toString()) ? 1 : 0;
        }
        assertThat(furniture).as("random texts that are furniture").isGreaterThan(100);
    }

    @Test
    void answersAsTheOraclesInTheExamplePolicy() throws IOException {
        List<Path> files = ExamplePolicy.sourceFiles();
        for (Path file : files) {
            String text = Files.readString(file);
            assertSameAsTheOracles(text);
            text.lines().forEach(PastedArtefactTest::assertSameAsTheOracles);
        }
    }

    @Test
    void findsFurnitureLongAndShort() {
        assertThat(PastedArtefact.furniture("Skip to main content »", false, false, true)).isNotNull();
        assertThat(PastedArtefact.furniture("  Accept  all   cookies", false, false, true)).isNotNull();
        assertThat(PastedArtefact.furniture("Accept all cookies", true, false, true)).isNull();
        assertThat(PastedArtefact.furniture("×", false, false, true)).isNotNull();
        assertThat(PastedArtefact.furniture("Skip to main content, then read on", false, false, true)).isNull();
    }
}
