package io.github.policyc.publish;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A generated site held in memory: each file's path relative to the site's root, and its bytes.
 * Paths use {@code /} and are kept sorted, so that a site is written in the same order every time.
 *
 * @since 0.1.0
 */
public final class Site {

    private final Map<String, byte[]> files;

    private Site(Map<String, byte[]> files) {
        this.files = Collections.unmodifiableMap(files);
    }

    /** A builder for a site. */
    public static Builder builder() {
        return new Builder();
    }

    /** The files, by relative path, in path order. The arrays must not be changed. */
    public Map<String, byte[]> files() {
        return files;
    }

    /** A file's content as UTF-8 text, or {@code null} when the site has no such file. */
    public String text(String path) {
        byte[] bytes = files.get(path);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** Collects the files of a site. */
    public static final class Builder {
        private final Map<String, byte[]> files = new TreeMap<>();

        private Builder() {
        }

        /** Adds a text file, encoded as UTF-8. */
        public Builder add(String path, String text) {
            return add(path, text.getBytes(StandardCharsets.UTF_8));
        }

        /** Adds a file. */
        public Builder add(String path, byte[] bytes) {
            Objects.requireNonNull(bytes, "bytes");
            if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("..")
                    || path.equals(SitePublisher.MARKER)) {
                throw new IllegalArgumentException("not a relative site path: " + path);
            }
            if (files.putIfAbsent(path, bytes) != null) {
                throw new IllegalArgumentException("the site already has " + path);
            }
            return this;
        }

        public Site build() {
            return new Site(new TreeMap<>(files));
        }
    }
}
