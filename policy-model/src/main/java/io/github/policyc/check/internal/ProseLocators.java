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
            String source = sources.apply(p.at().file());
            return source == null ? ProseLocator.of(p) : ProseLocator.of(p, source, lines(p.at().file()));
        });
    }

    /** The text of a source file by the name locations use, or {@code null}. */
    public String source(String file) {
        return sources.apply(file);
    }

    /** The line index of a source file, or {@code null} when its text is unknown. */
    public LineIndex lines(String file) {
        LineIndex index = files.get(file);
        if (index == null) {
            String source = sources.apply(file);
            if (source == null) {
                return null;
            }
            index = LineIndex.of(source);
            files.put(file, index);
        }
        return index;
    }
}
