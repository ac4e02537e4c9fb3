package dev.sluice.detection;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;

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
    public static final String URL = "URL";
    public static final String PERSON = "PERSON";
    /** A postal street address; Presidio's LOCATION also covers bare place names, which are not reported. */
    public static final String STREET_ADDRESS = "STREET_ADDRESS";
    public static final String DATE_OF_BIRTH = "DATE_OF_BIRTH";
    public static final String UK_NHS = "UK_NHS";
    public static final String ES_NIF = "ES_NIF";
    public static final String ES_NIE = "ES_NIE";
    public static final String IT_FISCAL_CODE = "IT_FISCAL_CODE";
    public static final String AU_TFN = "AU_TFN";
    public static final String AU_ABN = "AU_ABN";
    public static final String SG_NRIC_FIN = "SG_NRIC_FIN";
    public static final String PL_PESEL = "PL_PESEL";
    public static final String FI_PERSONAL_IDENTITY_CODE = "FI_PERSONAL_IDENTITY_CODE";
    public static final String BR_CPF = "BR_CPF";
    public static final String CA_SIN = "CA_SIN";
    public static final String NL_BSN = "NL_BSN";
    public static final String FR_NIR = "FR_NIR";
    public static final String DE_TAX_ID = "DE_TAX_ID";
    public static final String AU_MEDICARE = "AU_MEDICARE";
    public static final String HUGGINGFACE_TOKEN = "HUGGINGFACE_TOKEN";
    public static final String NPM_TOKEN = "NPM_TOKEN";
    public static final String PYPI_TOKEN = "PYPI_TOKEN";
    public static final String DOCKER_HUB_TOKEN = "DOCKER_HUB_TOKEN";
    public static final String SENDGRID_API_KEY = "SENDGRID_API_KEY";
    public static final String TWILIO_API_KEY = "TWILIO_API_KEY";
    public static final String SHOPIFY_TOKEN = "SHOPIFY_TOKEN";
    public static final String DIGITALOCEAN_TOKEN = "DIGITALOCEAN_TOKEN";
    public static final String HASHICORP_VAULT_TOKEN = "HASHICORP_VAULT_TOKEN";
    public static final String DATABRICKS_TOKEN = "DATABRICKS_TOKEN";
    public static final String POSTMAN_API_KEY = "POSTMAN_API_KEY";
    public static final String DISCORD_WEBHOOK = "DISCORD_WEBHOOK";
    public static final String TELEGRAM_BOT_TOKEN = "TELEGRAM_BOT_TOKEN";

    private EntityTypes() {
    }

    /** Returns every entity type name declared here, in no particular order. */
    public static Set<String> all() {
        Set<String> names = new HashSet<>();
        for (Field field : EntityTypes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("public constant " + field.getName() + " is not readable", e);
                }
            }
        }
        return Set.copyOf(names);
    }
}
