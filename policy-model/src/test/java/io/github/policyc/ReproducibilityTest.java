package io.github.policyc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.publish.Site;
import io.github.policyc.publish.SitePublisher;
import io.github.policyc.testing.ChildBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same input gives the same bytes whatever the platform: the example site, with its history, built in a
 * child JVM under a far-away time zone, another locale (Turkish has a dotless i that breaks careless
 * {@code toLowerCase()}), another default charset and Windows line ends, is byte for byte the site built here.
 */
class ReproducibilityTest {

    private static final Path EXAMPLE = Path.of("../site-src/src/policy/policy.yaml");

    @TempDir
    Path dir;

    /** The child's settings, and what it must report it runs under: the test fails if they did not take effect. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "-Duser.timezone=Pacific/Kiritimati -Duser.language=tr -Duser.country=TR -Dfile.encoding=ISO-8859-1"
                + " -Dline.separator=CRLF | Pacific/Kiritimati tr_TR ISO-8859-1 CRLF",
        "-Duser.timezone=America/St_Johns -Duser.language=ja -Duser.country=JP -Dfile.encoding=UTF-16"
                + " -Dline.separator=CR | America/St_Johns ja_JP UTF-16 CR",
        "-Duser.timezone=Asia/Kathmandu -Duser.language=ar -Duser.country=SA -Dfile.encoding=windows-1252"
                + " -Dline.separator=CRLF -Djava.locale.providers=COMPAT | Asia/Kathmandu ar_SA windows-1252 CRLF"})
    void theExampleSiteIsByteIdenticalUnderAnotherPlatform(String platform, String reported) throws Exception {
        Site here = PolicyCompiler.create().compile(EXAMPLE);
        Path out = dir.resolve("site");

        String log = buildInChildJvm(platform, out);

        assertThat(log).contains("platform: " + reported);
        Map<String, byte[]> there = files(out);
        assertThat(there.keySet()).as(log).containsExactlyElementsOf(here.files().keySet());
        List<String> different = new ArrayList<>();
        for (String path : here.files().keySet()) {
            if (!java.util.Arrays.equals(here.files().get(path), there.get(path))) {
                different.add(path);
            }
        }
        assertThat(different).as("files that differ under " + platform).isEmpty();
    }

    private String buildInChildJvm(String platform, Path out) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : platform.split(" ")) {
            command.add(option.replace("=CRLF", "=\r\n").replace("=CR", "=\r"));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ChildBuild.class.getName(),
                EXAMPLE.toString(), out.toString()));
        Path log = dir.resolve("child.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the child build did not finish in 3 minutes");
        }
        String output = Files.readString(log, StandardCharsets.ISO_8859_1);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    /** The files of a published site, without policyc's marker. */
    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (!name.equals(SitePublisher.MARKER)) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }
}
