package io.github.policyc.render.json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content hash that {@code policy.json} carries: {@code sha256:} and the hex SHA-256 of the file's
 * UTF-8 bytes with its {@code contentHash} line removed. Any tool can check it (delete the line, hash
 * the rest), and a frozen version that was edited after its release no longer matches.
 *
 * @since 0.1.0
 */
public final class ContentHash {

    /** The line {@link JsonExporter} writes for the hash, second member after {@code $schema}. */
    private static final Pattern LINE = Pattern.compile("(?m)^  \"contentHash\": \"(sha256:[0-9a-f]{64})\",\n");

    private ContentHash() {
    }

    /** {@code sha256:…} of the canonical text, the JSON without its {@code contentHash} line. */
    public static String of(String canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The hash a {@code policy.json} text declares, if it has one. */
    public static Optional<String> declared(String policyJson) {
        Matcher m = LINE.matcher(policyJson);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The {@code policy.json} text without its {@code contentHash} line: what the hash is taken of. */
    public static String canonical(String policyJson) {
        return LINE.matcher(policyJson).replaceFirst("");
    }

    /** Whether a {@code policy.json} text declares a hash and its content still matches it. */
    public static boolean matches(String policyJson) {
        return declared(policyJson).map(hash -> hash.equals(of(canonical(policyJson)))).orElse(false);
    }
}
