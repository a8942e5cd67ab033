package io.github.policyc.history;

import io.github.policyc.model.PolicyModel;
import io.github.policyc.render.json.ContentHash;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One version of a policy as it is published: its model and its {@code policy.json}, which for a
 * released version is the frozen file exactly as {@code policyc:release} wrote it.
 *
 * @param model      the version's model; {@code model.policy().at().file()} names the file it was read from
 * @param policyJson the version's {@code policy.json}, with its content hash
 * @param released   whether the version is frozen in the history directory; the current model is not
 *                   until {@code policyc:release} freezes it
 * @since 0.1.0
 */
public record PolicyVersion(PolicyModel model, String policyJson, boolean released) {

    /** Versions in the order they took effect: by effective date, then by {@link VersionOrder version}. */
    public static final Comparator<PolicyVersion> CHRONOLOGICAL = Comparator
            .comparing(PolicyVersion::effective)
            .thenComparing(PolicyVersion::version, VersionOrder.INSTANCE);

    public PolicyVersion {
        Objects.requireNonNull(model, "model");
        if (ContentHash.declared(Objects.requireNonNull(policyJson, "policyJson")).isEmpty()) {
            throw new IllegalArgumentException("a published policy.json carries its contentHash");
        }
    }

    /** The version's name, {@code policy.version}. */
    public String version() {
        return model.policy().version();
    }

    /** The date the version took effect. */
    public LocalDate effective() {
        return model.policy().effective();
    }

    /** The content hash its {@code policy.json} declares, {@code sha256:…}. */
    public String contentHash() {
        return ContentHash.declared(policyJson).orElseThrow();
    }
}
