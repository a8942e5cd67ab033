package io.github.policyc.check;

import io.github.policyc.check.internal.ProseFields;
import io.github.policyc.check.internal.ProseLocators;
import io.github.policyc.check.internal.TextBlocks;
import io.github.policyc.load.LoadedPolicy;
import io.github.policyc.model.Location;
import io.github.policyc.model.PolicyModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What rules read: the model, the options, and views of the model's prose that several rules share
 * and that are computed once per check: every prose field with its owner, and every paragraph and
 * heading as located plain text.
 *
 * @since 0.1.0
 */
public final class CheckContext {

    private final LoadedPolicy policy;
    private final CheckOptions options;
    private List<ProseField> prose;
    private List<TextBlock> blocks;
    private ProseLocators locators;
    private final Map<Class<?>, Object> shared = new HashMap<>();

    public CheckContext(LoadedPolicy policy, CheckOptions options) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.options = Objects.requireNonNull(options, "options");
    }

    public PolicyModel model() {
        return policy.model();
    }

    public CheckOptions options() {
        return options;
    }

    /** Every piece of prose in the model, in model order. */
    public List<ProseField> prose() {
        if (prose == null) {
            prose = List.copyOf(ProseFields.of(policy.model()));
        }
        return prose;
    }

    /** Every paragraph and heading of the model's prose, in model order. */
    public List<TextBlock> blocks() {
        if (blocks == null) {
            blocks = List.copyOf(TextBlocks.of(prose(), locators()));
        }
        return blocks;
    }

    /** Where each offset of the model's prose stands in its source file; made once per check. */
    public ProseLocators locators() {
        if (locators == null) {
            locators = new ProseLocators(this::source);
        }
        return locators;
    }

    /**
     * A view of the model that several rules share, computed by {@code compute} the first time a rule
     * asks for it and kept for the rest of this check, such as the groups of duplicated text that
     * PC101, PC102 and PC103 all read.
     *
     * @param type    the class of the view, which identifies it
     * @param compute computes the view from this context
     */
    public <T> T shared(Class<T> type, Function<CheckContext, ? extends T> compute) {
        Object value = shared.get(type);
        if (value == null) {
            value = Objects.requireNonNull(compute.apply(this), "computed view");
            shared.put(type, value);
        }
        return type.cast(value);
    }

    /** Where findings about the policy as a whole point: the start of the model's main file. */
    public Location modelStart() {
        return Location.startOf(policy.model().policy().at().file());
    }

    /** The text of a source file by the name locations use, or {@code null}. */
    public String source(String file) {
        return policy.sources().get(file);
    }
}
