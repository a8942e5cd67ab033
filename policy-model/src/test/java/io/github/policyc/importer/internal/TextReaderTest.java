package io.github.policyc.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain-text heuristics, on documents shaped unlike the seed. */
class TextReaderTest {

    @Test
    void joinsTheLinesOfAHardWrappedDocument() {
        String document = "Privacy Notice\n\nWho we are\n\n"
                + wrap("Acme Widgets Limited is the controller of the personal data described in this notice. We are"
                + " registered in England and Wales under company number 01234567, and our registered office is"
                + " 1 High Street, Bolton, BL1 1AA.", 72)
                + "\n\nWhat we collect\n\n"
                + wrap("We collect your name and email address when you contact us, and your order history when you"
                + " buy from us. We keep it for six years after your last order, because tax law requires it.", 72)
                + "\n";

        assertThat(outline(document)).containsExactly(
                "title Privacy Notice",
                "h2 Who we are",
                "p Acme Widgets Limited is the controller of the personal data described in this notice. We are"
                        + " registered in England and Wales under company number 01234567, and our registered office"
                        + " is 1 High Street, Bolton, BL1 1AA.",
                "h2 What we collect",
                "p We collect your name and email address when you contact us, and your order history when you buy"
                        + " from us. We keep it for six years after your last order, because tax law requires it.");
    }

    @Test
    void findsHeadingsWithoutBlankLines() {
        String document = """
                Privacy Policy
                Introduction
                This is the privacy policy of Acme Ltd, and it says how we use the personal data of our customers.
                What do we collect?
                We collect your name and your email address, and nothing else about you or your family at all.
                Your rights
                You can ask for a copy of your data at any time, by writing to us at the address given below.
                """;

        assertThat(outline(document)).containsExactly(
                "title Privacy Policy",
                "h2 Introduction",
                "p This is the privacy policy of Acme Ltd, and it says how we use the personal data of our customers.",
                "h2 What do we collect?",
                "p We collect your name and your email address, and nothing else about you or your family at all.",
                "h2 Your rights",
                "p You can ask for a copy of your data at any time, by writing to us at the address given below.");
    }

    @Test
    void numberedHeadingsAndLetteredLists() {
        String document = """
                Privacy notice

                1. Who we are

                We are Acme Widgets Limited, a company that makes widgets for the people of Bolton.

                2. What we collect

                We collect:

                a) your name;
                b) your email address.

                3. Questions?
                """;

        assertThat(outline(document)).containsExactly(
                "title Privacy notice",
                "h2 1. Who we are",
                "p We are Acme Widgets Limited, a company that makes widgets for the people of Bolton.",
                "h2 2. What we collect",
                "p We collect:",
                "ol0 your name;",
                "ol0 your email address.",
                "h2 3. Questions?");
    }

    @Test
    void headingsThatRunIntoTheirTextAreInsideASection() {
        String document = """
                Your rights

                The right to be informed
                You have a right to know what we do with your data, and this policy tells you.

                Requesting your data be deleted.
                This is called the right to erasure, and you can use it at any time you like.

                Obtaining a copy of the information we hold on you is possible.

                How long do we keep it?
                Six years, for the tax office, and not a day longer than that.
                """;

        assertThat(outline(document)).containsExactly(
                "h2 Your rights",
                "h3 The right to be informed",
                "p You have a right to know what we do with your data, and this policy tells you.",
                "h3 Requesting your data be deleted.",
                "p This is called the right to erasure, and you can use it at any time you like.",
                "p Obtaining a copy of the information we hold on you is possible.",
                "h2 How long do we keep it?",
                "p Six years, for the tax office, and not a day longer than that.");
    }

    @Test
    void shortLinesAreAListUnlessTheyAreQuestions() {
        String document = """
                Uses

                We use the information for the purposes below, all of them described further on:

                Sending you our newsletter
                Answering your questions
                Improving our website

                Can I opt out?
                Who do I ask?
                Where is my data?

                Yes, always, by writing to us.
                """;

        assertThat(outline(document)).containsExactly(
                "h2 Uses",
                "p We use the information for the purposes below, all of them described further on:",
                "ul0 Sending you our newsletter",
                "ul0 Answering your questions",
                "ul0 Improving our website",
                "h2 Can I opt out?",
                "h2 Who do I ask?",
                "h2 Where is my data?",
                "p Yes, always, by writing to us.");
    }

    @Test
    void bulletsOfEveryKindAndNestedByIndentation() {
        String document = """
                We share your data with:

                • couriers
                  – in the UK
                  – abroad
                * our bank
                - our accountants
                """;

        assertThat(outline(document)).containsExactly(
                "p We share your data with:",
                "ul0 couriers",
                "ul1 in the UK",
                "ul1 abroad",
                "ul0 our bank",
                "ul0 our accountants");
    }

    @Test
    void aShortLineFollowedByShorterTextIsNoHeading() {
        String document = """
                KITS Logo@4x.png
                ×

                Privacy Policy

                Introduction

                This is the privacy policy of Acme Limited, which says how we use your data.
                """;

        assertThat(outline(document)).containsExactly(
                "p KITS Logo@4x.png",
                "p ×",
                "title Privacy Policy",
                "h2 Introduction",
                "p This is the privacy policy of Acme Limited, which says how we use your data.");
    }

    private static List<String> outline(String text) {
        SourceText source = new SourceText("test.txt", text);
        ParsedDocument document = TextReader.read(source);
        List<String> lines = new ArrayList<>();
        boolean titled = false;
        for (Block block : document.blocks()) {
            if (!titled && document.title() != null && block.texts().stream()
                    .anyMatch(t -> t.start() > document.title().start())) {
                lines.add("title " + document.title());
                titled = true;
            }
            if (block instanceof Block.Heading h) {
                lines.add("h" + h.level() + " " + h.text());
            } else if (block instanceof Block.Paragraph p) {
                lines.add("p " + String.join(" / ", p.lines().stream().map(LocatedText::text).toList()));
            } else if (block instanceof Block.ListItem i) {
                lines.add((i.ordered() ? "ol" : "ul") + i.depth() + " " + i.text());
            }
        }
        if (!titled && document.title() != null) {
            lines.add("title " + document.title());
        }
        return lines;
    }

    /** Wraps text at a width as a text editor would, greedily. */
    private static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : text.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                out.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }
}
