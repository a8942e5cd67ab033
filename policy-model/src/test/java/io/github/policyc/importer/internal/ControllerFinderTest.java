package io.github.policyc.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ControllerFinderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "This is the privacy policy of North West IT Services and Solutions Limited. | North West IT Services and Solutions Limited",
            "Acme Widgets Ltd is the controller of your personal data. | Acme Widgets Ltd",
            "We are Bolton Bakery LLP, and we bake bread. | Bolton Bakery LLP",
            "This is the privacy notice of Example Shop. It explains what we do. | Example Shop",
            "Our supplier, Parcel Carriers PLC, delivers your orders. | Parcel Carriers PLC"})
    void findsTheNameInTheUsualPhrasing(String text, String name) {
        assertThat(find(text).name().text()).isEqualTo(name);
    }

    @Test
    void findsTheRegistrationAndTheRegisteredOffice() {
        ControllerFinder.FoundController found = find("This is the website of North West IT Services and Solutions"
                + " Limited, registered in England and Wales under company number 13396577. Its registered office is"
                + " North West IT Services and Solutions Limited, Egerton Business Centre, The Old Mill House, Egerton,"
                + " Bolton, BL7 9RP.");

        assertThat(found.companyNumber().text()).isEqualTo("13396577");
        assertThat(found.registeredIn().text()).isEqualTo("England and Wales");
        assertThat(found.address()).extracting(LocatedText::text)
                .containsExactly("Egerton Business Centre", "The Old Mill House", "Egerton", "Bolton", "BL7 9RP");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Registered in Scotland, company no. SC123456. | SC123456 | Scotland",
            "Company registration number: 01234567; registered in Northern Ireland | 01234567 | Northern Ireland",
            "Registered number 7654321 (registered in England) | 7654321 | England"})
    void readsNumbersAndPlacesOfRegistration(String text, String number, String place) {
        ControllerFinder.FoundController found = find(text);

        assertThat(found.companyNumber().text()).isEqualTo(number);
        assertThat(found.registeredIn().text()).isEqualTo(place);
    }

    @Test
    void aMarkedUpAddressServesWhenNoSentenceNamesTheOffice() {
        List<LocatedText> address = List.of(LocatedText.of("Acme Ltd", 0), LocatedText.of("1 High Street", 10),
                LocatedText.of("info@acme.example", 30), LocatedText.of("+44 161 000 0000", 50),
                LocatedText.of("Bolton", 70));

        ControllerFinder.FoundController found = ControllerFinder.find(List.of(LocatedText.of("We are Acme Ltd.", 90)),
                List.of(address));

        assertThat(found.address()).extracting(LocatedText::text).containsExactly("1 High Street", "Bolton");
    }

    @Test
    void findsNothingInTextWithoutThePhrasing() {
        ControllerFinder.FoundController found = find("We use your data to send you our newsletter.");

        assertThat(found.name()).isNull();
        assertThat(found.companyNumber()).isNull();
        assertThat(found.registeredIn()).isNull();
        assertThat(found.address()).isEmpty();
    }

    private static ControllerFinder.FoundController find(String text) {
        return ControllerFinder.find(List.of(LocatedText.of(text, 0)), List.of());
    }
}
