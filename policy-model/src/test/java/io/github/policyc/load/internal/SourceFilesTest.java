package io.github.policyc.load.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.load.LoadLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

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
}
