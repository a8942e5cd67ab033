package io.github.policyc.render.html.internal;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The templates of one directory, and nothing outside it, with nothing in them that would print model
 * text unescaped.
 *
 * <p>{@link FileTemplateLoader} refuses a file whose real path leaves its directory (a symbolic link) with
 * a bare {@link SecurityException}; this says it as an {@link IOException}, which FreeMarker reports at the
 * {@code #include} or {@code #import} that asked for the file.
 *
 * <p>Forced auto-escaping escapes every {@code ${…}}, but FreeMarker still lets a template opt out
 * ({@code ?no_esc}, {@code #noautoesc}, another output format) or build a template from a string
 * ({@code ?interpret}, {@code ?eval}) that could. Model text is untrusted, and policyc hands templates
 * what is already safe HTML as such, so a user's template never needs them: they are refused as a
 * {@link RefusedTemplateException} at their line and column.
 */
public final class ConfinedTemplateLoader implements TemplateLoader {

    private static final Pattern UNESCAPED = Pattern.compile(
            "\\?\\s*(no_esc|noEsc|interpret|eval|eval_json|evalJson)\\b"
                    + "|[<\\[]#\\s*(noautoesc|noAutoEsc|outputformat|outputFormat)\\b"
                    + "|[<\\[]#ftl\\b[^>\\]]*\\b(auto_esc|autoEsc|output_format|outputFormat)\\b");

    private final FileTemplateLoader files;
    private final Path directory;

    public ConfinedTemplateLoader(File directory) throws IOException {
        // The canonical path check stays on (the default): it is what refuses links out of the directory.
        this.files = new FileTemplateLoader(directory);
        this.directory = directory.toPath();
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        try {
            return files.findTemplateSource(name);
        } catch (SecurityException e) {
            throw new IOException("template '" + name + "' is a link that leads out of the templates directory;"
                    + " templates are read from that directory only");
        }
    }

    @Override
    public long getLastModified(Object source) {
        return files.getLastModified(source);
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        String text;
        try (Reader reader = files.getReader(source, encoding)) {
            StringBuilder out = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                out.append(buffer, 0, n);
            }
            text = out.toString();
        }
        Matcher unescaped = UNESCAPED.matcher(text);
        if (unescaped.find()) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < unescaped.start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new RefusedTemplateException(directory.resolve(((File) source).toPath()), line,
                    unescaped.start() - lineStart + 1, "'" + unescaped.group().strip() + "' would print text unescaped;"
                    + " every value a page prints is escaped (model text is untrusted), and what policyc hands"
                    + " templates as HTML (section bodies, the summary) is printed as HTML already");
        }
        return new StringReader(text);
    }

    @Override
    public void closeTemplateSource(Object source) throws IOException {
        files.closeTemplateSource(source);
    }

    /** A user's template uses something that would print text unescaped, at a line and column of its file. */
    public static final class RefusedTemplateException extends IOException {

        private static final long serialVersionUID = 1L;

        private final transient Path file;
        private final int line;
        private final int column;

        RefusedTemplateException(Path file, int line, int column, String message) {
            super(message);
            this.file = file;
            this.line = line;
            this.column = column;
        }

        public Path file() {
            return file;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }
}
