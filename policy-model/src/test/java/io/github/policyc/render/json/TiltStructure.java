package io.github.policyc.render.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policyc.model.IsoDuration;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What the TILT language requires of a document, as this project reads it, checked by hand: TILT's
 * schema is not part of this repository ({@link TiltSchemaCheckTest} uses it when given). Each
 * problem is reported as {@code /json/pointer: what is wrong}.
 */
final class TiltStructure {

    private static final List<String> MEMBERS = List.of("meta", "controller", "dataProtectionOfficer", "dataDisclosed",
            "thirdCountryTransfers", "accessAndDataPortability", "sources", "rightToInformation",
            "rightToRectificationOrDeletion", "rightToDataPortability", "rightToWithdrawConsent", "rightToComplain",
            "automatedDecisionMaking", "changesOfPurpose");
    private static final List<String> RIGHTS = List.of("rightToInformation", "rightToRectificationOrDeletion",
            "rightToDataPortability", "rightToWithdrawConsent", "rightToComplain");
    private static final List<String> SAFEGUARDS = List.of("adequacyDecision", "appropriateGuarantees",
            "presenceOfEnforceableRightsAndEffectiveRemedies", "standardDataProtectionClause");
    private static final Set<String> AGGREGATIONS = Set.of("min", "max", "sum", "avg");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+)?");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern PHONE = Pattern.compile("\\+?\\(?[0-9]{1,4}\\)?[-\\s./0-9]*");
    private static final Pattern LEGAL_REFERENCE = Pattern.compile("[A-Z]+(-[0-9]+|-[a-z]+)*");

    private final List<String> problems = new ArrayList<>();

    private TiltStructure() {
    }

    /** The problems of a TILT document; none when it has the structure TILT requires. */
    static List<String> problems(String tilt) throws Exception {
        TiltStructure check = new TiltStructure();
        check.document(new ObjectMapper().readTree(tilt));
        return check.problems;
    }

    private void document(JsonNode root) {
        for (String member : MEMBERS) {
            if (!root.has(member)) {
                problems.add("/" + member + ": missing");
            }
        }
        object(root, "/meta", meta -> {
            text(meta, "/meta/_id");
            text(meta, "/meta/name");
            matches(meta, "/meta/created", DATE);
            matches(meta, "/meta/modified", DATE);
            check(meta.path("version").isInt() && meta.path("version").asInt() >= 1, "/meta/version",
                    "an integer from 1");
            check(LANGUAGES.contains(meta.path("language").asText("?")), "/meta/language", "an ISO 639-1 code");
            check(Set.of("active", "inactive").contains(meta.path("status").asText()), "/meta/status",
                    "active or inactive");
            uri(meta, "/meta/url", true);
            matches(meta, "/meta/_hash", HASH);
        });
        object(root, "/controller", controller -> {
            text(controller, "/controller/name");
            text(controller, "/controller/address");
            matches(controller, "/controller/country", COUNTRY);
            object(controller, "/controller/representative", representative -> {
                text(representative, "/controller/representative/name");
                matches(representative, "/controller/representative/email", EMAIL);
                optional(representative, "/controller/representative/phone", PHONE);
            });
        });
        object(root, "/dataProtectionOfficer", dpo -> {
            text(dpo, "/dataProtectionOfficer/name");
            text(dpo, "/dataProtectionOfficer/address");
            matches(dpo, "/dataProtectionOfficer/country", COUNTRY);
            matches(dpo, "/dataProtectionOfficer/email", EMAIL);
            optional(dpo, "/dataProtectionOfficer/phone", PHONE);
        });
        array(root, "/dataDisclosed", this::dataDisclosed);
        array(root, "/thirdCountryTransfers", (transfer, at) -> {
            optional(transfer, at + "/country", COUNTRY);
            for (String safeguard : SAFEGUARDS) {
                if (transfer.has(safeguard)) {
                    available(transfer.get(safeguard), at + "/" + safeguard, false);
                }
            }
        });
        object(root, "/accessAndDataPortability", access -> {
            check(access.path("available").isBoolean(), "/accessAndDataPortability/available", "a boolean");
            available(access, "/accessAndDataPortability", false);
        });
        array(root, "/sources", (source, at) -> {
            text(source, at + "/_id");
            text(source, at + "/dataCategory");
            array(source, at + "/sources", (where, whereAt) -> {
                text(where, whereAt + "/description");
                uri(where, whereAt + "/url", true);
                check(where.path("publiclyAvailable").isBoolean(), whereAt + "/publiclyAvailable", "a boolean");
            });
        });
        for (String right : RIGHTS) {
            object(root, "/" + right, r -> available(r, "/" + right, right.equals("rightToComplain")));
        }
        object(root, "/automatedDecisionMaking", decisions -> {
            if (decisions.path("inUse").asBoolean(false)) {
                text(decisions, "/automatedDecisionMaking/logicInvolved");
                text(decisions, "/automatedDecisionMaking/scopeAndIntendedEffects");
            }
        });
        array(root, "/changesOfPurpose", (change, at) -> {
        });
    }

    private void dataDisclosed(JsonNode data, String at) {
        text(data, at + "/_id");
        text(data, at + "/category");
        array(data, at + "/purposes", (purpose, p) -> {
            text(purpose, p + "/purpose");
            text(purpose, p + "/description");
        });
        array(data, at + "/legalBases", (basis, b) -> matches(basis, b + "/reference", LEGAL_REFERENCE));
        array(data, at + "/legitimateInterests", (interest, i) -> {
            if (interest.path("exists").asBoolean(false)) {
                text(interest, i + "/reasoning");
            }
        });
        array(data, at + "/recipients", (recipient, r) -> {
            text(recipient, r + "/category");
            optional(recipient, r + "/country", COUNTRY);
        });
        array(data, at + "/storage", (storage, s) -> {
            check(AGGREGATIONS.contains(storage.path("aggregationFunction").asText()), s + "/aggregationFunction",
                    "one of " + AGGREGATIONS);
            if (storage.has("temporal")) {
                array(storage, s + "/temporal", (temporal, t) -> {
                    text(temporal, t + "/description");
                    check(isDuration(temporal.path("ttl").asText()), t + "/ttl", "an ISO-8601 duration");
                });
            }
        });
        object(data, at + "/nonDisclosure", n -> {
            for (String flag : List.of("legalRequirement", "contractualRegulation", "obligationToProvide")) {
                check(n.path(flag).isBoolean(), at + "/nonDisclosure/" + flag, "a boolean");
            }
            text(n, at + "/nonDisclosure/consequences");
        });
    }

    /** An object with {@code available}: when true it must say what is available. */
    private void available(JsonNode node, String at, boolean complaint) {
        if (node.has("available")) {
            check(node.get("available").isBoolean(), at + "/available", "a boolean");
        }
        if (node.path("available").asBoolean(false)) {
            text(node, at + "/description");
            if (complaint) {
                object(node, at + "/supervisoryAuthority", authority -> text(authority, at + "/supervisoryAuthority/name"));
            }
        }
        optional(node, at + "/email", EMAIL);
        if (node.has("url")) {
            uri(node, at + "/url", false);
        }
    }

    private void object(JsonNode parent, String at, Consumer<JsonNode> members) {
        JsonNode node = parent.get(last(at));
        if (node == null || !node.isObject()) {
            problems.add(at + ": must be an object");
        } else {
            members.accept(node);
        }
    }

    private interface Item {
        void check(JsonNode item, String at);
    }

    private void array(JsonNode parent, String at, Item items) {
        JsonNode node = parent.get(last(at));
        if (node == null || !node.isArray()) {
            problems.add(at + ": must be an array");
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isObject()) {
                problems.add(at + "/" + i + ": must be an object");
            } else {
                items.check(node.get(i), at + "/" + i);
            }
        }
    }

    private void text(JsonNode parent, String at) {
        check(parent.path(last(at)).isTextual(), at, "text");
    }

    private void matches(JsonNode parent, String at, Pattern pattern) {
        JsonNode value = parent.path(last(at));
        check(value.isTextual() && pattern.matcher(value.asText()).matches(), at, "text matching " + pattern);
    }

    private void optional(JsonNode parent, String at, Pattern pattern) {
        if (parent.has(last(at))) {
            matches(parent, at, pattern);
        }
    }

    private void uri(JsonNode parent, String at, boolean required) {
        JsonNode value = parent.path(last(at));
        boolean valid;
        try {
            new URI(value.asText());
            valid = value.isTextual();
        } catch (URISyntaxException e) {
            valid = false;
        }
        check(valid || (!required && value.isMissingNode()), at, "a URI reference");
    }

    private void check(boolean ok, String at, String expected) {
        if (!ok) {
            problems.add(at + ": must be " + expected);
        }
    }

    private static boolean isDuration(String text) {
        try {
            IsoDuration.parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String last(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1);
    }
}
