package io.github.policyc.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.policyc.load.internal.WebAddresses;
import io.github.policyc.model.Country;
import io.github.policyc.model.CookieLifetime;
import io.github.policyc.model.Directive;
import io.github.policyc.model.Id;
import io.github.policyc.model.IsoDuration;
import io.github.policyc.model.Keyed;
import io.github.policyc.model.Labelled;
import io.github.policyc.model.Location;
import io.github.policyc.model.Page;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Prose;
import io.github.policyc.model.Ref;
import io.github.policyc.model.RightKind;
import io.github.policyc.model.Section;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a model, derived from the records themselves, in which every text field holds the same
 * payload, so that a test of the output covers every field the model has now or gains later.
 *
 * <p>Every keyed entry has the id {@code k} (rights: {@code access}) so that every reference resolves;
 * the prose of one section per page holds every block directive, so every generated table and block
 * renders the payload too.
 */
public final class HostileModel {

    private static final String ID = "k";

    /**
     * Web addresses must be http(s) to load at all ({@code javascript:} is refused where it is written), so
     * they carry the payload after one; {@link #yaml(String, String, String, String)} puts
     * anything there.
     */
    public static final String WEB_ADDRESS = "https://example.test/?q=";

    private HostileModel() {
    }

    /**
     * The model as YAML, {@code payload} in every text field (after {@link #WEB_ADDRESS} in web addresses) and
     * {@code prosePayload} in every prose field.
     */
    public static String yaml(String payload, String prosePayload) {
        Map<String, Object> root = record(PolicyModel.class, new Payloads(payload, prosePayload, WEB_ADDRESS + payload));
        try {
            return new YAMLMapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The model as {@link #yaml(String, String)} writes it, but with the given {@code policy.version}: a
     * version names a directory of the published site, so a hostile one is refused rather than rendered.
     */
    public static String yaml(String payload, String prosePayload, String version) {
        return yaml(payload, prosePayload, version, WEB_ADDRESS + payload);
    }

    /** The model as {@link #yaml(String, String, String)} writes it, with {@code webAddress} in every web address. */
    @SuppressWarnings("unchecked")
    public static String yaml(String payload, String prosePayload, String version, String webAddress) {
        Map<String, Object> root = record(PolicyModel.class, new Payloads(payload, prosePayload, webAddress));
        ((Map<String, Object>) root.get("policy")).put("version", version);
        try {
            return new YAMLMapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> record(Class<?> type, Payloads payloads) {
        String payload = payloads.text();
        String prose = payloads.prose();
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getType() == Location.class || component.isAnnotationPresent(Id.class)) {
                continue;
            }
            if (type == Section.class && component.getName().equals("page")) {
                continue; // sections are generated per page below
            }
            Object value = component.isAnnotationPresent(Keyed.class)
                    ? keyed(component, payloads)
                    : WebAddresses.holdsOne(component.getName())
                    ? payloads.web()
                    : value(component.getGenericType(), payloads);
            fields.put(component.getName(), value);
        }
        if (type == PolicyModel.class) {
            fields.put("sections", sections(payload, prose));
        }
        return fields;
    }

    private static Map<String, Object> keyed(RecordComponent component, Payloads payloads) {
        Class<?> element = elementType(component.getGenericType());
        String id = element.getSimpleName().equals("Right") ? Labelled.yamlName(RightKind.ACCESS) : ID;
        Map<String, Object> entries = new LinkedHashMap<>();
        entries.put(id, record(element, payloads));
        if (element.getSimpleName().equals("Right")) {
            entries.put(Labelled.yamlName(RightKind.COMPLAINT), record(element, payloads));
        }
        return entries;
    }

    private static Object value(Type type, Payloads payloads) {
        String payload = payloads.text();
        String prose = payloads.prose();
        if (type instanceof ParameterizedType) {
            return List.of(value(elementType(type), payloads));
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return payload;
        }
        if (c == Prose.class) {
            return prose;
        }
        if (c == Ref.class) {
            return ID;
        }
        if (c == Boolean.class || c == boolean.class) {
            return true;
        }
        if (c == LocalDate.class) {
            return "2024-03-01";
        }
        if (c == IsoDuration.class || c == CookieLifetime.class) {
            return "P1Y";
        }
        if (c == Country.class) {
            return "US";
        }
        if (c.isEnum()) {
            return Labelled.yamlName((Enum<?>) c.getEnumConstants()[0]);
        }
        return record(c, payloads);
    }

    private static List<Object> sections(String payload, String prose) {
        String body = prose + "\n\nSee {{contact k}} and {{page cookies}}.\n\n" + blocks(true) + "\n";
        List<Object> sections = new ArrayList<>();
        for (Page page : Page.values()) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("id", Labelled.yamlName(page) + "-section");
            section.put("title", payload);
            section.put("page", Labelled.yamlName(page));
            section.put("body", body);
            sections.add(section);
            if (page == Page.PRIVACY) {
                Map<String, Object> second = new LinkedHashMap<>(section);
                second.put("id", "second");
                // Blocks whose parts have ids are allowed once per page.
                second.put("body", prose + "\n\nSee {{contact k}} and {{page cookies}}.\n\n" + blocks(false) + "\n");
                sections.add(second);
            }
        }
        return sections;
    }

    /** Every block directive, each table; without those allowed once per page unless {@code all}. */
    private static String blocks(boolean all) {
        return Arrays.stream(Directive.Kind.values())
                .filter(Directive.Kind::isBlock)
                .filter(kind -> all || !kind.isOncePerPage())
                .flatMap(kind -> kind == Directive.Kind.TABLE
                        ? Arrays.stream(Directive.TableKind.values()).map(t -> "{{table " + t.syntaxName() + "}}")
                        : java.util.stream.Stream.of("{{" + kind.syntaxName() + "}}"))
                .collect(Collectors.joining("\n\n"));
    }

    /** What goes into text fields, prose fields and web addresses. */
    private record Payloads(String text, String prose, String web) {
    }

    private static Class<?> elementType(Type type) {
        return (Class<?>) ((ParameterizedType) type).getActualTypeArguments()[0];
    }
}
