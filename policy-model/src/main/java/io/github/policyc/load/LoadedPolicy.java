package io.github.policyc.load;

import io.github.policyc.model.PolicyModel;
import java.util.Map;
import java.util.Objects;

/**
 * A loaded model together with the text of every file it was read from, by the file name its
 * {@link io.github.policyc.model.Location}s use. Checks read comments there, such as suppressions.
 *
 * @param model   the model
 * @param sources the text of each file read, line ends normalised to {@code \n}
 * @since 0.1.0
 */
public record LoadedPolicy(PolicyModel model, Map<String, String> sources) {

    public LoadedPolicy {
        Objects.requireNonNull(model, "model");
        sources = Map.copyOf(sources);
    }
}
