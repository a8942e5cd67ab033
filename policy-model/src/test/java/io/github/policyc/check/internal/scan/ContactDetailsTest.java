package io.github.policyc.check.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.testing.ExamplePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContactDetailsTest {

    private static List<String> found(String text) {
        return ContactDetails.find(text).stream().map(f -> f.kind() + " " + f.value()).toList();
    }

    @Test
    void findsEmailsPhonesAndWebAddresses() {
        assertThat(found("Email IT-security@northwest-it.co.uk. Call 0303 123 1113 or +44 (0)161 496 0000,"
                + " see www.example.org/a, https://ico.org.uk/make-a-complaint/ or ico.org.uk."))
                .containsExactly("EMAIL IT-security@northwest-it.co.uk", "PHONE 0303 123 1113",
                        "PHONE +44 (0)161 496 0000", "WEB www.example.org/a", "WEB https://ico.org.uk/make-a-complaint/",
                        "WEB ico.org.uk");
    }

    @Test
    void aDomainNamedForEmailsIsNoAddress() {
        assertThat(found("Emails come from @northwest-it.co.uk or @northwest-it.uk; cookies are set on"
                + " .northwest-it.co.uk.")).isEmpty();
    }

    @Test
    void datesVersionsAndRegistrationNumbersAreNoPhoneNumbers() {
        assertThat(found("Version 2024.03 of 01-03-2024 (01/03/2024), company number 13396577, 24 months,"
                + " 100% secure, BL7 9RP, UK GDPR Art. 13(1)(a), files logo.png, KITS Logo@4x.png and notes.pdf, e.g."
                + " and i.e."))
                .isEmpty();
    }

    @Test
    void comparesNumbersWithOrWithoutTheCountryCode() {
        assertThat(ContactDetails.phone("+44 303 123 1113")).isEqualTo(ContactDetails.phone("0303 123 1113"));
        assertThat(ContactDetails.phone("+44 (0)303 123-1113")).isEqualTo(ContactDetails.phone("0303 1231113"));
    }

    @Test
    void comparesWebAddressesWithoutSchemeWwwOrTrailingSlash() {
        assertThat(ContactDetails.web("https://www.Example.org/Contact/")).isEqualTo("example.org/Contact");
        assertThat(ContactDetails.host("http://www.example.org:8080/a?b#c")).isEqualTo("example.org");
    }

    /** Pieces of contact details and of what looks like them, to build random text from. */
    private static final String[] PIECES = {"a", "Zoë", "info", "@", "@x", ".", "..", ".co.uk", ".com", ".png", ":",
        "://", "http", "https://", "www.", "0", "+44", "(0)", "(0161)", "(555)", "123", " ", "  ", "\n", "-", "/",
        "_", "%", "+", "\"", "'", "(", ")", "[", "]", "<", ">", ",", ";", "!", "?", "\uFFFC", "\t", "1234567"};

    @Test
    void findsWhatThePatternFindsAtEveryOffsetInRandomText() {
        Random random = new Random(8);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(24); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertThat(ContactDetails.find(text.toString())).as("%s", text)
                    .isEqualTo(ContactDetails.findAtEveryOffset(text.toString()));
        }
    }

    @Test
    void findsWhatThePatternFindsAtEveryOffsetInTheExamplePolicy() throws IOException {
        List<Path> files = ExamplePolicy.sourceFiles();
        int details = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            List<ContactDetails.Found> found = ContactDetails.find(text);
            assertThat(found).as("%s", file).isEqualTo(ContactDetails.findAtEveryOffset(text));
            details += found.size();
        }
        assertThat(details).as("details in the example policy").isGreaterThan(10);
    }
}
