package io.github.policyc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteServerTest {

    @TempDir
    Path root;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesFilesWithTheirTypeAndDirectoriesByTheirIndex() throws Exception {
        Files.createDirectories(root.resolve("versions"));
        Files.writeString(root.resolve("versions/index.html"), "<!DOCTYPE html><title>Versions</title>");
        Files.writeString(root.resolve("site.css"), "body {}");

        try (SiteServer server = SiteServer.serve(root)) {
            HttpResponse<String> page = get(server.url("versions/"));
            HttpResponse<String> css = get(server.url("site.css"));

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<title>Versions</title>");
            assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
            assertThat(server.url("a.html").getHost()).isEqualTo("localhost");
        }
    }

    @Test
    void servesNothingOutsideTheRoot() throws Exception {
        Path site = Files.createDirectories(root.resolve("site"));
        Files.writeString(root.resolve("secret.txt"), "not for the browser");

        try (SiteServer server = SiteServer.serve(site)) {
            assertThat(server.resolve("/../secret.txt")).isNull();
            // Encoded dots reach the handler decoded, as "/../secret.txt".
            assertThat(get(URI.create(server.url("") + "%2e%2e/secret.txt")).statusCode()).isEqualTo(404);
            assertThat(get(server.url("missing.html")).statusCode()).isEqualTo(404);
            assertThat(get(server.url("")).statusCode()).as("a directory without index.html").isEqualTo(404);
        }
    }

    private HttpResponse<String> get(URI url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
    }
}
