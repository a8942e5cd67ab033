package io.github.policyc.diff.internal;

import io.github.policyc.diff.Change;
import io.github.policyc.model.PolicyModel;
import java.util.List;

/** Finds the changes in meaning to one part of a policy, such as its purposes or its cookies. */
public interface Comparison {

    /** Adds the changes from {@code older} to {@code newer} to {@code out}, in model order. */
    void compare(PolicyModel older, PolicyModel newer, List<Change> out);
}
