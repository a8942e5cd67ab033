package io.github.policyc.importer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A model skeleton imported from a published policy, in memory: {@code policy.yaml}, a Markdown file
 * per section, and the source map that leads from both back to the original. {@link ImportWriter}
 * writes it to a directory.
 *
 * @param format     what kind of document was read
 * @param policyYaml the text of {@code policy.yaml}
 * @param sections   the Markdown files, by path relative to the model's directory ({@code sections/intro.md}),
 *                   in reading order
 * @param sourceMap  where the generated text came from
 * @param summary    what was found, and what the user has to fill in
 * @since 0.1.0
 */
public record ImportResult(SourceFormat format, String policyYaml, Map<String, String> sections, SourceMap sourceMap,
                           Summary summary) {

    /** The name of the model file. */
    public static final String MODEL_FILE = "policy.yaml";

    public ImportResult {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(policyYaml, "policyYaml");
        Objects.requireNonNull(sourceMap, "sourceMap");
        Objects.requireNonNull(summary, "summary");
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    /**
     * What an import found.
     *
     * @param sections how many sections the model has
     * @param contacts how many contacts
     * @param rights   how many data-subject rights
     * @param todo     what the user has to fill in or check, one line each, as the {@code # TODO} comments say
     */
    public record Summary(int sections, int contacts, int rights, List<String> todo) {

        public Summary {
            todo = List.copyOf(todo);
        }
    }

    /**
     * Every file to write, by path relative to the model's directory: {@code policy.yaml}, the sections,
     * then the source map.
     */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(MODEL_FILE, policyYaml);
        files.putAll(sections);
        files.put(SourceMap.FILE_NAME, sourceMap.toJson());
        return Collections.unmodifiableMap(files);
    }
}
