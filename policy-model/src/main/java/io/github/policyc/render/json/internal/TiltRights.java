package io.github.policyc.render.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.policyc.model.Contact;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Ref;
import io.github.policyc.model.Right;
import io.github.policyc.model.RightKind;
import io.github.policyc.model.SupervisoryAuthority;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rights TILT describes, each from the model's rights of the matching kinds: TILT's right to
 * information is the right of access (Art. 15), as in the German "Auskunftsrecht" it comes from.
 */
public final class TiltRights {

    private final PolicyModel model;
    private final PlainText text;

    public TiltRights(PolicyModel model, PlainText text) {
        this.model = model;
        this.text = text;
    }

    /** The rights after {@code sources} in TILT's order, the right to complain last. */
    public void write(JsonGenerator json) throws IOException {
        right(json, "rightToInformation", RightKind.ACCESS);
        right(json, "rightToRectificationOrDeletion", RightKind.RECTIFICATION, RightKind.ERASURE);
        right(json, "rightToDataPortability", RightKind.PORTABILITY);
        right(json, "rightToWithdrawConsent", RightKind.WITHDRAW_CONSENT);
        rightToComplain(json);
    }

    /** TILT's {@code accessAndDataPortability}, from the rights of access and to portability; it requires {@code available}. */
    public void accessAndDataPortability(JsonGenerator json) throws IOException {
        List<Right> rights = rights(RightKind.ACCESS, RightKind.PORTABILITY);
        json.writeObjectFieldStart("accessAndDataPortability");
        json.writeBooleanField("available", !rights.isEmpty());
        rightDetails(json, rights);
        json.writeEndObject();
    }

    /** A right TILT describes, from the model's rights of those kinds; empty when the model explains none. */
    private void right(JsonGenerator json, String name, RightKind... kinds) throws IOException {
        List<Right> rights = rights(kinds);
        json.writeObjectFieldStart(name);
        if (!rights.isEmpty()) {
            json.writeBooleanField("available", true);
            rightDetails(json, rights);
        }
        json.writeEndObject();
    }

    private void rightDetails(JsonGenerator json, List<Right> rights) throws IOException {
        if (rights.isEmpty()) {
            return;
        }
        json.writeStringField("description", describe(rights));
        Optional<Contact> contact = rights.stream().map(Right::contact).filter(Objects::nonNull).findFirst()
                .flatMap(this::contact)
                .or(() -> contact(model.controller().contact()));
        field(json, "url", contact.map(Contact::url).map(TiltValues::uri).orElse(null));
        field(json, "email", contact.map(Contact::email).map(TiltValues::email).orElse(null));
    }

    /** What the model says of the rights, each its description and how to exercise it, else its name. */
    private String describe(List<Right> rights) {
        List<String> parts = new ArrayList<>();
        for (Right right : rights) {
            List<String> said = Stream.of(text.of(right.description()), text.of(right.exercise()))
                    .filter(Objects::nonNull).toList();
            parts.add(said.isEmpty() ? right.kind().label() + "." : String.join("\n\n", said));
        }
        return String.join("\n\n", parts);
    }

    /** Complaints go to the supervisory authority, so its channels are the ones given. */
    private void rightToComplain(JsonGenerator json) throws IOException {
        List<Right> rights = rights(RightKind.COMPLAINT);
        SupervisoryAuthority authority = model.supervisoryAuthority();
        json.writeObjectFieldStart("rightToComplain");
        if (!rights.isEmpty() || authority != null) {
            json.writeBooleanField("available", true);
            json.writeStringField("description", rights.isEmpty() ? RightKind.COMPLAINT.label() + "." : describe(rights));
        }
        if (authority != null) {
            field(json, "url", TiltValues.uri(authority.url()));
            field(json, "email", TiltValues.email(authority.email()));
            json.writeObjectFieldStart("supervisoryAuthority");
            json.writeStringField("name", authority.name());
            if (!authority.address().isEmpty()) {
                json.writeStringField("address", String.join(", ", authority.address()));
            }
            field(json, "email", TiltValues.email(authority.email()));
            field(json, "phone", TiltValues.phone(authority.phone()));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private List<Right> rights(RightKind... kinds) {
        return Stream.of(kinds).map(model::right).flatMap(Optional::stream).toList();
    }

    private Optional<Contact> contact(Ref ref) {
        return ref == null ? Optional.empty() : model.contact(ref.id());
    }

    private static void field(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }
}
