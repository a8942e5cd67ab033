package io.github.policyc.diff.internal;

import java.util.Arrays;
import java.util.List;

/** Text as lines, whatever line ends it was written with. */
final class Lines {

    private Lines() {
    }

    /** The text with {@code \r\n} and {@code \r} as {@code \n} and without trailing line ends. */
    static String normalised(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("\n+$", "");
    }

    /** The lines of the text; none for an empty text. */
    static List<String> of(String text) {
        String normalised = normalised(text);
        return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split("\n", -1));
    }
}
