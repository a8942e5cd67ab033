package io.github.policyc.render.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The one way policyc writes JSON: two-space indentation, {@code "key": value}, {@code \n} line ends
 * on every platform, and a final newline, so that every JSON file it writes is stable and diffable.
 *
 * @since 0.1.0
 */
public final class JsonOutput {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Writes one JSON document. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonOutput() {
    }

    /** The document {@code body} writes, as text. */
    public static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            DefaultIndenter newlines = new DefaultIndenter("  ", "\n");
            json.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
                    .withObjectIndenter(newlines)
                    .withArrayIndenter(newlines));
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }
}
