package io.github.policyc.load;

/**
 * Bounds on the input, so that a hostile or broken model fails fast instead of exhausting memory.
 *
 * @param maxFileBytes    the largest YAML or Markdown file read, in bytes
 * @param maxDepth        the deepest nesting of YAML mappings and sequences
 * @param maxIncludes     the most Markdown files one model may include
 * @since 0.1.0
 */
public record LoadLimits(long maxFileBytes, int maxDepth, int maxIncludes) {

    /** 8 MiB per file, nesting 32 deep, 1,000 included files: far beyond any real policy. */
    public static final LoadLimits DEFAULT = new LoadLimits(8L * 1024 * 1024, 32, 1_000);

    public LoadLimits {
        if (maxFileBytes < 1 || maxDepth < 1 || maxIncludes < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
