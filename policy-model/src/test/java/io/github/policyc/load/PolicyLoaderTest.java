package io.github.policyc.load;

import static io.github.policyc.testing.Models.MINIMAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyc.model.LawfulBasis;
import io.github.policyc.model.Location;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Purpose;
import io.github.policyc.model.RightKind;
import io.github.policyc.testing.Models;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyLoaderTest {

    @TempDir
    Path dir;

    @Test
    void loadsEveryPartOfTheFullModel() {
        PolicyModel model = Models.full();

        assertThat(model.policy().version()).isEqualTo("2.1");
        assertThat(model.policy().effective()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(model.controller().companyNumber()).isEqualTo("01234567");
        assertThat(model.contacts()).extracting("id").containsExactly("privacy", "dpo", "post");
        assertThat(model.purposes()).extracting(Purpose::id).containsExactly("orders", "analytics", "access-needs");
        Purpose orders = model.purpose("orders").orElseThrow();
        assertThat(orders.lawfulBasis()).isEqualTo(LawfulBasis.CONTRACT);
        assertThat(orders.retention().period().years()).isEqualTo(6);
        assertThat(orders.categories()).extracting("id").containsExactly("name", "email");
        assertThat(model.rights()).extracting("kind").contains(RightKind.WITHDRAW_CONSENT, RightKind.COMPLAINT);
        assertThat(model.cookies().get(0).duration().isSession()).isTrue();
        assertThat(model.cookies().get(1).category().id()).isEqualTo("analytics");
        assertThat(model.categoryOf(model.cookies().get(1)).orElseThrow().isNecessary()).isFalse();
        assertThat(model.automatedDecisions().used()).isFalse();
        assertThat(model.recipient("analytics-vendor").orElseThrow().countries()).extracting("code").containsExactly("US");
    }

    @Test
    void keepsSourceLocationsOfPartsAndReferences() {
        PolicyModel model = Models.full();
        Purpose analytics = model.purpose("analytics").orElseThrow();

        assertThat(analytics.at().line()).isEqualTo(72);
        assertThat(analytics.at().column()).isEqualTo(3);
        assertThat(analytics.categories().get(0).at()).hasToString("src/test/resources/models/full/policy.yaml:75:18");
    }

    @Test
    void readsProseFromIncludedMarkdownFilesWithTheirOwnLocation() {
        PolicyModel model = Models.full();

        var body = model.sections().get(0).body();
        assertThat(body.text()).startsWith("This policy explains");
        assertThat(body.at()).isEqualTo(Location.startOf("src/test/resources/models/full/sections/introduction.md"));
    }

    @Test
    void mapsPositionsInsideBlockScalarsToTheSourceFile() {
        PolicyModel model = Models.load(dir, MINIMAL + """
                sections:
                  - id: a
                    title: A
                    body: |
                      First line
                        indented {{page cookies}}
                """);

        var body = model.sections().get(0).body();
        assertThat(body.locate(1, 1)).hasToString("policy.yaml:12:7");
        assertThat(body.locateOffset(body.text().indexOf("{{page"))).hasToString("policy.yaml:13:18");
    }

    @Test
    void keepsScalarsAsWrittenWhereYamlWouldReadANumberOrBoolean() {
        PolicyModel model = Models.load(dir, """
                policy:
                  id: test
                  title: yes
                  version: 2024.10
                  effective: 2024-03-01
                controller:
                  name: Test Ltd
                  companyNumber: 01234567
                """);

        assertThat(model.policy().version()).isEqualTo("2024.10");
        assertThat(model.policy().title()).isEqualTo("yes");
        assertThat(model.controller().companyNumber()).isEqualTo("01234567");
    }

    @Test
    void acceptsSchemaAndFormatVersionKeysAtTheRoot() {
        PolicyModel model = Models.load(dir, "$schema: https://example.test/s.json\nformatVersion: \"1.0\"\n" + MINIMAL);

        assertThat(model.policy().id()).isEqualTo("test");
    }

    @Test
    void reportsAnUnknownKeyAtTheKeyWithTheClosestKnownOne() {
        assertThat(Models.problems(dir, MINIMAL + """
                contacts:
                  dpo:
                    role: DPO
                    emial: dpo@example.test
                """)).containsExactly(
                "policy.yaml:11:5: contact 'dpo' has unknown key 'emial' (did you mean 'email'?)");
    }

    @Test
    void listsTheKnownKeysWhenNoneIsClose() {
        assertThat(Models.problems(dir, MINIMAL + "  motto: Be nice\n")).containsExactly(
                "policy.yaml:8:3: controller has unknown key 'motto'; expected one of: name, shortName, "
                        + "companyNumber, registeredIn, address, contact, dpo, website");
    }

    @Test
    void reportsAMissingRequiredKeyAtItsParent() {
        assertThat(Models.problems(dir, """
                policy:
                  id: test
                  title: Privacy Policy
                  version: "1"
                controller:
                  name: Test Ltd
                """)).containsExactly("policy.yaml:2:3: policy is missing required key 'effective'");
    }

    @Test
    void reportsARequiredKeyWithoutAValue() {
        assertThat(Models.problems(dir, MINIMAL + """
                dataSubjects:
                  customers:
                    label:
                """)).containsExactly("policy.yaml:10:5: data subject 'customers': 'label' needs a value");
    }

    @Test
    void reportsAValueOfTheWrongType() {
        assertThat(Models.problems(dir, """
                policy:
                  id: test
                  title: Privacy Policy
                  version: "1"
                  effective: March 2024
                controller:
                  name: [Test, Ltd]
                """)).containsExactly(
                "policy.yaml:5:14: policy: 'effective' must be a date written YYYY-MM-DD, such as 2024-03-01,"
                        + " not 'March 2024'",
                "policy.yaml:7:9: controller: 'name' must be text, not a list");
    }

    @Test
    void reportsAnUnknownEnumValueWithTheClosestKnownOne() {
        assertThat(Models.problems(dir, MINIMAL + """
                purposes:
                  events:
                    title: Events
                    lawfulBasis: legitimate-interest
                """)).containsExactly("policy.yaml:11:18: purpose 'events': 'lawfulBasis' must be one of consent,"
                + " contract, legal-obligation, vital-interests, public-task, legitimate-interests,"
                + " not 'legitimate-interest' (did you mean 'legitimate-interests'?)");
    }

    @Test
    void reportsAnInvalidValueOfAParsedType() {
        assertThat(Models.problems(dir, MINIMAL + """
                purposes:
                  events:
                    title: Events
                    retention: { period: 2 years }
                recipients:
                  cloud:
                    name: Cloud
                    role: processor
                    countries: [UK]
                """)).containsExactly(
                "policy.yaml:11:26: retention of purpose 'events': 'period' must be an ISO-8601 duration such as"
                        + " P24M (24 months), P6Y (6 years) or PT30M (30 minutes), not '2 years'",
                "policy.yaml:16:17: recipient 'cloud': 'countries' must be an ISO 3166-1 alpha-2 code;"
                        + " the United Kingdom is 'GB', not 'UK'");
    }

    @Test
    void reportsAnUnresolvedReferenceWithTheClosestId() {
        assertThat(Models.problems(dir, MINIMAL + """
                dataCategories:
                  email: { label: Email address }
                  name: { label: Name }
                purposes:
                  events:
                    title: Events
                    categories: [name, emial]
                """)).containsExactly(
                "policy.yaml:14:24: purpose 'events' names unknown category 'emial' (did you mean 'email'?)");
    }

    @Test
    void listsTheDeclaredIdsWhenNoneIsClose() {
        assertThat(Models.problems(dir, MINIMAL + """
                  contact: sales
                contacts:
                  dpo: { role: DPO, email: dpo@example.test }
                  hr: { role: HR, email: hr@example.test }
                """)).containsExactly("policy.yaml:8:12: controller names unknown contact 'sales'; declared: dpo, hr");
    }

    @Test
    void reportsEveryProblemInOneRunInReadingOrder() {
        assertThat(Models.problems(dir, """
                policy:
                  id: test
                  titel: Privacy Policy
                  version: "1"
                  effective: 2024-03-01
                controller:
                  name: Test Ltd
                  contact: nobody
                purposes:
                  events:
                    title: Events
                    lawfulBasis: maybe
                """)).containsExactly(
                "policy.yaml:2:3: policy is missing required key 'title'",
                "policy.yaml:3:3: policy has unknown key 'titel' (did you mean 'title'?)",
                "policy.yaml:8:12: controller names unknown contact 'nobody'; none are declared",
                "policy.yaml:12:18: purpose 'events': 'lawfulBasis' must be one of consent, contract,"
                        + " legal-obligation, vital-interests, public-task, legitimate-interests, not 'maybe'");
    }

    @Test
    void reportsYamlSyntaxErrorsWhereTheParserStopped() {
        assertThat(Models.problems(dir, """
                policy:
                  id: test
                   title: Privacy Policy
                """)).containsExactly("policy.yaml:3:9: a ':' is not allowed here; check this line's indentation,"
                + " or quote a value that holds ': '");
    }

    @Test
    void reportsTabIndentation() {
        assertThat(Models.problems(dir, "policy:\n\tid: test\n")).containsExactly(
                "policy.yaml:2:1: a tab character cannot indent YAML; indent with spaces");
    }

    @Test
    void reportsDuplicateKeysWithBothPlaces() {
        assertThat(Models.problems(dir, MINIMAL + """
                dataSubjects:
                  customers: { label: Customers }
                  customers: { label: Clients }
                """)).containsExactly(
                "policy.yaml:10:3: duplicate key 'customers'; it is already set at line 9 (keep one)");
    }

    @Test
    void rejectsAliases() {
        assertThat(Models.problems(dir, MINIMAL + """
                dataSubjects:
                  customers: &c { label: Customers }
                  clients: *c
                """)).containsExactly(
                "policy.yaml:10:12: YAML aliases ('*c') are not supported; write the value out");
    }

    @Test
    void rejectsASecondDocument() {
        assertThat(Models.problems(dir, MINIMAL + "---\npolicy: {}\n")).containsExactly(
                "policy.yaml:8:1: a second YAML document starts here; a model file holds exactly one (remove the '---')");
    }

    @Test
    void rejectsTagsThatCouldNameJavaTypes() {
        assertThat(Models.problems(dir, MINIMAL + "  shortName: !!javax.script.ScriptEngineManager x\n"))
                .containsExactly("policy.yaml:8:14: YAML tag 'tag:yaml.org,2002:javax.script.ScriptEngineManager'"
                        + " is not supported; remove it");
    }

    @Test
    void reportsAnEmptyFile() {
        assertThat(Models.problems(dir, "")).containsExactly(
                "policy.yaml:1:1: the file is empty; a policy model starts with 'policy:'");
    }

    @Test
    void reportsAMissingFile() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(ModelException.class,
                () -> PolicyLoader.create().withDisplayRoot(dir).load(dir.resolve("nope.yaml")));

        assertThat(e.problems()).extracting(Problem::toString)
                .containsExactly("nope.yaml:1:1: file 'nope.yaml' does not exist");
    }

    @Test
    void reportsBytesThatAreNotUtf8() throws Exception {
        Path file = dir.resolve("policy.yaml");
        java.nio.file.Files.write(file, "policy:\n  id: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        var e = org.junit.jupiter.api.Assertions.assertThrows(ModelException.class,
                () -> PolicyLoader.create().withDisplayRoot(dir).load(file));

        assertThat(e.problems()).extracting(Problem::toString)
                .containsExactly("policy.yaml:2:10: the file is not valid UTF-8 here; save it with UTF-8 encoding");
    }

    @Test
    void acceptsAByteOrderMarkAndWindowsLineEnds() {
        String windows = ("\uFEFF" + MINIMAL + "sections:\n  - id: a\n    title: A\n    body: |\n      one\n      two\n")
                .replace("\n", "\r\n");

        PolicyModel model = Models.load(dir, windows);

        assertThat(model.sections().get(0).body().text()).isEqualTo("one\ntwo\n");
    }

    @Test
    void reportsIncludedFilesOutsideTheModelDirectory() {
        assertThat(Models.problems(dir, MINIMAL + """
                sections:
                  - id: a
                    title: A
                    body: { file: ../secret.md }
                  - id: b
                    title: B
                    body: { file: /etc/passwd }
                  - id: c
                    title: C
                    body: { file: missing.md }
                """)).containsExactly(
                "policy.yaml:11:19: included file '../secret.md' lies outside the model's directory",
                "policy.yaml:14:19: included file '/etc/passwd' must be a path relative to the model's directory,"
                        + " not an absolute one",
                "policy.yaml:17:19: file 'missing.md' does not exist");
    }

    @Test
    void reportsIncludedFilesThatLinkOutOfTheModelDirectory() throws Exception {
        Path outside = Models.write(dir, "outside/secret.md", "secret");
        Path model = dir.resolve("model");
        java.nio.file.Files.createDirectories(model);
        java.nio.file.Files.createSymbolicLink(model.resolve("link.md"), outside);

        assertThat(Models.problems(model, MINIMAL + """
                sections:
                  - id: a
                    title: A
                    body: { file: link.md }
                """)).containsExactly(
                "policy.yaml:11:19: included file 'link.md' is a link to a file outside the model's directory");
    }

    @Test
    void reportsProblemsInDirectivesAtTheirPositionInTheSource() {
        assertThat(Models.problems(dir, MINIMAL + """
                contacts:
                  dpo: { role: DPO, email: dpo@example.test }
                sections:
                  - id: a
                    title: A
                    body: |
                      Write to {{contact dp}} or {{contakt dpo}}.

                      {{table purpose}}
                      {{purposes}} inline
                """)).containsExactly(
                "policy.yaml:14:16: '{{contact dp}}' names unknown contact 'dp' (did you mean 'dpo'?)",
                "policy.yaml:14:34: unknown directive '{{contakt}}'; known ones are table, purposes, rights,"
                        + " controller, authority, cookies, datamap, contact, page (did you mean 'contact'?)",
                "policy.yaml:16:7: '{{table purpose}}' names no table; expected a table name: purposes, categories,"
                        + " subjects, recipients, transfers, rights, contacts, cookies (did you mean 'purposes'?)",
                "policy.yaml:17:7: '{{purposes}}' must stand in a paragraph of its own: put a blank line before"
                        + " and after it");
    }

    @Test
    void allowsBlockDirectivesOnlyInSectionBodies() {
        assertThat(Models.problems(dir, MINIMAL + """
                purposes:
                  events:
                    title: Events
                    description: "All of them: {{purposes}}"
                """)).containsExactly("policy.yaml:11:32: '{{purposes}}' can only be used in a section's body;"
                + " here, use inline directives such as {{contact id}} or {{page cookies}}");
    }

    @Test
    void rejectsIdsThatCannotBeAnchors() {
        assertThat(Models.problems(dir, MINIMAL + """
                dataSubjects:
                  "job applicants": { label: Job applicants }
                sections:
                  - { id: "#top", title: Top }
                """)).containsExactly(
                "policy.yaml:9:3: data subject id 'job applicants' must start with a letter or digit and hold"
                        + " only letters, digits, '-', '_' and '.'",
                "policy.yaml:11:5: section '#top': id '#top' must start with a letter or digit and hold only"
                        + " letters, digits, '-', '_' and '.'");
    }

    @Test
    void rejectsAnotherFormatVersion() {
        assertThat(Models.problems(dir, "formatVersion: \"2.0\"\n" + MINIMAL)).containsExactly(
                "policy.yaml:1:16: formatVersion must be '1.0', the version this policyc reads");
    }

    @Test
    void rejectsDuplicateSectionIds() {
        assertThat(Models.problems(dir, MINIMAL + """
                sections:
                  - { id: a, title: A }
                  - { id: a, title: Again }
                """)).containsExactly(
                "policy.yaml:10:5: section id 'a' is already used at line 9; section ids must be unique");
    }

    @Test
    void rejectsNestingBeyondTheLimit() {
        String deep = MINIMAL + "  address:\n" + "    - ".repeat(1) + "[".repeat(40) + "]".repeat(40) + "\n";

        assertThat(Models.problems(dir, deep)).hasSize(1).first().asString()
                .contains("nested more than 32 levels deep");
    }

    @Test
    void acceptsLoneCarriageReturnsAsLineEndsAndCountsLinesByThem() {
        String oldMac = (MINIMAL + "  nam: x\n").replace("\n", "\r");

        assertThat(Models.problems(dir, oldMac)).containsExactly(
                "policy.yaml:8:3: controller has unknown key 'nam' (did you mean 'name'?)");
    }

    @Test
    void countsLinesOfWindowsLineEndsOnceEach() {
        String windows = ("\uFEFF" + MINIMAL + "  nam: x\n").replace("\n", "\r\n");

        assertThat(Models.problems(dir, windows)).containsExactly(
                "policy.yaml:8:3: controller has unknown key 'nam' (did you mean 'name'?)");
    }

    @Test
    void keepsATabInsideTextButNotInIndentation() {
        PolicyModel model = Models.load(dir, MINIMAL + "  shortName: \"Test\tLtd\"\n  registeredIn: England\tand Wales\n");

        assertThat(model.controller().shortName()).isEqualTo("Test\tLtd");
        assertThat(model.controller().registeredIn()).isEqualTo("England\tand Wales");
    }

    @Test
    void reportsAFileSavedAsUtf16() throws Exception {
        Path file = dir.resolve("policy.yaml");
        java.nio.file.Files.write(file, MINIMAL.getBytes(java.nio.charset.StandardCharsets.UTF_16));

        var e = org.junit.jupiter.api.Assertions.assertThrows(ModelException.class,
                () -> PolicyLoader.create().withDisplayRoot(dir).load(file));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly("policy.yaml:1:1: the file is UTF-16"
                + " (it starts with a UTF-16 byte-order mark); save it with UTF-8 encoding");
    }

    @Test
    void reportsAControlCharacterWhereItIs() {
        assertThat(Models.problems(dir, MINIMAL + "  shortName: Test\u0000Ltd\n")).containsExactly(
                "policy.yaml:8:18: the character U+0000 is not allowed in YAML; remove it");
    }

    @Test
    void reportsABillionLaughsOnceAtItsFirstAlias() {
        StringBuilder yaml = new StringBuilder(MINIMAL).append("dataSubjects:\n  a: &a [lol, lol, lol]\n");
        for (char name = 'b'; name <= 'j'; name++) {
            String previous = "*" + (char) (name - 1);
            yaml.append("  ").append(name).append(": &").append(name).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, previous))).append("]\n");
        }

        assertThat(Models.problems(dir, yaml.toString())).containsExactly("policy.yaml:10:10: YAML aliases ('*a') are"
                + " not supported; write the value out (80 more aliases in this file)");
    }

    @Test
    void reportsNestingBeyondTheLimitAtTheContainerThatCrossesIt() {
        // The root mapping is level 1 and 'controller' level 2: the 31st '[' (column 42) is level 33.
        String deep = MINIMAL + "  address: " + "[".repeat(40) + "]".repeat(40) + "\n";

        assertThat(Models.problems(dir, deep)).containsExactly(
                "policy.yaml:8:42: the YAML is nested more than 32 levels deep");
    }

    @Test
    void reportsAValueLongerThanTheLimitWhereItStarts() {
        PolicyLoader strict = PolicyLoader.create().withDisplayRoot(dir)
                .withLimits(new LoadLimits(LoadLimits.MAX_FILE_BYTES, LoadLimits.MAX_DEPTH, LoadLimits.MAX_INCLUDES, 20));
        Path file = Models.write(dir, MINIMAL + "  shortName: |\n    " + "x".repeat(21) + "\n");

        var e = org.junit.jupiter.api.Assertions.assertThrows(ModelException.class, () -> strict.load(file));

        assertThat(e.problems()).extracting(Problem::toString)
                .containsExactly("policy.yaml:8:14: this value is 22 characters long; the limit is 20");
    }

    @Test
    void reportsAWebAddressWithAnotherSchemeThanHttp() {
        assertThat(Models.problems(dir, MINIMAL + """
                  website: JavaScript:alert(1)
                contacts:
                  dpo: { role: DPO, url: "data:text/html,<script>alert(1)</script>" }
                  hid: { role: Hidden, url: " java\tscript:alert(1)" }
                  web: { role: Web, url: "HTTPS://example.test/contact?a=1" }
                  www: { role: Text, url: www.example.test/contact }
                """)).containsExactly(
                "policy.yaml:8:12: controller: 'website' must be a web address starting with https:// or http://,"
                        + " not 'JavaScript:alert(1)'",
                "policy.yaml:10:26: contact 'dpo': 'url' must be a web address starting with https:// or http://,"
                        + " not 'data:text/html,<script>alert(1)</script>'",
                "policy.yaml:11:29: contact 'hid': 'url' must be a web address starting with https:// or http://,"
                        + " not 'java script:alert(1)'");
    }
}
