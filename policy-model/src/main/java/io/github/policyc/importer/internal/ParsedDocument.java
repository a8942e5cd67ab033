package io.github.policyc.importer.internal;

import java.util.List;

/**
 * What a reader found in the original document, before any of it is interpreted.
 *
 * @param title     the document's title, or {@code null} when none was found
 * @param language  the language the document declares, or {@code null}
 * @param blocks    the body, in reading order
 * @param addresses postal addresses the markup marks as such, one line per element
 * @param extra     text of the page outside the body, such as a footer, searched for the controller's
 *                  details but not imported as prose
 */
public record ParsedDocument(LocatedText title, String language, List<Block> blocks, List<List<LocatedText>> addresses,
                             List<LocatedText> extra) {

    public ParsedDocument {
        blocks = List.copyOf(blocks);
        addresses = addresses.stream().map(List::copyOf).toList();
        extra = List.copyOf(extra);
    }
}
