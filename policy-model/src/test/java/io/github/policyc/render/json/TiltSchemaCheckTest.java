package io.github.policyc.render.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Schema;
import com.networknt.schema.SpecificationVersion;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.testing.HostileModel;
import io.github.policyc.testing.JsonSchemas;
import io.github.policyc.testing.Models;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TILT documents validated against TILT's own schema, which this repository does not include.
 * Opt in with {@code -Dpolicyc.tiltSchema=path/to/tilt-schema.json}, the file of that name in
 * github.com/Transparency-Information-Language/schema; {@link TiltExporterTest} checks the structure
 * without it on every build.
 */
class TiltSchemaCheckTest {

    private static final String PROPERTY = "policyc.tiltSchema";

    @TempDir
    Path dir;

    @Test
    void everyModelWeHaveGivesAValidTiltDocument() throws Exception {
        Schema tilt = tiltSchema();

        for (PolicyModel model : TiltExporterTest.models()) {
            assertThat(errors(tilt, model)).as(model.policy().id()).isEmpty();
        }
        assertThat(JsonSchemas.errors(tilt, TiltExporter.write(Models.full(), TiltExporter.Publication.current(1))
                .replace("\"status\": \"active\"", "\"status\": \"in force\""))).as("a broken document").isNotEmpty();
    }

    /**
     * A model that states no email address, or a language that is no language, gives a document TILT
     * rejects for that alone: TILT requires both, and policyc does not make them up.
     */
    @Test
    void whatTheModelLacksIsAllThatTiltRejects() throws Exception {
        Schema tilt = tiltSchema();
        PolicyModel hostile = Models.load(dir, HostileModel.yaml("<b>\"x\"</b> {{contact k}}", "*y* {{contact k}}"));
        PolicyModel minimal = Models.load(dir.resolve("minimal"), Models.MINIMAL);

        assertThat(errors(tilt, hostile)).containsExactly(
                "/meta/language: does not match the regex pattern " + languagePattern(tilt),
                "/controller/representative: required property 'email' not found",
                "/dataProtectionOfficer: required property 'email' not found");
        assertThat(errors(tilt, minimal)).containsExactly(
                "/controller/representative: required property 'email' not found",
                "/dataProtectionOfficer: required property 'email' not found");
    }

    private static List<String> errors(Schema tilt, PolicyModel model) {
        // The fixtures' addresses use the reserved .test domain, which the validator's email format refuses.
        String document = TiltExporter.write(model, TiltExporter.Publication.current(3)).replace(".test\"", ".com\"");
        return JsonSchemas.errors(tilt, document);
    }

    private static String languagePattern(Schema tilt) {
        return tilt.getSchemaNode().at("/properties/meta/properties/language/pattern").asString();
    }

    private static Schema tiltSchema() throws Exception {
        String location = System.getProperty(PROPERTY);
        assumeTrue(location != null, "set -D" + PROPERTY + " to TILT's tilt-schema.json to run this check");
        return JsonSchemas.load(Files.readString(Path.of(location)), SpecificationVersion.DRAFT_7);
    }
}
