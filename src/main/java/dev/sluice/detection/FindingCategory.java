package dev.sluice.detection;

/**
 * Kind of sensitive content a finding is, which decides what the pipeline does with the record.
 */
public enum FindingCategory {

    /** Personal data about a person (email, phone, card...): masked with a placeholder. */
    PERSONAL_DATA,

    /** Credentials and keys: the whole record is quarantined, because masking cannot undo a leaked secret. */
    SECRET,

    /** Document markings such as "CONFIDENTIAL": the whole record is quarantined. */
    CONFIDENTIALITY_LABEL,

    /** Lab-specific markers such as project codenames: masked with a placeholder. */
    PROPRIETARY_MARKER
}
