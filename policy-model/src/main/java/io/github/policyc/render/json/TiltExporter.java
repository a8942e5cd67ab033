package io.github.policyc.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.policyc.model.AutomatedDecisions;
import io.github.policyc.model.Contact;
import io.github.policyc.model.Country;
import io.github.policyc.model.DataCategory;
import io.github.policyc.model.DataSource;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Recipient;
import io.github.policyc.model.Ref;
import io.github.policyc.model.Safeguard;
import io.github.policyc.model.Transfer;
import io.github.policyc.render.json.internal.Jurisdictions;
import io.github.policyc.render.json.internal.PlainText;
import io.github.policyc.render.json.internal.TiltDataDisclosed;
import io.github.policyc.render.json.internal.TiltRights;
import io.github.policyc.render.json.internal.TiltValues;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a model in the Transparency Information Language (TILT), the JSON format of the
 * Transparency Information Language and Toolkit, so that TILT tools can read the policy.
 *
 * <p>TILT describes the same GDPR Art. 13 and 14 facts as the model, arranged by data category:
 * each category lists its purposes, legal bases, recipients and storage. What TILT requires and the
 * model does not state is written as documented in the README (section "TILT export"); what the
 * model says and TILT cannot express (data subjects, cookies, the prose sections, some rights) is left
 * out. Prose becomes plain text, with contact directives replaced by addresses. The output is
 * deterministic: its dates are the policy's effective date, never the time of the build.
 *
 * @since 0.1.0
 */
public final class TiltExporter {

    /** The file name a site publishes the TILT document under. */
    public static final String FILE = "tilt.json";

    /** The country the model's transfers are seen from: it is written for a UK controller, as rule PC605 says. */
    private static final String HOME = "GB";

    /** The region code for an unknown country (CLDR), where TILT requires a country the model does not state. */
    private static final String UNKNOWN_COUNTRY = "ZZ";

    /** How a content hash starts; TILT's {@code _hash} is the hex digest alone. */
    private static final String SHA256 = "sha256:";

    /** Standard data protection clauses: the EU's, and the UK's IDTA and Addendum (Art. 46(2)(c) and (d)). */
    private static final Set<Safeguard> CLAUSES = EnumSet.of(Safeguard.SCC, Safeguard.IDTA, Safeguard.ADDENDUM);

    /** Appropriate safeguards of Art. 46: the clauses and binding corporate rules. */
    private static final Set<Safeguard> GUARANTEES = EnumSet.of(Safeguard.SCC, Safeguard.IDTA, Safeguard.ADDENDUM,
            Safeguard.BCR);

    /**
     * What a TILT document says about its publication that the model does not.
     *
     * @param number  the document's number among the controller's published versions, from 1
     *                (TILT's {@code meta.version} is an integer; the model's version is text)
     * @param url     where the policy is published, absolute or relative to the TILT file
     * @param inForce whether this version is the one in force (TILT's status {@code active})
     */
    public record Publication(int number, String url, boolean inForce) {

        public Publication {
            if (number < 1) {
                throw new IllegalArgumentException("a publication number starts at 1, not " + number);
            }
            Objects.requireNonNull(url, "url");
        }

        /**
         * The version in force, published as {@code privacy-policy.html} beside {@value #FILE}.
         *
         * @param number how many versions have been published, this one included
         */
        public static Publication current(int number) {
            return new Publication(number, "privacy-policy.html", true);
        }
    }

    private final PolicyModel model;
    private final String contentHash;
    private final Publication publication;
    private final PlainText text;

    private TiltExporter(PolicyModel model, String contentHash, Publication publication) {
        this.model = model;
        this.contentHash = contentHash;
        this.publication = publication;
        this.text = new PlainText(model);
    }

    /** The TILT document of a model. */
    public static String write(PolicyModel model, Publication publication) {
        return write(model, ContentHash.of(JsonExporter.canonical(model)), publication);
    }

    /**
     * The TILT document of a model whose {@code policy.json} the caller has written already: its content hash
     * spares exporting the model a second time.
     *
     * @param contentHash the {@link ContentHash content hash} of the model's {@code policy.json}, {@code sha256:…}
     */
    public static String write(PolicyModel model, String contentHash, Publication publication) {
        if (!contentHash.startsWith(SHA256)) {
            throw new IllegalArgumentException("a content hash starts with " + SHA256 + ", not " + contentHash);
        }
        return new TiltExporter(model, contentHash, publication).document();
    }

    /** The TILT document as a site file: {@value #FILE} and its text. */
    public static Map<String, String> files(PolicyModel model, Publication publication) {
        return Map.of(FILE, write(model, publication));
    }

    private String document() {
        return JsonOutput.write(json -> {
            json.writeStartObject();
            meta(json);
            controller(json);
            dataProtectionOfficer(json);
            new TiltDataDisclosed(model, text).write(json);
            thirdCountryTransfers(json);
            TiltRights rights = new TiltRights(model, text);
            rights.accessAndDataPortability(json);
            sources(json);
            rights.write(json);
            automatedDecisionMaking(json);
            // Art. 13(3): a planned new purpose. The model describes purposes in force, not plans.
            json.writeArrayFieldStart("changesOfPurpose");
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private void meta(JsonGenerator json) throws IOException {
        String effective = model.policy().effective().toString();
        json.writeObjectFieldStart("meta");
        json.writeStringField("_id", model.policy().id() + "@" + model.policy().version());
        json.writeStringField("name", model.controller().name());
        json.writeStringField("created", effective);
        json.writeStringField("modified", effective);
        json.writeNumberField("version", publication.number());
        json.writeStringField("language", Locale.forLanguageTag(model.policy().language()).getLanguage());
        json.writeStringField("status", publication.inForce() ? "active" : "inactive");
        json.writeStringField("url", publication.url());
        json.writeStringField("_hash", contentHash.substring(SHA256.length()));
        json.writeEndObject();
    }

    private void controller(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("controller");
        json.writeStringField("name", model.controller().name());
        json.writeStringField("address", String.join(", ", model.controller().address()));
        json.writeStringField("country", country());
        Optional<Contact> representative = reachable(model.controller().contact(), model.controller().dpo());
        json.writeObjectFieldStart("representative");
        json.writeStringField("name", representative.map(Contact::role).orElse(model.controller().name()));
        field(json, "email", representative.map(Contact::email).map(TiltValues::email).orElse(null));
        field(json, "phone", representative.map(Contact::phone).map(TiltValues::phone).orElse(null));
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The DPO, or where none is designated the contact for questions about data, which TILT also requires. */
    private void dataProtectionOfficer(JsonGenerator json) throws IOException {
        Optional<Contact> dpo = contact(model.controller().dpo()).or(() -> contact(model.controller().contact()));
        List<String> address = dpo.map(Contact::address).filter(a -> !a.isEmpty())
                .orElse(model.controller().address());
        json.writeObjectFieldStart("dataProtectionOfficer");
        json.writeStringField("name", dpo.map(Contact::role).orElse(model.controller().name()));
        json.writeStringField("address", String.join(", ", address));
        json.writeStringField("country", country());
        field(json, "email", dpo.map(Contact::email).map(TiltValues::email).orElse(null));
        field(json, "phone", dpo.map(Contact::phone).map(TiltValues::phone).orElse(null));
        json.writeEndObject();
    }

    /**
     * One entry per recipient and country outside the UK, saying which kind of safeguard applies; a
     * recipient with a safeguard but no country named gets one entry without a country.
     */
    private void thirdCountryTransfers(JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("thirdCountryTransfers");
        for (Recipient recipient : model.recipients()) {
            List<String> abroad = recipient.countries().stream().map(Country::code).filter(c -> !c.equals(HOME))
                    .toList();
            if (abroad.isEmpty() && recipient.transfer() != null && recipient.countries().isEmpty()) {
                abroad = List.of(Country.WORLDWIDE);
            }
            for (String country : abroad) {
                json.writeStartObject();
                // TILT's country is a two-letter code; the regions EEA and worldwide cannot be named.
                if (country.length() == 2) {
                    json.writeStringField("country", country);
                }
                transfer(json, recipient);
                json.writeEndObject();
            }
        }
        json.writeEndArray();
    }

    private void transfer(JsonGenerator json, Recipient recipient) throws IOException {
        Transfer transfer = recipient.transfer();
        Safeguard safeguard = transfer == null ? null : transfer.safeguard();
        String description = transfer == null ? null : recipient.name() + ": " + safeguard.label()
                + Optional.ofNullable(text.of(transfer.description())).map(d -> ". " + d).orElse("");
        safeguard(json, "adequacyDecision", safeguard == Safeguard.ADEQUACY, description);
        safeguard(json, "appropriateGuarantees", GUARANTEES.contains(safeguard), description);
        safeguard(json, "standardDataProtectionClause", CLAUSES.contains(safeguard), description);
    }

    private static void safeguard(JsonGenerator json, String name, boolean available, String description)
            throws IOException {
        json.writeObjectFieldStart(name);
        json.writeBooleanField("available", available);
        if (available) {
            json.writeStringField("description", description);
        }
        json.writeEndObject();
    }

    /** Art. 14(2)(f): where data comes from, for the categories not (only) provided by the people themselves. */
    private void sources(JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("sources");
        for (DataCategory category : model.dataCategories()) {
            List<DataSource> sources = category.sources().stream().filter(s -> s != DataSource.PROVIDED).toList();
            if (sources.isEmpty()) {
                continue;
            }
            json.writeStartObject();
            json.writeStringField("_id", category.id());
            json.writeStringField("dataCategory", category.label());
            json.writeArrayFieldStart("sources");
            for (DataSource source : sources) {
                json.writeStartObject();
                json.writeStringField("description", source.label());
                // Required by TILT; the model names kinds of source, not places: the empty reference.
                json.writeStringField("url", "");
                json.writeBooleanField("publiclyAvailable", source == DataSource.PUBLIC);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The model describes logic and consequences in one text; TILT asks for each, so both get it. */
    private void automatedDecisionMaking(JsonGenerator json) throws IOException {
        AutomatedDecisions decisions = model.automatedDecisions();
        json.writeObjectFieldStart("automatedDecisionMaking");
        if (decisions != null && decisions.used() != null) {
            json.writeBooleanField("inUse", decisions.used());
            if (decisions.used()) {
                String description = Optional.ofNullable(text.of(decisions.description())).orElse("");
                json.writeStringField("logicInvolved", description);
                json.writeStringField("scopeAndIntendedEffects", description);
            }
        }
        json.writeEndObject();
    }

    private String country() {
        return Jurisdictions.country(model.controller().registeredIn()).orElse(UNKNOWN_COUNTRY);
    }

    private Optional<Contact> contact(Ref ref) {
        return ref == null ? Optional.empty() : model.contact(ref.id());
    }

    /** The first of the preferred contacts with an email address, else of all contacts, else the first preferred. */
    private Optional<Contact> reachable(Ref... preferred) {
        List<Contact> candidates = new ArrayList<>();
        Stream.of(preferred).map(this::contact).flatMap(Optional::stream).forEach(candidates::add);
        candidates.addAll(model.contacts());
        return candidates.stream().filter(c -> TiltValues.email(c.email()) != null).findFirst()
                .or(() -> candidates.stream().findFirst());
    }

    private static void field(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }
}
