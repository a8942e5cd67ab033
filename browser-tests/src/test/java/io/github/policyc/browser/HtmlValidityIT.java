package io.github.policyc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every HTML file of the example site is valid HTML to the Nu HTML Checker, run offline. Errors fail, with
 * {@code file:line:col} and the checker's message; warnings are printed for review and never fail.
 */
class HtmlValidityIT {

    private static NuHtmlChecker checker;

    @BeforeAll
    static void loadChecker() {
        checker = new NuHtmlChecker();
    }

    static List<String> pages() {
        return ExampleSite.get().pages();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageIsValidHtml(String page) throws IOException {
        List<NuHtmlChecker.Message> messages = checker.check(ExampleSite.get().file(page));

        List<NuHtmlChecker.Message> warnings = messages.stream().filter(message -> !message.isError()).toList();
        if (!warnings.isEmpty()) {
            System.out.println("Nu HTML Checker notes on " + page + ":\n" + describe(page, warnings));
        }
        List<NuHtmlChecker.Message> errors = messages.stream().filter(NuHtmlChecker.Message::isError).toList();
        assertThat(errors)
                .withFailMessage(() -> "the Nu HTML Checker found " + errors.size() + " errors in " + page + ":\n"
                        + describe(page, errors))
                .isEmpty();
    }

    /** The check above can fail: an invalid document gets errors, at their lines. */
    @Test
    void invalidHtmlIsReportedAtItsLine() throws IOException {
        String html = """
                <!DOCTYPE html>
                <html lang="en">
                <head><title>Invalid</title></head>
                <body>
                <p><img src="logo.png"></p>
                <table><td>no row</td><div>misplaced</div></table>
                </body>
                </html>
                """;

        List<NuHtmlChecker.Message> errors = checker.check(html).stream().filter(NuHtmlChecker.Message::isError).toList();

        assertThat(errors).extracting(NuHtmlChecker.Message::line).contains(5, 6);
        assertThat(errors).anyMatch(error -> error.line() == 5 && error.message().contains("“alt” attribute"));
    }

    private static String describe(String page, List<NuHtmlChecker.Message> messages) {
        return messages.stream().map(message -> "  " + message.describe(page)).collect(Collectors.joining("\n"));
    }
}
