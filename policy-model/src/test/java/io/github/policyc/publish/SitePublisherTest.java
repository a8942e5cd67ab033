package io.github.policyc.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

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

    private java.util.List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
