package io.github.policyc.render.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.policyc.model.DataCategory;
import io.github.policyc.model.LawfulBasis;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Purpose;
import io.github.policyc.model.Recipient;
import io.github.policyc.model.Ref;
import io.github.policyc.model.Retention;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TILT's {@code dataDisclosed}: one entry per data category, with what the purposes that use it say.
 * TILT ties purposes, legal bases, recipients and storage to the category, not to each other, so a
 * purpose's title goes into the descriptions to keep them readable.
 */
public final class TiltDataDisclosed {

    private final PolicyModel model;
    private final PlainText text;

    public TiltDataDisclosed(PolicyModel model, PlainText text) {
        this.model = model;
        this.text = text;
    }

    public void write(JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("dataDisclosed");
        for (DataCategory category : model.dataCategories()) {
            List<Purpose> purposes = model.purposes().stream()
                    .filter(p -> p.categories().stream().anyMatch(r -> r.id().equals(category.id())))
                    .toList();
            json.writeStartObject();
            json.writeStringField("_id", category.id());
            json.writeStringField("category", category.label());
            purposes(json, purposes);
            legalBases(json, category, purposes);
            legitimateInterests(json, purposes);
            recipients(json, purposes);
            storage(json, purposes);
            nonDisclosure(json, purposes);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void purposes(JsonGenerator json, List<Purpose> purposes) throws IOException {
        json.writeArrayFieldStart("purposes");
        for (Purpose purpose : purposes) {
            json.writeStartObject();
            json.writeStringField("purpose", purpose.title());
            String description = text.of(purpose.description());
            json.writeStringField("description", description != null ? description : purpose.title());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** One entry per article relied on, naming the purposes that rely on it. */
    private static void legalBases(JsonGenerator json, DataCategory category, List<Purpose> purposes)
            throws IOException {
        Map<String, List<String>> purposesByBasis = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Purpose purpose : purposes) {
            if (purpose.lawfulBasis() != null) {
                String article = purpose.lawfulBasis().article();
                labels.put(article, purpose.lawfulBasis().label());
                purposesByBasis.computeIfAbsent(article, a -> new ArrayList<>()).add(purpose.title());
            }
            if (purpose.specialCondition() != null && category.special()) {
                String article = purpose.specialCondition().article();
                labels.put(article, purpose.specialCondition().label());
                purposesByBasis.computeIfAbsent(article, a -> new ArrayList<>()).add(purpose.title());
            }
        }
        json.writeArrayFieldStart("legalBases");
        for (Map.Entry<String, List<String>> basis : purposesByBasis.entrySet()) {
            json.writeStartObject();
            json.writeStringField("reference", TiltValues.gdpr(basis.getKey()));
            json.writeStringField("description", labels.get(basis.getKey()) + " (Art. " + basis.getKey() + "): "
                    + String.join(", ", basis.getValue()));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void legitimateInterests(JsonGenerator json, List<Purpose> purposes) throws IOException {
        json.writeArrayFieldStart("legitimateInterests");
        List<Purpose> relying = purposes.stream().filter(p -> p.lawfulBasis() == LawfulBasis.LEGITIMATE_INTERESTS)
                .toList();
        for (Purpose purpose : relying) {
            json.writeStartObject();
            json.writeBooleanField("exists", true);
            String interest = text.of(purpose.legitimateInterest());
            json.writeStringField("reasoning", purpose.title() + ": " + (interest != null ? interest : ""));
            json.writeEndObject();
        }
        if (relying.isEmpty()) {
            json.writeStartObject();
            json.writeBooleanField("exists", false);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void recipients(JsonGenerator json, List<Purpose> purposes) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        purposes.forEach(p -> p.recipients().stream().map(Ref::id).forEach(ids::add));
        json.writeArrayFieldStart("recipients");
        for (String id : ids) {
            Recipient recipient = model.recipient(id).orElseThrow();
            json.writeStartObject();
            json.writeStringField("name", recipient.name());
            // TILT names one country per recipient; several, or a region, cannot be said there.
            if (recipient.countries().size() == 1 && recipient.countries().get(0).code().length() == 2) {
                json.writeStringField("country", recipient.countries().get(0).code());
            }
            json.writeStringField("category", recipient.role().label());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /**
     * One storage entry for the category: a period per purpose that states one, the conditions of those
     * that state none, and "max", TILT's usual rule that the longest period applies.
     */
    private void storage(JsonGenerator json, List<Purpose> purposes) throws IOException {
        List<Purpose> kept = purposes.stream().filter(p -> p.retention() != null).toList();
        json.writeArrayFieldStart("storage");
        if (!kept.isEmpty()) {
            json.writeStartObject();
            List<Purpose> timed = kept.stream().filter(p -> p.retention().period() != null).toList();
            if (!timed.isEmpty()) {
                json.writeArrayFieldStart("temporal");
                for (Purpose purpose : timed) {
                    json.writeStartObject();
                    json.writeStringField("description", purpose.title() + ": " + retention(purpose.retention()));
                    json.writeStringField("ttl", purpose.retention().period().text());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            List<Purpose> conditional = kept.stream().filter(p -> p.retention().period() == null).toList();
            if (!conditional.isEmpty()) {
                json.writeArrayFieldStart("purposeConditional");
                for (Purpose purpose : conditional) {
                    json.writeString(purpose.title() + ": " + retention(purpose.retention()));
                }
                json.writeEndArray();
            }
            json.writeStringField("aggregationFunction", "max");
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The retention in words: "6 years after the end of the financial year. Tax law requires …". */
    private String retention(Retention retention) {
        List<String> parts = new ArrayList<>();
        if (retention.period() != null) {
            parts.add(retention.period().describe());
        }
        if (retention.trigger() != null) {
            parts.add(retention.trigger());
        }
        String criteria = text.of(retention.description());
        String kept = parts.isEmpty() ? "" : "kept " + String.join(" ", parts) + ".";
        return criteria == null ? kept : (kept + " " + criteria).strip();
    }

    /**
     * The model says in prose whether data must be provided (Art. 13(2)(e)); the flags are inferred from
     * the lawful bases: data processed to meet a legal obligation is a statutory requirement, data
     * processed for a contract a contractual one.
     */
    private void nonDisclosure(JsonGenerator json, List<Purpose> purposes) throws IOException {
        boolean statutory = purposes.stream().anyMatch(p -> p.lawfulBasis() == LawfulBasis.LEGAL_OBLIGATION);
        boolean contractual = purposes.stream().anyMatch(p -> p.lawfulBasis() == LawfulBasis.CONTRACT);
        List<String> consequences = new ArrayList<>();
        for (Purpose purpose : purposes) {
            String requirement = text.of(purpose.requirement());
            if (requirement != null) {
                consequences.add(purpose.title() + ": " + requirement);
            }
        }
        json.writeObjectFieldStart("nonDisclosure");
        json.writeBooleanField("legalRequirement", statutory);
        json.writeBooleanField("contractualRegulation", contractual);
        json.writeBooleanField("obligationToProvide", statutory);
        json.writeStringField("consequences", String.join("\n\n", consequences));
        json.writeEndObject();
    }
}
