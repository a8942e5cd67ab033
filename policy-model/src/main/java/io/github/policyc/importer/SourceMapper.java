package io.github.policyc.importer;

import io.github.policyc.check.CheckReport;
import io.github.policyc.check.Finding;
import io.github.policyc.load.LoadedPolicy;
import io.github.policyc.load.ModelException;
import io.github.policyc.load.Problem;
import io.github.policyc.model.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Moves the findings of a check on an imported model to the original document, through the
 * {@link SourceMap} beside the model. A finding in a generated line that still reads as generated
 * moves to the place in the original its text came from; findings elsewhere, and in lines edited since
 * the import, stay where they are.
 *
 * <pre>{@code
 * CheckReport report = SourceMapper.besideModel(model, policy, loader::display)
 *         .map(mapper -> mapper.apply(report)).orElse(report);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SourceMapper {

    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private final SourceMap map;
    private final String original;
    /** For each generated file by the name locations use: its path in the map and its lines as loaded. */
    private final Map<String, Generated> files;

    private record Generated(String path, String[] lines) {
    }

    private SourceMapper(SourceMap map, String original, Map<String, Generated> files) {
        this.map = map;
        this.original = original;
        this.files = files;
    }

    /**
     * The mapper for a loaded model, when a source map lies beside it.
     *
     * @param model   the model file
     * @param policy  the model as loaded, with the text of every file it read
     * @param display how the loader names files in locations
     * @throws ModelException when the source map cannot be read; delete it to check the model as it is
     */
    public static Optional<SourceMapper> besideModel(Path model, LoadedPolicy policy, Function<Path, String> display)
            throws ModelException {
        Path directory = model.toAbsolutePath().normalize().getParent();
        Path file = directory == null ? null : directory.resolve(SourceMap.FILE_NAME);
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        SourceMap map;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException("it is longer than " + MAX_BYTES + " bytes");
            }
            map = SourceMap.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new ModelException(List.of(new Problem(Location.startOf(display.apply(file)),
                    "cannot read the source map of this imported model (" + e.getMessage()
                            + "); delete it to check the model without mapping findings to the original")));
        }
        return Optional.of(of(map, directory, policy.sources(), display));
    }

    /**
     * A mapper for a source map whose generated files lie in {@code directory}.
     *
     * @param sources the text of each generated file as loaded, by the name locations use
     * @param display how locations name files
     */
    public static SourceMapper of(SourceMap map, Path directory, Map<String, String> sources,
                                  Function<Path, String> display) {
        Map<String, Generated> files = new HashMap<>();
        for (String path : map.files().keySet()) {
            String shown = display.apply(directory.resolve(path).normalize());
            String text = sources.get(shown);
            if (text != null) {
                files.put(shown, new Generated(path, text.split("\n", -1)));
            }
        }
        return new SourceMapper(map, display.apply(directory.resolve(map.original()).normalize()), files);
    }

    /** Where a location of the model stands in the original, or the location itself. */
    public Location map(Location at) {
        Generated file = files.get(at.file());
        if (file == null || at.line() > file.lines().length) {
            return at;
        }
        Optional<Location> found = map.locate(file.path(), at.line(), at.column(), file.lines()[at.line() - 1]);
        return found.map(l -> new Location(original, l.line(), l.column())).orElse(at);
    }

    /** The report with every finding, and every further place of a group, moved to the original. */
    public CheckReport apply(CheckReport report) {
        List<Finding> moved = report.findings().stream()
                .map(this::move)
                .sorted(Finding.READING_ORDER)
                .toList();
        return new CheckReport(moved);
    }

    /**
     * A finding at its places in the original. The places of a group that lie in the original are put in
     * its reading order, first, so that the finding names the first copy a reader of the original meets;
     * places elsewhere follow in the order they had.
     */
    private Finding move(Finding finding) {
        List<Location> places = new ArrayList<>();
        places.add(map(finding.at()));
        finding.related().forEach(at -> places.add(map(at)));
        // A stable sort: places outside the original keep their order behind those inside it.
        places.sort(Comparator.comparing((Location at) -> !at.file().equals(original))
                .thenComparing(at -> at.file().equals(original) ? at.line() : 0)
                .thenComparing(at -> at.file().equals(original) ? at.column() : 0));
        return finding.movedTo(places.get(0), places.subList(1, places.size()));
    }
}
