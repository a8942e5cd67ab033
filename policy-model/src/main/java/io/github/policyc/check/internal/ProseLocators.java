package io.github.policyc.check.internal;

import io.github.policyc.model.Prose;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@link ProseLocator} of each piece of prose of one check, made the first time a rule asks and kept,
 * with one {@link LineIndex} per source file: a finding costs a look-up, not a walk of its prose.
 */
public final class ProseLocators {

    private final Function<String, String> sources;
    private final Map<String, LineIndex> files = new HashMap<>();
    private final Map<Prose, ProseLocator> locators = new IdentityHashMap<>();

    /** @param sources the text of a source file by the name locations use, or {@code null} */
    public ProseLocators(Function<String, String> sources) {
        this.sources = sources;
    }

    /** The locator of a piece of prose. */
    public ProseLocator of(Prose prose) {
        return locators.computeIfAbsent(prose, p -> {
            String file = p.at().file();
            String source = sources.apply(file);
            return source == null ? ProseLocator.of(p)
                    : ProseLocator.of(p, source, files.computeIfAbsent(file, f -> LineIndex.of(source)));
        });
    }
}
