package io.github.policyc.load.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.load.LoadLimits;
import io.github.policyc.load.Problem;
import io.github.policyc.model.Location;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {

    /** Pieces of UTF-8 and of what is not, byte-order marks and line ends, to build random files from. */
    private static final String[] PIECES = {"61", "20", "0a", "0d", "0d0a", "c3a9", "e282ac", "f09f9880", "efbfbd",
        "efbbbf", "feff", "fffe", "0000feff", "fffe0000", "00", "80", "bf", "c3", "e282", "f09f", "c0af", "eda080",
        "f4908080", "ff", "7b7b", "7d"};

    @Test
    void decodesRandomBytesAsTheStrictDecoderDoes() {
        Random random = new Random(8);
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < 50_000; i++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int n = random.nextInt(8); n > 0; n--) {
                bytes.writeBytes(HexFormat.of().parseHex(PIECES[random.nextInt(PIECES.length)]));
            }
            Problems fast = new Problems();
            Problems strict = new Problems();
            String text = new SourceFiles(LoadLimits.DEFAULT, fast).decode(bytes.toByteArray(), "f.md");
            String expected = new SourceFiles(LoadLimits.DEFAULT, strict).decodeStrictly(bytes.toByteArray(), "f.md");
            assertThat(text).as("%s", HexFormat.of().formatHex(bytes.toByteArray())).isEqualTo(expected);
            assertThat(fast.sorted()).isEqualTo(strict.sorted());
            valid += text != null ? 1 : 0;
            invalid += text == null ? 1 : 0;
        }
        assertThat(valid).isGreaterThan(5_000);
        assertThat(invalid).isGreaterThan(5_000);
    }

    @Test
    void decodesTheExamplePolicyAsTheStrictDecoderDoes() throws IOException {
        int files = 0;
        try (Stream<Path> walk = Files.walk(Path.of("../site-src/src/policy"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                String text = new SourceFiles(LoadLimits.DEFAULT, new Problems()).decode(bytes, "f");
                assertThat(text).as("%s", file)
                        .isEqualTo(new SourceFiles(LoadLimits.DEFAULT, new Problems()).decodeStrictly(bytes, "f"))
                        .isNotNull();
                files++;
            }
        }
        assertThat(files).isGreaterThan(5);
    }

    @TempDir
    Path dir;

    @Test
    void tellsControlCharactersFromTabAndLineEnds() {
        for (int c = 0; c <= 0xFFFF; c++) {
            boolean control = c <= 0x1F && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
            assertThat(SourceFiles.isControl(c)).as("U+%04X", c).isEqualTo(control);
        }
    }

    @Test
    void refusesAControlCharacterInMarkdownAtItsLineAndColumnCountingTheOthers() throws IOException {
        Path file = Files.write(dir.resolve("intro.md"),
                "We are\r\n\tTest\tLtd.\r\nsafe\u001a and \u0085sound.\u007f\n".getBytes(StandardCharsets.UTF_8));
        Problems problems = new Problems();
        SourceFiles files = new SourceFiles(LoadLimits.DEFAULT, problems);

        String text = files.readMarkdown(file, "intro.md", Location.startOf("p.yaml"));

        assertThat(text).isNull();
        assertThat(files.texts()).isEmpty();
        assertThat(problems.sorted()).extracting(Problem::toString).containsExactly(
                "intro.md:3:5: the character U+001A is not allowed in Markdown; remove it"
                        + " (2 more control characters in this file)");
    }

    @Test
    void keepsMarkdownWithTabsAndAnyLineEnds() throws IOException {
        Path file = Files.write(dir.resolve("intro.md"), "a\tb\r\nc\rd\u00a0e\n".getBytes(StandardCharsets.UTF_8));
        Problems problems = new Problems();
        SourceFiles files = new SourceFiles(LoadLimits.DEFAULT, problems);

        assertThat(files.readMarkdown(file, "intro.md", Location.startOf("p.yaml"))).isEqualTo("a\tb\nc\nd\u00a0e\n");
        assertThat(problems.isEmpty()).isTrue();
        assertThat(files.texts()).containsOnlyKeys("intro.md");
    }

    @Test
    void leavesControlCharactersInYamlToTheYamlReader() throws IOException {
        Path file = Files.write(dir.resolve("p.yaml"), "a: \u0007\n".getBytes(StandardCharsets.UTF_8));
        Problems problems = new Problems();

        assertThat(new SourceFiles(LoadLimits.DEFAULT, problems).read(file, "p.yaml", Location.startOf("p.yaml")))
                .isEqualTo("a: \u0007\n");
        assertThat(problems.isEmpty()).isTrue();
    }
}
