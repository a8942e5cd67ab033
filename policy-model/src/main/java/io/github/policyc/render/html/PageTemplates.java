package io.github.policyc.render.html;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import io.github.policyc.load.Problem;
import io.github.policyc.render.html.internal.ConfinedTemplateLoader;
import io.github.policyc.model.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * The templates pages are laid out with: policyc's own, or a directory of the user's whose templates
 * replace policyc's by name ({@code layout.ftlh}, {@code privacy-policy.ftlh}, {@code cookie-policy.ftlh},
 * {@code versions.ftlh}, {@code changes.ftlh} and any template they include), the others staying policyc's.
 *
 * <p>Users' templates are locked down exactly as policyc's are: they read the components of the view
 * records and nothing else, every value is HTML-escaped ({@code ?no_esc} and the like are refused),
 * {@code ?new} and {@code ?api} are refused, and
 * they can include templates only from their own directory (or policyc's): names that back out of it
 * ({@code ../}) and links that lead out of it are refused. A mistake in a user's template is a
 * {@link UserTemplateException} at the template's file, line and column.
 *
 * @since 0.1.0
 */
public final class PageTemplates {

    private static final PageTemplates BUILT_IN = new PageTemplates(null, null, PageRenderer.configuration(builtInLoader()));

    private final Path directory;
    private final Function<Path, String> display;
    private final Configuration configuration;

    private PageTemplates(Path directory, Function<Path, String> display, Configuration configuration) {
        this.directory = directory;
        this.display = display;
        this.configuration = configuration;
    }

    /** policyc's own templates. */
    public static PageTemplates builtIn() {
        return BUILT_IN;
    }

    /**
     * The templates in {@code directory}, falling back to policyc's by name.
     *
     * @param display how problems name a file, such as relative to the project
     * @throws IllegalArgumentException when {@code directory} is not a directory; the message says so for the user
     */
    public static PageTemplates overriding(Path directory, Function<Path, String> display) {
        Objects.requireNonNull(display, "display");
        Path base = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(base)) {
            throw new IllegalArgumentException("the templates directory " + display.apply(base)
                    + (Files.exists(base) ? " is not a directory" : " does not exist"));
        }
        try {
            // The loader refuses files whose real path leaves the directory, so a symbolic link cannot reach
            // outside it; FreeMarker refuses names that back out of the root ("../") before any loader sees them.
            TemplateLoader user = new ConfinedTemplateLoader(base.toFile());
            MultiTemplateLoader loader = new MultiTemplateLoader(new TemplateLoader[] {user, builtInLoader()});
            return new PageTemplates(base, display, PageRenderer.configuration(loader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The user's templates directory, or {@code null} for policyc's own templates. */
    public Path directory() {
        return directory;
    }

    /**
     * Renders {@code template} with {@code view} as {@code view}.
     *
     * @throws UserTemplateException when the user's templates have a mistake
     */
    String render(String template, Record view) {
        try {
            return PageRenderer.render(configuration, template, view);
        } catch (IOException | TemplateException e) {
            if (directory == null) {
                // The templates are ours and tested; failing here is a bug, not a user mistake.
                throw new IllegalStateException("rendering " + template + " failed: " + e.getMessage(), e);
            }
            throw new UserTemplateException(problem(template, e));
        }
    }

    /** Where the mistake is, in the user's terms: the file, line and column FreeMarker names, and what is wrong. */
    private Problem problem(String template, Exception e) {
        // A syntax error in an included template is reported at the include; the error itself is more use.
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConfinedTemplateLoader.RefusedTemplateException refused) {
                return new Problem(new Location(display.apply(refused.file()), refused.line(), refused.column()),
                        refused.getMessage());
            }
            if (cause instanceof ParseException parse && parse.getTemplateName() != null) {
                return new Problem(at(parse.getTemplateName(), parse.getLineNumber(), parse.getColumnNumber()),
                        oneLine(parse.getEditorMessage()));
            }
        }
        if (e instanceof TemplateException failed && failed.getTemplateSourceName() != null
                && failed.getLineNumber() != null) {
            return new Problem(at(failed.getTemplateSourceName(), failed.getLineNumber(), failed.getColumnNumber()),
                    oneLine(failed.getMessageWithoutStackTop()));
        }
        // No position: a template that cannot be found or read, named as it was asked for.
        return new Problem(at(template, 1, 1), oneLine(e.getMessage()));
    }

    private Location at(String sourceName, Integer line, Integer column) {
        Path file = directory.resolve(sourceName).normalize();
        // A mistake FreeMarker finds in one of policyc's templates was caused by the user's (a macro called
        // with other arguments, say): name the built-in template so that the user can look it up.
        String shown = file.startsWith(directory) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                ? display.apply(file) : "(policyc's built-in template) " + sourceName;
        return new Location(shown, line == null || line < 1 ? 1 : line, column == null || column < 1 ? 1 : column);
    }

    /** FreeMarker's message on one line, without its tips and template stack, as problems are printed. */
    private static String oneLine(String message) {
        String text = message == null ? "the template could not be processed" : message;
        int tips = text.indexOf("\n----");
        if (tips >= 0) {
            text = text.substring(0, tips);
        }
        // Which Java loader looked the name up is no help to the user.
        // The problem's location says where; FreeMarker's "[in template … at line …]" would say it twice.
        return text.replaceAll("\\s+", " ").replaceAll(" ?The name was interpreted by this TemplateLoader:.*", "")
                .replaceAll(" ?\\[in template \"[^\"]*\" at line \\d+, column \\d+]", "").trim();
    }

    private static TemplateLoader builtInLoader() {
        return new ClassTemplateLoader(PageTemplates.class, "templates");
    }
}
