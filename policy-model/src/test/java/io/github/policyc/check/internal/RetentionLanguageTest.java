package io.github.policyc.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.check.internal.RetentionLanguage.Sentence;
import io.github.policyc.check.internal.RetentionLanguage.Vague;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetentionLanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Based on your engagement with us, we will hold information for as long as required.",
            "We hold your information for as long as required to do the activities in this notice.",
            "We keep your data for as long as necessary.",
            "Your data is stored as long as it is needed for the purposes set out above.",
            "We keep it so long as we consider it necessary.",
            "We keep it for as long as is reasonably necessary for those purposes.",
            "We will keep it as long as we need it.",
            "We retain personal data for a reasonable period of time.",
            "We retain personal data for an appropriate period.",
            "Data is deleted when it is no longer required.",
            "We delete it once we no longer need it.",
            "We keep records no longer than is necessary for the purpose.",
            "We retain it for the period necessary to fulfil the purposes we collected it for.",
            "We keep your details as long as required, in line with our retention policy.",
    })
    void findsStockPhrasesWithoutCriteria(String sentence) {
        assertThat(RetentionLanguage.vague(sentence)).as(sentence).isNotNull();
        assertThat(RetentionLanguage.isAboutKeeping(sentence)).as(sentence).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We keep invoices for 6 years after the end of the financial year.",
            "We keep it as long as necessary, and for at most 24 months.",
            "We keep it as long as necessary, and never longer than two years.",
            "We keep your details until you withdraw your consent, or as long as we need them.",
            "We keep your account as long as necessary, until you close it.",
            "We retain it for as long as required by the Companies Act 2006.",
            "We keep records as long as necessary to meet the limitation periods for legal claims.",
            "We keep a record of your request as long as needed, e.g. 3 years from the date you made it.",
            "We keep a log for a reasonable time: six months after your visit.",
            "We keep it as long as needed after the contract ends.",
            "We retain call recordings until they are no longer needed, or for 90 days, whichever is sooner.",
            "We keep your CV as long as required, and review our files every year.",
            "We keep it for a 12-month period.",
    })
    void acceptsPhrasesThatGiveCriteria(String sentence) {
        assertThat(RetentionLanguage.vague(sentence)).as(sentence).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We keep it for a while.",
            "We keep your name and email address.",
            "Until you tell us otherwise, we assume you are happy with this.",
    })
    void doesNotJudgeTextWithoutAStockPhrase(String sentence) {
        assertThat(RetentionLanguage.vague(sentence)).as(sentence).isNull();
    }

    @Test
    void aStockPhraseAboutSomethingElseIsNotAboutKeeping() {
        assertThat(RetentionLanguage.isAboutKeeping("You may object for as long as necessary.")).isFalse();
        assertThat(RetentionLanguage.isAboutKeeping("Your data is retained by us.")).isTrue();
    }

    @Test
    void reportsTheFirstPhraseAndWhereItStands() {
        String text = "We keep {{contact dpo}} details as long as required, and delete them when no longer needed.";

        Vague vague = RetentionLanguage.vague(text);

        assertThat(vague.phrase()).isEqualTo("as long as required");
        assertThat(vague.start()).isEqualTo(text.indexOf("as long as required"));
    }

    @Test
    void directivesAreNotWords() {
        assertThat(RetentionLanguage.vague("We keep it as long as needed; see {{page until you}}.")).isNotNull();
    }

    @Test
    void splitsSentencesButNotAfterAbbreviations() {
        assertThat(RetentionLanguage.sentences("We keep it. For how long? As long as needed, e.g. 3 years, i.e. Three."))
                .extracting(Sentence::text)
                .containsExactly("We keep it.", "For how long?", "As long as needed, e.g. 3 years, i.e. Three.");
        assertThat(RetentionLanguage.sentences("One. Two").get(1).start()).isEqualTo(5);
    }
}
