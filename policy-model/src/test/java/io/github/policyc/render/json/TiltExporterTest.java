package io.github.policyc.render.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policyc.load.PolicyLoader;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.render.json.TiltExporter.Publication;
import io.github.policyc.testing.HostileModel;
import io.github.policyc.testing.Models;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The TILT export: the structure TILT requires, what maps where, and what is written where the model is silent. */
class TiltExporterTest {

    @TempDir
    Path dir;

    /** The example site, the full fixture and the well-written policy. */
    static List<PolicyModel> models() throws Exception {
        return List.of(PolicyLoader.create().load(Path.of("../site-src/src/policy/policy.yaml")), Models.full(),
                PolicyLoader.create().load(Path.of("src/test/resources/models/well-written/policy.yaml")));
    }

    static Stream<PolicyModel> eachModel() throws Exception {
        return models().stream();
    }

    @ParameterizedTest
    @MethodSource("eachModel")
    void everyModelWeHaveGivesTheStructureTiltRequires(PolicyModel model) throws Exception {
        String tilt = TiltExporter.write(model, Publication.current(2));

        assertThat(TiltStructure.problems(tilt)).isEmpty();
        assertThat(tilt).isEqualTo(TiltExporter.write(model, Publication.current(2))).endsWith("}\n")
                .doesNotContain("\r", "{{");
    }

    @Test
    void theStructureCheckNoticesWhatTiltWouldReject() throws Exception {
        String tilt = TiltExporter.write(Models.full(), Publication.current(1));
        List<String> broken = List.of(
                tilt.replaceFirst("\"_hash\": \"[0-9a-f]+\"", "\"_hash\": \"sha256:1\""),
                tilt.replace("\"version\": 1", "\"version\": 0"),
                tilt.replace("\"language\": \"en\"", "\"language\": \"en-GB\""),
                tilt.replace("\"status\": \"active\"", "\"status\": \"in force\""),
                tilt.replaceFirst("\"country\": \"GB\"", "\"country\": \"GBR\""),
                tilt.replaceFirst("\"aggregationFunction\": \"max\"", "\"aggregationFunction\": \"median\""),
                tilt.replaceFirst("\"ttl\": \"P6Y\"", "\"ttl\": \"6 years\""),
                tilt.replaceFirst("\"reference\": \"GDPR-6-1-b\"", "\"reference\": \"Art. 6(1)(b)\""),
                tilt.replaceFirst("\"reasoning\": \"[^\"]*\"", "\"note\": \"\""),
                tilt.replaceFirst("(\"available\": true,\n\\s*)\"description\"", "$1\"text\""),
                tilt.replaceFirst("\"email\": \"[^\"]*\"", "\"email\": \"not an address\""),
                tilt.replace("\"changesOfPurpose\": []", "\"changesOfPurpose\": {}"),
                tilt.replaceFirst("\"supervisoryAuthority\"", "\"authority\""));

        for (String document : broken) {
            assertThat(document).isNotEqualTo(tilt);
            assertThat(TiltStructure.problems(document)).as(diff(tilt, document)).isNotEmpty();
        }
    }

    @Test
    void metaIsThePolicysAndThePublicationsNeverTheClocks() throws Exception {
        PolicyModel model = Models.full();
        JsonNode meta = tilt(model, new Publication(7, "https://www.example.test/privacy/", false)).get("meta");

        assertThat(meta.get("_id").asText()).isEqualTo("example@2.1");
        assertThat(meta.get("name").asText()).isEqualTo("Example Widgets Limited");
        assertThat(meta.get("created").asText()).isEqualTo("2025-01-15");
        assertThat(meta.get("modified").asText()).isEqualTo("2025-01-15");
        assertThat(meta.get("version").asInt()).isEqualTo(7);
        assertThat(meta.get("language").asText()).isEqualTo("en");
        assertThat(meta.get("status").asText()).isEqualTo("inactive");
        assertThat(meta.get("url").asText()).isEqualTo("https://www.example.test/privacy/");
        assertThat("sha256:" + meta.get("_hash").asText()).isEqualTo(ContentHash.declared(JsonExporter.write(model))
                .orElseThrow());
        assertThat(TiltExporter.files(model, Publication.current(1))).containsOnlyKeys("tilt.json");
        assertThat(Publication.current(1)).isEqualTo(new Publication(1, "privacy-policy.html", true));
        assertThatThrownBy(() -> new Publication(0, "x", true)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @MethodSource("eachModel")
    void theHashOfAPolicyJsonWrittenAlreadyGivesTheSameDocument(PolicyModel model) {
        String hash = ContentHash.declared(JsonExporter.write(model)).orElseThrow();
        Publication publication = new Publication(3, "privacy-policy.html", true);

        assertThat(TiltExporter.write(model, hash, publication)).isEqualTo(TiltExporter.write(model, publication));
        assertThat(TiltExporter.write(model, "sha256:" + "0".repeat(64), publication))
                .contains("\"_hash\": \"" + "0".repeat(64) + "\"");
        assertThatThrownBy(() -> TiltExporter.write(model, hash.substring("sha256:".length()), publication))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachCategoryCarriesItsPurposesBasesRecipientsAndStorage() throws Exception {
        JsonNode tilt = tilt(Models.full(), Publication.current(1));
        JsonNode email = category(tilt, "email");
        JsonNode health = category(tilt, "health");
        JsonNode ip = category(tilt, "ip");

        assertThat(email.get("category").asText()).isEqualTo("Email address");
        assertThat(email.at("/purposes/0/purpose").asText()).isEqualTo("Processing orders");
        assertThat(email.at("/purposes/0/description").asText())
                .isEqualTo("We use your details to deliver what you ordered.\n\n- confirm the order\n- send the invoice");
        assertThat(email.at("/legalBases/0/reference").asText()).isEqualTo("GDPR-6-1-b");
        assertThat(email.at("/legalBases/0/description").asText()).isEqualTo("Contract (Art. 6(1)(b)): Processing orders");
        assertThat(email.at("/legitimateInterests/0/exists").asBoolean(true)).isFalse();
        assertThat(email.at("/recipients/0").toString())
                .isEqualTo("{\"name\":\"Courier\",\"country\":\"GB\",\"category\":\"Processor acting on our behalf\"}");
        assertThat(email.at("/storage/0/temporal/0/ttl").asText()).isEqualTo("P6Y");
        assertThat(email.at("/storage/0/temporal/0/description").asText()).isEqualTo("Processing orders: kept 6 years"
                + " after the end of the financial year. Tax law requires us to keep invoices.");
        assertThat(email.at("/storage/0/aggregationFunction").asText()).isEqualTo("max");
        assertThat(email.at("/nonDisclosure").toString()).isEqualTo("{\"legalRequirement\":false,"
                + "\"contractualRegulation\":true,\"obligationToProvide\":false,"
                + "\"consequences\":\"Processing orders: You must give an address, or we cannot deliver.\"}");

        assertThat(health.findValuesAsText("reference")).containsExactly("GDPR-6-1-a", "GDPR-9-2-a");
        assertThat(health.at("/storage/0/purposeConditional/0").asText())
                .isEqualTo("Meeting access needs: kept until you withdraw your consent.");
        assertThat(health.at("/storage/0").has("temporal")).isFalse();
        assertThat(category(tilt, "name").findValuesAsText("reference")).as("no Art. 9 basis for ordinary data")
                .containsExactly("GDPR-6-1-b");

        assertThat(ip.at("/legitimateInterests/0/exists").asBoolean()).isTrue();
        assertThat(ip.at("/legitimateInterests/0/reasoning").asText())
                .isEqualTo("Website analytics: Understanding which pages help visitors.");
        assertThat(ip.at("/recipients/0/country").asText()).isEqualTo("US");
    }

    @Test
    void transfersSourcesRightsAndDecisions() throws Exception {
        JsonNode tilt = tilt(Models.full(), Publication.current(1));

        assertThat(tilt.get("thirdCountryTransfers")).hasSize(1);
        JsonNode transfer = tilt.at("/thirdCountryTransfers/0");
        assertThat(transfer.get("country").asText()).isEqualTo("US");
        assertThat(transfer.at("/adequacyDecision/available").asBoolean(true)).isFalse();
        assertThat(transfer.at("/appropriateGuarantees/available").asBoolean()).isTrue();
        assertThat(transfer.at("/standardDataProtectionClause/description").asText())
                .isEqualTo("Analytics vendor: International Data Transfer Agreement. Ask privacy@example.test for a copy.");

        assertThat(tilt.get("sources")).hasSize(1);
        assertThat(tilt.at("/sources/0").toString()).isEqualTo("{\"_id\":\"ip\",\"dataCategory\":\"IP address\","
                + "\"sources\":[{\"description\":\"Collected automatically\",\"url\":\"\",\"publiclyAvailable\":false}]}");

        assertThat(tilt.at("/rightToInformation/description").asText()).isEqualTo("You can ask for a copy of your data.");
        assertThat(tilt.at("/rightToInformation/email").asText()).isEqualTo("privacy@example.test");
        assertThat(tilt.at("/rightToRectificationOrDeletion/description").asText()).isEqualTo(
                "You can ask us to correct your data.\n\nYou can ask us to delete your data.\n\nWrite to us.");
        assertThat(tilt.at("/rightToRectificationOrDeletion/email").asText()).as("erasure's contact")
                .isEqualTo("dpo@example.test");
        assertThat(tilt.at("/accessAndDataPortability/available").asBoolean()).isTrue();
        assertThat(tilt.at("/accessAndDataPortability/description").asText()).isEqualTo("You can ask for a copy of"
                + " your data.\n\nYou can ask for the data you gave us in a machine-readable form.");
        assertThat(tilt.at("/rightToComplain/url").asText()).isEqualTo("https://ico.org.uk/make-a-complaint/");
        assertThat(tilt.at("/rightToComplain/supervisoryAuthority").toString()).isEqualTo("{\"name\":\"Information"
                + " Commissioner's Office\",\"address\":\"Wycliffe House, Water Lane, Wilmslow, SK9 5AF\","
                + "\"phone\":\"0303 123 1113\"}");
        assertThat(tilt.at("/automatedDecisionMaking").toString()).isEqualTo("{\"inUse\":false}");
        assertThat(tilt.at("/controller").toString()).isEqualTo("{\"name\":\"Example Widgets Limited\","
                + "\"address\":\"1 Example Street, Manchester, M1 1AA\",\"country\":\"GB\",\"representative\":"
                + "{\"name\":\"Privacy team\",\"email\":\"privacy@example.test\",\"phone\":\"+44 161 000 0000\"}}");
        assertThat(tilt.at("/dataProtectionOfficer/email").asText()).isEqualTo("dpo@example.test");
        assertThat(tilt.at("/dataProtectionOfficer/address").asText()).as("the controller's, the DPO has none")
                .isEqualTo("1 Example Street, Manchester, M1 1AA");
    }

    @Test
    void whereTheModelIsSilentTiltGetsNoClaims() throws Exception {
        PolicyModel minimal = Models.load(dir, Models.MINIMAL + """
                recipients:
                  cloud: { name: Cloud host, role: processor, countries: [EEA, GB], transfer: { safeguard: adequacy } }
                  global: { name: Partners, role: controller, transfer: { safeguard: derogation } }
                automatedDecisions: { used: true }
                """);
        JsonNode tilt = tilt(minimal, Publication.current(1));

        assertThat(tilt.at("/controller/country").asText()).as("no registeredIn: unknown region").isEqualTo("ZZ");
        assertThat(tilt.at("/controller/address").asText()).isEmpty();
        assertThat(tilt.at("/controller/representative").toString()).isEqualTo("{\"name\":\"Test Ltd\"}");
        assertThat(tilt.at("/dataProtectionOfficer/name").asText()).isEqualTo("Test Ltd");
        assertThat(tilt.get("dataDisclosed")).isEmpty();
        assertThat(tilt.at("/rightToInformation").toString()).isEqualTo("{}");
        assertThat(tilt.at("/rightToComplain").toString()).isEqualTo("{}");
        assertThat(tilt.at("/accessAndDataPortability").toString()).isEqualTo("{\"available\":false}");
        assertThat(tilt.at("/automatedDecisionMaking").toString())
                .isEqualTo("{\"inUse\":true,\"logicInvolved\":\"\",\"scopeAndIntendedEffects\":\"\"}");
        assertThat(tilt.get("thirdCountryTransfers")).hasSize(2);
        assertThat(tilt.at("/thirdCountryTransfers/0").has("country")).as("the EEA is no country code").isFalse();
        assertThat(tilt.at("/thirdCountryTransfers/0/adequacyDecision/description").asText())
                .isEqualTo("Cloud host: Adequacy regulations");
        assertThat(tilt.at("/thirdCountryTransfers/1").toString()).as("a derogation is none of TILT's safeguards")
                .isEqualTo("{\"adequacyDecision\":{\"available\":false},\"appropriateGuarantees\":{\"available\":false},"
                        + "\"standardDataProtectionClause\":{\"available\":false}}");
        assertThat(TiltStructure.problems(TiltExporter.write(minimal, Publication.current(1))))
                .as("what TILT requires and the model does not state").containsExactly(
                        "/controller/representative/email: must be text matching " + "[^\\s@]+@[^\\s@]+\\.[^\\s@]+",
                        "/dataProtectionOfficer/email: must be text matching " + "[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    }

    @Test
    void hostileTextIsData() throws Exception {
        // No control character: the loader refuses them, escaped or not (PolicyLoaderTest, YamlReaderTest).
        String payload = "</script>\"},{\"x\":1} {{contact k}} \\u0000 é";
        PolicyModel model = Models.load(dir, HostileModel.yaml(payload, payload + "\n\n[a](#anchor) *b*"));
        String document = TiltExporter.write(model, Publication.current(1));
        JsonNode tilt = new ObjectMapper().readTree(document);

        assertThat(tilt.at("/controller/name").asText()).isEqualTo(payload);
        assertThat(tilt.at("/dataDisclosed/0/purposes/0/description").asText())
                .as("Markdown made text, the contact's address put in")
                .isEqualTo(payload.replace("{{contact k}}", payload) + "\n\n\"a\" b");
        List<String> problems = new ArrayList<>(TiltStructure.problems(document));
        problems.removeIf(p -> p.startsWith("/meta/language") || p.endsWith("email: must be text matching"
                + " [^\\s@]+@[^\\s@]+\\.[^\\s@]+"));
        assertThat(problems).as("beyond the language and addresses, which are no language and no addresses").isEmpty();
    }

    private static JsonNode tilt(PolicyModel model, Publication publication) throws Exception {
        return new ObjectMapper().readTree(TiltExporter.write(model, publication));
    }

    private static JsonNode category(JsonNode tilt, String id) {
        for (JsonNode category : tilt.get("dataDisclosed")) {
            if (category.get("_id").asText().equals(id)) {
                return category;
            }
        }
        throw new AssertionError("no category " + id);
    }

    private static String diff(String a, String b) {
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return b.substring(Math.max(0, i - 30), Math.min(b.length(), i + 40));
    }
}
