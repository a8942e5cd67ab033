package io.github.policyc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A full-page screenshot of every page of the example site, as a desktop and as a phone shows it, written
 * to {@code target/screenshots/<desktop|mobile>/<page>.png} for people to review: no test can judge
 * whether a page looks right. What a test can judge, it does: at phone width a page must not scroll
 * sideways (WCAG 2.1 1.4.10 Reflow: wide tables scroll inside their own box, the page does not).
 */
class ScreenshotsIT {

    /**
     * A width to show the pages at.
     *
     * @param name   the folder of its screenshots
     * @param mobile whether the browser behaves as a phone's: it then applies the pages' viewport meta tag
     */
    record Screen(String name, int width, int height, boolean mobile) {

        @Override
        public String toString() {
            return name + " " + width + "×" + height;
        }
    }

    static final Screen DESKTOP = new Screen("desktop", 1280, 800, false);
    static final Screen MOBILE = new Screen("mobile", 375, 812, true);

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();

    private static SiteServer server;

    @BeforeAll
    static void serve() {
        server = SiteServer.serve(ExampleSite.get().root());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void restoreScreen() {
        browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    static Stream<Arguments> pagesOnScreens() {
        List<String> pages = ExampleSite.get().pages();
        return Stream.of(DESKTOP, MOBILE).flatMap(screen -> pages.stream().map(page -> Arguments.of(page, screen)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("pagesOnScreens")
    void screenshot(String page, Screen screen) throws IOException {
        ChromeDriver driver = browser.driver();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", screen.width(), "height", screen.height(), "deviceScaleFactor", 1, "mobile", screen.mobile()));
        driver.get(server.url(page).toString());
        // The picture shows the page as a first visitor sees it once the consent banner has faded in.
        new ConsentBanner(driver).settled();

        long pageWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        long pageHeight = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        Path file = save(page, screen, fullPage(driver, screen.width(), pageHeight));

        assertThat(pngWidth(file)).as("width of %s", file).isEqualTo(screen.width());
        assertThat(pageWidth).as("%s scrolls sideways on %s: it is %d px wide", page, screen, pageWidth)
                .isLessThanOrEqualTo(screen.width());
    }

    /** The whole page, not only what the window shows: DevTools paints beyond the viewport. */
    private static byte[] fullPage(ChromeDriver driver, int width, long height) {
        Map<String, Object> screenshot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return Base64.getDecoder().decode((String) screenshot.get("data"));
    }

    private static Path save(String page, Screen screen, byte[] png) throws IOException {
        Path file = SCREENSHOTS.resolve(screen.name()).resolve(page.replaceFirst("\\.html$", ".png"));
        Files.createDirectories(file.getParent());
        return Files.write(file, png);
    }

    /** The width a PNG file declares in its header (IHDR, right after the 8-byte signature). */
    private static int pngWidth(Path file) throws IOException {
        byte[] png = Files.readAllBytes(file);
        assertThat(png).as("%s is a PNG file", file).startsWith(0x89, 'P', 'N', 'G');
        return ByteBuffer.wrap(png, 16, 4).getInt();
    }
}
