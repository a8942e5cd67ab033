package io.github.policyc.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SitePublisherTest {

    @TempDir
    Path dir;

    private final Site site = Site.builder().add("index.html", "new").add("assets/a.css", "css").build();

    @Test
    void writesTheSiteAndMarksTheDirectory() throws Exception {
        Path target = dir.resolve("out");

        new SitePublisher().publish(site, target);

        assertThat(contents(target)).containsExactly(
                Map.entry(".policyc", "Written by policyc. This directory is replaced on every build.\n"),
                Map.entry("assets/a.css", "css"), Map.entry("index.html", "new"));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void publishesADirectoryWithTheUsualPermissionsNotATemporaryDirectorysPrivateOnes() throws Exception {
        Path target = dir.resolve("out");
        Path usual = Files.createDirectory(dir.resolve("usual"));

        new SitePublisher().publish(site, target);

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(usual));
    }

    @Test
    void replacesAPreviousSiteCompletely() throws Exception {
        Path target = dir.resolve("out");
        new SitePublisher().publish(Site.builder().add("old.html", "old").build(), target);

        new SitePublisher().publish(site, target);

        assertThat(contents(target)).doesNotContainKey("old.html").containsEntry("index.html", "new");
        assertThat(siblings()).containsExactly("out");
    }

    @Test
    void leavesThePreviousSiteUntouchedWhenWritingFailsHalfWay() throws Exception {
        Path target = dir.resolve("out");
        new SitePublisher().publish(Site.builder().add("index.html", "old").build(), target);
        Map<String, String> before = contents(target);
        SitePublisher failing = new SitePublisher((file, bytes) -> {
            if (file.getFileName().toString().equals("index.html")) {
                throw new IOException("disk full");
            }
            Files.write(file, bytes);
        });

        assertThatThrownBy(() -> failing.publish(site, target)).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(contents(target)).isEqualTo(before);
        assertThat(siblings()).containsExactly("out");
    }

    /**
     * Writing fails at each file in turn, the marker included, after some files are written in full and
     * one is half written: the previous site stays byte for byte as it was, and nothing is left beside it.
     */
    @ParameterizedTest(name = "failing at write {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void leavesThePreviousSiteByteIdenticalWhicheverWriteFails(int failingWrite) throws Exception {
        Path target = dir.resolve("out");
        new SitePublisher().publish(Site.builder().add("index.html", "old").add("b/old.html", "old b").build(), target);
        Map<String, byte[]> before = bytes(target);
        Site next = Site.builder().add("a.css", "a").add("b/c.html", "c").add("d/e/f.json", "{}")
                .add("index.html", "new").build();
        AtomicInteger writes = new AtomicInteger();
        SitePublisher failing = new SitePublisher((file, content) -> {
            if (writes.incrementAndGet() == failingWrite) {
                Files.write(file, java.util.Arrays.copyOf(content, content.length / 2));
                throw new IOException("disk full at write " + failingWrite);
            }
            Files.write(file, content);
        });

        assertThatThrownBy(() -> failing.publish(next, target)).isInstanceOf(IOException.class)
                .hasMessage("disk full at write " + failingWrite);

        assertThat(writes).as("writing stops at the failure (the marker is the fifth write)").hasValue(failingWrite);
        Map<String, byte[]> after = bytes(target);
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((name, content) -> assertThat(after.get(name)).as(name).isEqualTo(content));
        assertThat(siblings()).containsExactly("out");
    }

    @Test
    void refusesToReplaceADirectoryItDidNotWrite() throws Exception {
        Path target = Files.createDirectories(dir.resolve("home"));
        Files.writeString(target.resolve("thesis.txt"), "precious");

        assertThatThrownBy(() -> new SitePublisher().publish(site, target))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("refusing to replace").hasMessageContaining("did not write");

        assertThat(contents(target)).containsExactly(Map.entry("thesis.txt", "precious"));
    }

    @Test
    void usesAnEmptyExistingDirectory() throws Exception {
        Path target = Files.createDirectories(dir.resolve("empty"));

        new SitePublisher().publish(site, target);

        assertThat(contents(target)).containsKey("index.html");
    }

    @Test
    void refusesAFileAsTarget() throws Exception {
        Path target = Files.writeString(dir.resolve("file"), "x");

        assertThatThrownBy(() -> new SitePublisher().publish(site, target))
                .isInstanceOf(PublishException.class).hasMessageContaining("is a file");
    }

    @Test
    void siteRejectsPathsThatCouldEscapeTheTarget() {
        for (String path : new String[] {"../x", "/etc/x", "a\\b", "", ".policyc"}) {
            assertThatThrownBy(() -> Site.builder().add(path, "x")).as(path)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }

    private static Map<String, byte[]> bytes(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private java.util.List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
