package io.github.policyc.diff;

import io.github.policyc.model.PolicyModel;

/**
 * Works out what changed between two versions of a policy.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ChangeDetector {

    /** The changes from {@code older} to {@code newer}. */
    VersionChanges between(PolicyModel older, PolicyModel newer);
}
