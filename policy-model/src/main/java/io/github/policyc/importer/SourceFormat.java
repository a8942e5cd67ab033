package io.github.policyc.importer;

import java.util.Locale;

/**
 * What kind of document an import reads.
 *
 * @since 0.1.0
 */
public enum SourceFormat {
    /** Plain text, such as a page copied from a browser: its structure is read from the shape of its lines. */
    TEXT("plain text"),
    /** An HTML page: its structure is read from its elements. */
    HTML("HTML");

    private final String label;

    SourceFormat(String label) {
        this.label = label;
    }

    /** The name shown to users: "plain text", "HTML". */
    public String label() {
        return label;
    }

    /**
     * The format of a document: by its file name's extension ({@code .html}, {@code .htm}, {@code .xhtml}
     * are HTML; {@code .txt}, {@code .text}, {@code .md} are text), else by its content (an HTML doctype,
     * an {@code <html>} or {@code <body>} tag, or paragraph and heading tags near the start).
     */
    public static SourceFormat detect(String fileName, String content) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.matches(".*\\.(?:html?|xhtml|shtml)$")) {
            return HTML;
        }
        if (name.matches(".*\\.(?:txt|text|md|markdown)$")) {
            return TEXT;
        }
        String start = content.substring(0, Math.min(content.length(), 4096)).stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1).stripLeading();
        }
        boolean html = start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<?xml")
                && start.contains("<html") || start.contains("<body") || start.matches("(?s).*<(?:p|h[1-6]|div|ul)[\\s>].*");
        return html ? HTML : TEXT;
    }
}
