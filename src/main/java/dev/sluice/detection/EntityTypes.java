package dev.sluice.detection;

/**
 * Entity type names used in {@link Finding#entityType()}. Names follow Microsoft Presidio's entity catalogue
 * where Presidio has one.
 */
public final class EntityTypes {

    public static final String EMAIL_ADDRESS = "EMAIL_ADDRESS";
    public static final String PHONE_NUMBER = "PHONE_NUMBER";
    public static final String CREDIT_CARD = "CREDIT_CARD";
    public static final String IBAN_CODE = "IBAN_CODE";
    public static final String US_SSN = "US_SSN";
    public static final String IP_ADDRESS = "IP_ADDRESS";
    public static final String AWS_ACCESS_KEY = "AWS_ACCESS_KEY";
    public static final String AWS_SECRET_KEY = "AWS_SECRET_KEY";
    public static final String GITHUB_TOKEN = "GITHUB_TOKEN";
    public static final String PRIVATE_KEY = "PRIVATE_KEY";
    public static final String JWT = "JWT";
    public static final String PASSWORD = "PASSWORD";
    public static final String CONFIDENTIALITY_LABEL = "CONFIDENTIALITY_LABEL";
    public static final String CODENAME = "CODENAME";

    private EntityTypes() {
    }
}
