package io.github.policyc.load.internal;

import io.github.policyc.load.LoadLimits;
import io.github.policyc.model.Location;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the user's text files: size-bounded, strictly UTF-8, without a byte-order mark and with
 * every line ending normalised to {@code \n}, so that the same content gives the same output on
 * every platform.
 */
public final class SourceFiles {

    private final LoadLimits limits;
    private final Problems problems;
    private final Map<String, String> texts = new LinkedHashMap<>();

    public SourceFiles(LoadLimits limits, Problems problems) {
        this.limits = limits;
        this.problems = problems;
    }

    /**
     * Reads a file, or records a problem and returns {@code null}.
     *
     * @param file    the file to read
     * @param display the file as shown to the user
     * @param cause   where the file was asked for, for the problem when it cannot be read
     */
    public String read(Path file, String display, Location cause) {
        return read(file, display, cause, false);
    }

    /**
     * Reads an included Markdown file as {@link #read} does, and records a problem and returns {@code null}
     * where it holds a control character ({@link #isControl}): YAML's reader refuses them in the model, and
     * nothing refuses them in Markdown, which goes into the pages and the JSON as it is.
     */
    public String readMarkdown(Path file, String display, Location cause) {
        return read(file, display, cause, true);
    }

    private String read(Path file, String display, Location cause, boolean markdown) {
        byte[] bytes;
        try {
            // One look at the file for both questions (Files.isDirectory and Files.size asked twice).
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException e) {
                attributes = null; // as Files.isDirectory: not a directory; Files.size reports the problem
            }
            if (attributes != null && attributes.isDirectory()) {
                problems.add(cause, "'" + display + "' is a directory, not a file");
                return null;
            }
            long size = attributes != null ? attributes.size() : Files.size(file);
            if (size > limits.maxFileBytes()) {
                problems.add(cause, "'" + display + "' is " + size + " bytes long; the limit is "
                        + limits.maxFileBytes() + " bytes");
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.add(cause, "file '" + display + "' does not exist");
            return null;
        } catch (IOException e) {
            problems.add(cause, "cannot read '" + display + "': " + e.getMessage());
            return null;
        }
        String text = decode(bytes, display);
        if (text != null && markdown && !noControlCharacters(text, display)) {
            return null;
        }
        if (text != null) {
            texts.put(display, text);
        }
        return text;
    }

    /**
     * Whether a character is one that text may not hold: a C0 control other than tab, line feed and carriage
     * return (line ends are read as {@code \n} anyway), DEL U+007F or a C1 control U+0080 to U+009F. They have
     * no place in a web page (HTML forbids them) nor in what JSON consumers show.
     */
    static boolean isControl(int c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c <= 0x9F;
    }

    /** The text written as {@code U+XXXX}, as messages name a character. */
    static String codePoint(int c) {
        return "U+" + String.format(Locale.ROOT, "%04X", c);
    }

    /**
     * Whether the text holds no control character; else records one problem at the first, with the number of
     * the others, as a binary file saved as Markdown would otherwise give thousands.
     */
    private boolean noControlCharacters(String text, String display) {
        int first = -1;
        int more = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                if (first < 0) {
                    first = i;
                } else {
                    more++;
                }
            }
        }
        if (first < 0) {
            return true;
        }
        problems.add(positionOf(text, first, display), "the character " + codePoint(text.charAt(first))
                + " is not allowed in Markdown; remove it"
                + (more == 0 ? "" : " (" + more + " more control " + (more == 1 ? "character" : "characters")
                + " in this file)"));
        return false;
    }

    /** The text of every file read so far, by the name it was shown as. */
    public Map<String, String> texts() {
        return texts;
    }

    /**
     * The text of a file's bytes, as {@link #decodeStrictly} finds it: the String constructor decodes far
     * faster than a CharsetDecoder, but replaces what is not UTF-8 with U+FFFD, so text without one was
     * valid. Text with one (rare), or with a foreign byte-order mark, is decoded again, strictly.
     */
    String decode(byte[] bytes, String display) {
        if (foreignByteOrderMark(bytes) != null) {
            return decodeStrictly(bytes, display);
        }
        int start = utf8ByteOrderMarkLength(bytes);
        String lenient = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        return lenient.indexOf('\uFFFD') < 0 ? normaliseLineEnds(lenient) : decodeStrictly(bytes, display);
    }

    /** The text of a file's bytes, or {@code null} with a problem where they are not UTF-8. */
    String decodeStrictly(byte[] bytes, String display) {
        String foreign = foreignByteOrderMark(bytes);
        if (foreign != null) {
            problems.add(Location.startOf(display), "the file is " + foreign + " (it starts with a " + foreign
                    + " byte-order mark); save it with UTF-8 encoding");
            return null;
        }
        int start = utf8ByteOrderMarkLength(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, start, bytes.length - start), out, true);
        String text = out.flip().toString();
        if (result.isError()) {
            problems.add(positionOf(text, text.length(), display),
                    "the file is not valid UTF-8 here; save it with UTF-8 encoding");
            return null;
        }
        return normaliseLineEnds(text);
    }

    private static int utf8ByteOrderMarkLength(byte[] bytes) {
        return startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    }

    private static String normaliseLineEnds(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * The encoding a byte-order mark other than UTF-8's names, or {@code null}: editors on Windows save
     * "Unicode" as UTF-16, which would otherwise be reported as a bad UTF-8 byte at the first character.
     */
    private static String foreignByteOrderMark(byte[] bytes) {
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return "UTF-32";
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return "UTF-16";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The position of the character at {@code index}; at the text's length, the end, where decoding stopped. */
    private static Location positionOf(String text, int index, String display) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Location(display, line, column);
    }
}
