package io.github.policyc.importer;

import io.github.policyc.importer.internal.HtmlReader;
import io.github.policyc.importer.internal.ParsedDocument;
import io.github.policyc.importer.internal.SkeletonWriter;
import io.github.policyc.importer.internal.SourceText;
import io.github.policyc.importer.internal.TextReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a published privacy policy, an HTML page or plain text, into a model skeleton: the document's
 * title, date, controller, contacts, data-subject rights and sections, with its text kept as published,
 * defects included, so that the checks expose them. A source map leads every imported line back to the
 * original, so that findings on the model point at the original's lines.
 *
 * <pre>{@code
 * ImportResult result = PolicyImporter.create().importFile(Path.of("privacy-policy.html"));
 * ImportWriter.create().write(result, Path.of("src/policy"));
 * }</pre>
 *
 * <p>The importer is stateless and may be shared between threads. The same document always gives the
 * same files, byte for byte.
 *
 * @since 0.1.0
 */
public final class PolicyImporter {

    /** Documents longer than this are refused: no published policy is, and reading one could exhaust memory. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private PolicyImporter() {
    }

    public static PolicyImporter create() {
        return new PolicyImporter();
    }

    /**
     * Imports a file, HTML or plain text as its name or content says ({@link SourceFormat#detect}). The
     * text is read as UTF-8, or as Windows-1252 when it is not valid UTF-8.
     *
     * @throws ImportException when the file does not exist, is a directory or is too long
     * @throws IOException     when reading fails
     */
    public ImportResult importFile(Path file) throws ImportException, IOException {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new ImportException(file + " is a directory; give the file of the published policy");
        }
        long size;
        try {
            size = Files.size(absolute);
        } catch (NoSuchFileException e) {
            throw new ImportException(file + " does not exist");
        }
        if (size > MAX_BYTES) {
            throw new ImportException(file + " is " + size + " bytes long; the importer reads at most " + MAX_BYTES);
        }
        String text = decode(Files.readAllBytes(absolute));
        String name = absolute.getFileName() == null ? absolute.toString() : absolute.getFileName().toString();
        return importText(absolute.toString().replace('\\', '/'), text, SourceFormat.detect(name, text));
    }

    /**
     * Imports a document held in memory.
     *
     * @param name   the document's path, as the source map names it: relative to the working directory, or
     *               absolute ({@link ImportWriter} rewrites it relative to the model's directory)
     * @param text   the document
     * @param format how to read it
     */
    public ImportResult importText(String name, String text, SourceFormat format) {
        SourceText source = new SourceText(name, text);
        ParsedDocument document = format == SourceFormat.HTML ? HtmlReader.read(source) : TextReader.read(source);
        SkeletonWriter.Skeleton skeleton = SkeletonWriter.write(source, format.label(), document);
        Map<String, List<SourceMap.Line>> mapped = new LinkedHashMap<>();
        mapped.put(ImportResult.MODEL_FILE, skeleton.policyLines());
        mapped.putAll(skeleton.sectionLines());
        return new ImportResult(format, skeleton.policyYaml(), skeleton.sections(), new SourceMap(name, mapped),
                new ImportResult.Summary(skeleton.sectionCount(), skeleton.contacts(), skeleton.rights(),
                        skeleton.todo()));
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Older pages are often saved in Windows-1252; every byte sequence decodes in it.
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
