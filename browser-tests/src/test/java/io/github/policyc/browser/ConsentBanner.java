package io.github.policyc.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The vanilla-cookieconsent v3 banner on the page a browser shows, operated as a visitor does: by its
 * visible buttons. The selectors are the library's documented markup: everything inside {@code #cc-main},
 * the consent modal {@code .cm} and the preferences modal {@code .pm}, buttons told apart by
 * {@code data-role}, one checkbox {@code .section__toggle} per category with the category as its value,
 * and {@code show--consent} / {@code show--preferences} on {@code <html>} while a modal is open.
 */
final class ConsentBanner {

    private static final By CONSENT_MODAL = By.cssSelector("#cc-main .cm");
    private static final By PREFERENCES_MODAL = By.cssSelector("#cc-main .pm");

    private final WebDriver driver;
    private final WebDriverWait wait;

    ConsentBanner(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    /**
     * Waits until the library has run on the page. Without a valid consent it adds {@code #cc-main} with
     * the banner; with one it adds nothing (it builds its markup only when it must show it), and the
     * consent is valid: {@code CookieConsent.validConsent()}.
     */
    ConsentBanner loaded() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && typeof CookieConsent !== 'undefined'"
                        + " && (document.getElementById('cc-main') !== null || CookieConsent.validConsent())")));
        return this;
    }

    /**
     * Waits until the library has run and the banner has stopped moving: while it fades in, its text is
     * drawn half-transparent, and a contrast check measures the blend rather than the colours a visitor
     * reads a moment later.
     */
    ConsentBanner settled() {
        loaded();
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const banner = document.querySelector('#cc-main .cm');"
                        + " return banner === null || (getComputedStyle(banner).opacity === '1'"
                        + " && banner.getAnimations({subtree: true}).every(a => a.playState !== 'running' && !a.pending))")));
        return this;
    }

    /** Whether the consent modal, the banner proper, is shown. */
    boolean isShown() {
        return htmlHasClass("show--consent") && displayed(CONSENT_MODAL);
    }

    /** Whether the preferences modal is shown. */
    boolean preferencesShown() {
        return htmlHasClass("show--preferences") && displayed(PREFERENCES_MODAL);
    }

    void waitUntilShown() {
        wait.until(d -> isShown());
    }

    void acceptAll() {
        click(CONSENT_MODAL, "all");
        waitUntilGone();
    }

    void rejectAll() {
        click(CONSENT_MODAL, "necessary");
        waitUntilGone();
    }

    /**
     * Waits until the banner is closed and has faded out: while it fades it still covers the corner of the
     * page it sat in, and a visitor clicks what is there only once it has gone.
     */
    private void waitUntilGone() {
        wait.until(d -> !htmlHasClass("show--consent") && !displayed(CONSENT_MODAL));
    }

    /** Opens the preferences from the banner's "Choose cookies" button. */
    void choose() {
        click(CONSENT_MODAL, "show");
        wait.until(d -> preferencesShown());
    }

    /** Opens the preferences from a button of the page marked {@code data-cc="show-preferencesModal"}. */
    void openSettingsFromPage() {
        WebElement button = driver.findElement(By.cssSelector("[data-cc=show-preferencesModal]"));
        // The theme scrolls smoothly (unless the reader asks for reduced motion), and ChromeDriver clicks where
        // the button is while the page is still gliding towards it: a visitor scrolls first, then clicks.
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
        wait.until(d -> preferencesShown());
    }

    /** The categories switched on in the preferences modal. */
    List<String> switchedOn() {
        return driver.findElements(By.cssSelector("#cc-main .pm .section__toggle")).stream()
                .filter(WebElement::isSelected).map(toggle -> toggle.getAttribute("value")).toList();
    }

    /** Turns a category's switch in the preferences modal on or off. */
    void switchCategory(String category, boolean on) {
        WebElement toggle = driver.findElement(By.cssSelector("#cc-main .pm .section__toggle[value='" + category + "']"));
        if (toggle.isSelected() != on) {
            // The checkbox is visually replaced by a styled switch; its label-wrapper takes the click.
            toggle.findElement(By.xpath("..")).click();
        }
        wait.until(d -> toggle.isSelected() == on);
    }

    void savePreferences() {
        click(PREFERENCES_MODAL, "save");
        wait.until(d -> !htmlHasClass("show--preferences"));
    }

    void rejectAllInPreferences() {
        click(PREFERENCES_MODAL, "necessary");
        wait.until(d -> !htmlHasClass("show--preferences"));
    }

    private void click(By modal, String role) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(
                driver.findElement(modal).findElement(By.cssSelector("button[data-role='" + role + "']"))));
        button.click();
    }

    private boolean displayed(By locator) {
        List<WebElement> found = driver.findElements(locator);
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    private boolean htmlHasClass(String name) {
        String classes = driver.findElement(By.tagName("html")).getAttribute("class");
        return classes != null && List.of(classes.split("\\s+")).contains(name);
    }
}
