package io.github.policyc.load.internal;

/** Small helpers for writing problem messages. */
final class Messages {

    private static final int MAX_QUOTED = 40;

    private Messages() {
    }

    /** The text on one line and at most 40 characters long, for quoting in a message. */
    static String abbreviate(String text) {
        String stripped = text.strip();
        String oneLine = isOneLine(stripped) ? stripped : stripped.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_QUOTED ? oneLine : oneLine.substring(0, MAX_QUOTED - 1) + "…";
    }

    /**
     * Whether the pattern {@code \s+} would leave the text as it is: white space only as single spaces.
     * Ids and names, quoted in every list entry's context, are, and need no regular expression.
     */
    private static boolean isOneLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                return false;
            }
        }
        return true;
    }
}
