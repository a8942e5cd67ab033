package io.github.policyc.model;

import java.util.Objects;

/**
 * A reference by id from one part of the model to another, for example a purpose naming the data
 * categories it uses. The loader guarantees that every reference in a loaded model resolves.
 *
 * @param id the id of the referenced part
 * @param at where the reference is written
 * @since 0.1.0
 */
public record Ref(String id, Location at) {

    public Ref {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String toString() {
        return id;
    }
}
