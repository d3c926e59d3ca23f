package io.tillbridge.mapping.customfields;

import java.util.List;
import java.util.Objects;

/**
 * One line of a template: a canonical value, the steps that shape it, the field it goes to.
 *
 * @param source     the canonical value
 * @param target     the custom field
 * @param transforms applied in order; may be empty
 */
public record FieldMapping(CanonicalField source, TargetField target, List<Transform> transforms) {

    /**
     * Requires a source and a target; no transforms read as a straight copy.
     *
     * @param source     the canonical value
     * @param target     the custom field
     * @param transforms applied in order; may be empty
     */
    public FieldMapping {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        transforms = transforms == null ? List.of() : List.copyOf(transforms);
    }

    String describe() {
        return source + " -> " + target.describe();
    }
}
