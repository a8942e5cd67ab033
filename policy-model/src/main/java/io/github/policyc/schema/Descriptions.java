package io.github.policyc.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The descriptions the schemas give types and keys, taken from the model records' javadoc. Javadoc is
 * gone at run time, so {@code SchemaFilesTest} extracts it into {@value #RESOURCE} and fails when that
 * file no longer matches the sources.
 *
 * <p>Keys are a type's simple name ({@code Purpose}) or a type and component ({@code Purpose.lawfulBasis}).
 */
final class Descriptions {

    /** The resource beside this class that holds the descriptions, UTF-8. */
    static final String RESOURCE = "descriptions.properties";

    private Descriptions() {
    }

    static Map<String, String> load() {
        try (InputStream in = Descriptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> descriptions = new TreeMap<>();
            properties.forEach((key, value) -> descriptions.put((String) key, (String) value));
            return descriptions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
