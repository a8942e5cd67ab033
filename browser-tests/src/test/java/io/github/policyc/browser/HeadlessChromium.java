package io.github.policyc.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;

/**
 * One headless Chromium for all the tests of a class, driven through ChromeDriver: starting a browser
 * takes about a second, loading a page a few milliseconds.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final HeadlessChromium browser = new HeadlessChromium();
 * }</pre>
 *
 * <p>The browser and the driver are Debian's {@code chromium} and {@code chromium-driver}
 * ({@code scripts/ensure-chromium.sh} installs them), named by path so that Selenium Manager never tries
 * to download a browser of its own. {@code -Dpolicyc.chromium} and {@code -Dpolicyc.chromedriver} name
 * others.
 */
final class HeadlessChromium implements BeforeAllCallback, AfterAllCallback {

    static final String CHROMIUM = System.getProperty("policyc.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("policyc.chromedriver", "/usr/bin/chromedriver");

    /** The window of a desktop browser; screenshots set their own sizes. */
    static final int WIDTH = 1280;
    static final int HEIGHT = 800;

    private ChromeDriver driver;
    private Path profile;

    /** The browser of the running test class. */
    ChromeDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("the browser runs only inside the test class that registers it");
        }
        return driver;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        requireExecutable(CHROMIUM, "policyc.chromium");
        requireExecutable(CHROMEDRIVER, "policyc.chromedriver");
        profile = Files.createTempDirectory("policyc-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                // At the default level the log holds every script sent, axe included: megabytes per class.
                .withLogLevel(ChromiumDriverLogLevel.WARNING)
                .withLogFile(Path.of("target", "chromedriver-" + context.getRequiredTestClass().getSimpleName() + ".log").toFile())
                .build();
        driver = new ChromeDriver(service, options(profile));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
    }

    private static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                // The tests run as root, in a container; Chromium's sandbox needs user namespaces.
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                // Without these Chromium reaches out to Google's services at start, and on a closed network
                // its own connections are then refused: the pages may load nothing but the test server.
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                // navigator.webdriver tells pages a robot is watching, and consent banners stay hidden from
                // robots (vanilla-cookieconsent's hideFromBots): the tests must see what people see.
                "--disable-blink-features=AutomationControlled",
                "--window-size=" + WIDTH + "," + HEIGHT,
                "--user-data-dir=" + profile);
        return options;
    }

    private static void requireExecutable(String path, String property) {
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException(path + " is missing: install it with scripts/ensure-chromium.sh"
                    + " (Debian's chromium and chromium-driver), or name another with -D" + property
                    + "=PATH; -DskipITs skips the browser tests");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            TestFiles.deleteTree(profile);
        }
    }
}
