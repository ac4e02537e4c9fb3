package dev.sluice.policy.vendor;

import java.util.Locale;

/**
 * The operator a policy applies to one entity type, with its parameters.
 *
 * @param kind      which operator
 * @param keepFirst for {@link OperatorKind#PARTIAL_MASK}: letters and digits shown at the start
 * @param keepLast  for {@link OperatorKind#PARTIAL_MASK}: letters and digits shown at the end
 */
public record OperatorSpec(OperatorKind kind, int keepFirst, int keepLast) {

    public OperatorSpec {
        if (keepFirst < 0 || keepLast < 0) {
            throw new IllegalArgumentException("keep_first and keep_last must be 0 or more");
        }
        if (kind != OperatorKind.PARTIAL_MASK && (keepFirst > 0 || keepLast > 0)) {
            throw new IllegalArgumentException("keep_first and keep_last apply only to partial_mask, not to "
                    + kind.name().toLowerCase(Locale.ROOT));
        }
    }

    public static OperatorSpec of(OperatorKind kind) {
        return new OperatorSpec(kind, 0, 0);
    }
}
