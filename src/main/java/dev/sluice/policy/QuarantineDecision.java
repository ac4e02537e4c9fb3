package dev.sluice.policy;

import java.util.List;

import dev.sluice.avro.QuarantineReason;
import dev.sluice.avro.QuarantineVerdict;

/**
 * Why a record must not reach any vendor: the main verdict and every reason, with no matched values.
 */
public record QuarantineDecision(QuarantineVerdict verdict, List<QuarantineReason> reasons) {

    public QuarantineDecision {
        reasons = List.copyOf(reasons);
    }
}
