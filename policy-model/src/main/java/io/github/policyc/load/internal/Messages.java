package io.github.policyc.load.internal;

/** Small helpers for writing problem messages. */
final class Messages {

    private static final int MAX_QUOTED = 40;

    private Messages() {
    }

    /** The text on one line and at most 40 characters long, for quoting in a message. */
    static String abbreviate(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_QUOTED ? oneLine : oneLine.substring(0, MAX_QUOTED - 1) + "…";
    }
}
