package io.github.policyc.testing;

import io.github.policyc.PolicyCompiler;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Builds a site in a JVM of its own, for tests that run the build under another time zone, locale,
 * default charset or line separator than their own: {@code ChildBuild <model> <output directory>}.
 */
public final class ChildBuild {

    private ChildBuild() {
    }

    public static void main(String[] args) throws Exception {
        // What the JVM made of the settings, so that the test can tell they took effect; in ASCII, as
        // System.out would encode it in the default charset, which may be UTF-16 here.
        String platform = "platform: " + TimeZone.getDefault().getID() + " " + Locale.getDefault() + " "
                + Charset.defaultCharset() + " " + System.lineSeparator().replace("\r", "CR").replace("\n", "LF") + "\n";
        System.out.write(platform.getBytes(StandardCharsets.US_ASCII));
        System.out.flush();
        PolicyCompiler.create().build(Path.of(args[0]), Path.of(args[1]));
    }
}
