package io.github.policyc.maven;

import io.github.policyc.history.History;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns the mojo's file parameters into absolute paths.
 *
 * <p>Run outside a project ({@code requiresProject = false} and no pom), Maven has no value for
 * {@code ${project.basedir}} or {@code ${project.build.directory}} and hands the parameter defaults over
 * with the expressions left in, often made absolute against the working directory, for example
 * {@code /home/me/${project.basedir}/src/policy/policy.yaml}. Such paths are resolved here as the
 * expressions would have been: against the working directory, which then serves as the base directory.
 */
final class BuildPaths {

    static final String DEFAULT_MODEL = "src/policy/policy.yaml";
    static final String DEFAULT_OUTPUT_DIRECTORY = "target/policy";

    private static final String BASEDIR = "${project.basedir}";
    private static final String BUILD_DIRECTORY = "${project.build.directory}";

    private final Path basedir;

    /**
     * @param basedir          the project's base directory as Maven injected it; may be {@code null} or unevaluated
     * @param workingDirectory the directory Maven runs in, used when there is no project
     */
    BuildPaths(File basedir, Path workingDirectory) {
        boolean known = basedir != null && !basedir.getPath().contains("${");
        this.basedir = (known ? basedir.toPath() : workingDirectory).toAbsolutePath().normalize();
    }

    /** The directory that relative paths, and paths shown to the user, are relative to. */
    Path basedir() {
        return basedir;
    }

    /** The model file; {@code configured} may be {@code null} or hold an unevaluated default. */
    Path model(File configured) {
        return resolve(configured, DEFAULT_MODEL);
    }

    /** The output directory; {@code configured} may be {@code null} or hold an unevaluated default. */
    Path outputDirectory(File configured) {
        return resolve(configured, DEFAULT_OUTPUT_DIRECTORY);
    }

    /**
     * The directory of released versions; {@code configured} may be {@code null}, and is then the
     * {@value History#DIRECTORY} directory beside the model.
     */
    Path historyDirectory(File configured, Path model) {
        return configured == null ? History.besideModel(model) : resolve(configured, History.DIRECTORY);
    }

    /** Any other file; {@code configured} may be {@code null} (then {@code fallback}) or hold an unevaluated default. */
    Path file(File configured, String fallback) {
        return resolve(configured, fallback);
    }

    /** {@code path} relative to the base directory when it lies inside it, as a user would type it. */
    String display(Path path) {
        Path absolute = basedir.resolve(path).normalize();
        Path shown = absolute.startsWith(basedir) && !absolute.equals(basedir) ? basedir.relativize(absolute) : absolute;
        return shown.toString().replace(File.separatorChar, '/');
    }

    /**
     * The base directory's path inside its Git repository with a trailing {@code /}, such as
     * {@code site-src/}, or an empty string at the repository root or outside any repository. SARIF
     * paths must be relative to the repository root for code scanning to find the files.
     */
    String repositoryPrefix() {
        for (Path dir = basedir; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                String prefix = dir.relativize(basedir).toString().replace(File.separatorChar, '/');
                return prefix.isEmpty() ? "" : prefix + "/";
            }
        }
        return "";
    }

    private Path resolve(File configured, String fallback) {
        if (configured == null) {
            return basedir.resolve(fallback);
        }
        String path = configured.getPath().replace(File.separatorChar, '/');
        int at = path.lastIndexOf(BUILD_DIRECTORY);
        if (at >= 0) {
            return basedir.resolve("target").resolve(after(path, at + BUILD_DIRECTORY.length())).normalize();
        }
        at = path.lastIndexOf(BASEDIR);
        if (at >= 0) {
            return basedir.resolve(after(path, at + BASEDIR.length())).normalize();
        }
        return basedir.resolve(path).normalize();
    }

    /** What follows an expression, without the separator, so that it resolves as a relative path. */
    private static String after(String path, int index) {
        String rest = path.substring(index);
        return rest.startsWith("/") ? rest.substring(1) : rest;
    }
}
