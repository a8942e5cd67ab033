package io.github.policyc.check.report;

import io.github.policyc.check.CheckReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the findings of a check to files: SARIF for code scanning, JSON for other tools.
 *
 * @since 0.1.0
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * Writes the reports; a {@code null} path skips that report.
     *
     * @param sarifPrefix the path of the project inside its repository, such as {@code site-src/}, put
     *                    before file names in SARIF so that code scanning finds the files; may be empty
     */
    public static void write(CheckReport report, Path sarifFile, Path jsonFile, String sarifPrefix) throws IOException {
        if (sarifFile != null) {
            write(sarifFile, SarifReport.write(report, Version.current(), sarifPrefix));
        }
        if (jsonFile != null) {
            write(jsonFile, JsonReport.write(report));
        }
    }

    private static void write(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
