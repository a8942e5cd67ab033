package io.github.policyc.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a directory over HTTP on the loopback interface, as a static web server would: the browser tests
 * need an {@code http} origin (cookies are not kept for {@code file:} pages) and must reach nothing
 * outside this machine. A request for a directory serves its {@code index.html}; anything outside the
 * root, or not a file, is a 404.
 *
 * <p>Pages are addressed by {@code localhost}, not {@code 127.0.0.1}: a consent cookie set on an IP
 * address host gets a {@code Domain} attribute naming it, which browsers treat differently.
 */
final class SiteServer implements AutoCloseable {

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "json", "application/json",
            "png", "image/png",
            "svg", "image/svg+xml",
            "txt", "text/plain; charset=utf-8");

    private final Path root;
    private final HttpServer server;
    private final ExecutorService threads;

    private SiteServer(Path root, HttpServer server, ExecutorService threads) {
        this.root = root;
        this.server = server;
        this.threads = threads;
    }

    /** Starts serving {@code root} on a free port of the loopback interface. */
    static SiteServer serve(Path root) {
        Path directory = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("not a directory: " + directory);
        }
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            // A browser opens several connections at once; one thread would serialise every request.
            ExecutorService threads = Executors.newFixedThreadPool(4);
            SiteServer site = new SiteServer(directory, server, threads);
            server.createContext("/", site::handle);
            server.setExecutor(threads);
            server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test web server", e);
        }
    }

    /** The address of a path relative to the root, such as {@code versions/index.html}. */
    URI url(String path) {
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/" + path);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = resolve(exchange.getRequestURI().getPath());
            if (file == null) {
                send(exchange, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            send(exchange, 200, contentType(file), Files.readAllBytes(file));
        }
    }

    /** The file a request path names, or {@code null} when it names none inside the root. */
    Path resolve(String requestPath) {
        String relative = requestPath.startsWith("/") ? requestPath.substring(1) : requestPath;
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) ? file : null;
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        // Every test starts from what the files say now, never from a cached copy.
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
