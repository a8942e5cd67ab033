package io.github.policyc.render.html.internal;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.File;
import java.io.IOException;
import java.io.Reader;

/**
 * The templates of one directory, and nothing outside it. {@link FileTemplateLoader} refuses a file whose
 * real path leaves its directory (a symbolic link) with a bare {@link SecurityException}; this says it as an
 * {@link IOException}, which FreeMarker reports at the {@code #include} or {@code #import} that asked for the
 * file, so that the user learns where and why.
 */
public final class ConfinedTemplateLoader implements TemplateLoader {

    private final FileTemplateLoader files;

    public ConfinedTemplateLoader(File directory) throws IOException {
        // The canonical path check stays on (the default): it is what refuses links out of the directory.
        this.files = new FileTemplateLoader(directory);
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
        return files.getReader(source, encoding);
    }

    @Override
    public void closeTemplateSource(Object source) throws IOException {
        files.closeTemplateSource(source);
    }
}
