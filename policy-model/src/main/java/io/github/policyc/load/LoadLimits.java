package io.github.policyc.load;

/**
 * Bounds on the input, so that a hostile or broken model fails fast, with a message at the place it
 * crossed the bound, instead of exhausting memory or time.
 *
 * <p>The YAML parser enforces them itself where it can (Jackson's {@code StreamReadConstraints} for the
 * document length, the nesting depth and the length of numbers and text, SnakeYAML's {@code LoaderOptions}
 * for the number of code points); the loader checks them again where the parser's own check cannot say
 * where the input went wrong.
 *
 * @param maxFileBytes   the largest YAML or Markdown file read, in bytes
 * @param maxDepth       the deepest nesting of YAML mappings and sequences, the document's root counting as 1
 * @param maxIncludes    the most Markdown files one model may include
 * @param maxScalarChars the longest single YAML value (a key, a text, a number), in characters
 * @since 0.1.0
 */
public record LoadLimits(long maxFileBytes, int maxDepth, int maxIncludes, int maxScalarChars) {

    /** 8 MiB: a real policy, every Markdown section included, is well under 1 MiB. */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    /** 32 levels: the model itself nests 5 deep (a purpose's retention), JSON copies of it no deeper. */
    public static final int MAX_DEPTH = 32;

    /** 1,000 included files: one per section, far beyond any real policy. */
    public static final int MAX_INCLUDES = 1_000;

    /** 1 Mi characters: a whole policy written inline as one block of Markdown would fit. */
    public static final int MAX_SCALAR_CHARS = 1024 * 1024;

    /** The limits above. */
    public static final LoadLimits DEFAULT = new LoadLimits(MAX_FILE_BYTES, MAX_DEPTH, MAX_INCLUDES, MAX_SCALAR_CHARS);

    public LoadLimits {
        if (maxFileBytes < 1 || maxDepth < 1 || maxIncludes < 0 || maxScalarChars < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
