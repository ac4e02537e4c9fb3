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
    public static final String GITLAB_TOKEN = "GITLAB_TOKEN";
    public static final String SLACK_TOKEN = "SLACK_TOKEN";
    public static final String SLACK_WEBHOOK = "SLACK_WEBHOOK";
    public static final String STRIPE_KEY = "STRIPE_KEY";
    public static final String GOOGLE_API_KEY = "GOOGLE_API_KEY";
    public static final String OPENAI_API_KEY = "OPENAI_API_KEY";
    public static final String ANTHROPIC_API_KEY = "ANTHROPIC_API_KEY";
    public static final String AZURE_STORAGE_KEY = "AZURE_STORAGE_KEY";
    public static final String AZURE_SAS_TOKEN = "AZURE_SAS_TOKEN";
    public static final String BEARER_TOKEN = "BEARER_TOKEN";
    public static final String BASIC_AUTH = "BASIC_AUTH";
    public static final String US_ITIN = "US_ITIN";
    public static final String UK_NINO = "UK_NINO";
    public static final String IN_AADHAAR = "IN_AADHAAR";
    public static final String IN_PAN = "IN_PAN";
    public static final String MAC_ADDRESS = "MAC_ADDRESS";
    public static final String CRYPTO = "CRYPTO";
    public static final String INTERNAL_HOST = "INTERNAL_HOST";
    public static final String INTERNAL_TICKET_ID = "INTERNAL_TICKET_ID";
    public static final String CANARY_TOKEN = "CANARY_TOKEN";
    public static final String GENERIC_SECRET = "GENERIC_SECRET";
    public static final String PERSON = "PERSON";
    /** A postal street address; Presidio's LOCATION also covers bare place names, which are not reported. */
    public static final String STREET_ADDRESS = "STREET_ADDRESS";
    public static final String DATE_OF_BIRTH = "DATE_OF_BIRTH";

    private EntityTypes() {
    }
}
