package io.github.policyc.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.model.RightKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RightFinderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "The right to be informed | INFORMED",
            "This is called right-to-access and allows you to ask | ACCESS",
            "Your right of access | ACCESS",
            "The right to update your data | RECTIFICATION",
            "Right to rectification | RECTIFICATION",
            "This is known as the right to erasure, or “the right to be forgotten” | ERASURE",
            "The right to have your data deleted | ERASURE",
            "The right to restrict processing | RESTRICTION",
            "This is called the right to data portability. | PORTABILITY",
            "This is known as the right to object and is your right | OBJECTION",
            "Rights related to automated decision-making | AUTOMATED_DECISIONS",
            "You may withdraw your consent at any time | WITHDRAW_CONSENT",
            "The right to lodge a complaint with the ICO | COMPLAINT",
            "The right to know what data we hold on you | none",
            "Requesting your information be transferred. | none"})
    void namesTheRightTheTextNamesFirst(String text, RightKind kind) {
        assertThat(RightFinder.kind(text)).isEqualTo(kind);
    }
}
