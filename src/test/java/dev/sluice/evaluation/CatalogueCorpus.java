package dev.sluice.evaluation;

import dev.sluice.detection.EntityTypes;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Placeholders of {@link CorpusTemplatesCatalogue} and their values. The catalogue templates are rendered
 * {@value #VARIANTS_PER_TEMPLATE} times each, so that four templates give a type at least 25 gold spans.
 */
final class CatalogueCorpus {

    static final int VARIANTS_PER_TEMPLATE = 8;

    /** Entity type of each labeled catalogue placeholder. */
    static final Map<String, String> PLACEHOLDER_TYPES = Map.ofEntries(
            Map.entry("NHS", EntityTypes.UK_NHS),
            Map.entry("NIF", EntityTypes.ES_NIF),
            Map.entry("NIE", EntityTypes.ES_NIE),
            Map.entry("CODFISC", EntityTypes.IT_FISCAL_CODE),
            Map.entry("NRIC", EntityTypes.SG_NRIC_FIN),
            Map.entry("PESEL", EntityTypes.PL_PESEL),
            Map.entry("HETU", EntityTypes.FI_PERSONAL_IDENTITY_CODE),
            Map.entry("CPF", EntityTypes.BR_CPF),
            Map.entry("SIN", EntityTypes.CA_SIN),
            Map.entry("BSN", EntityTypes.NL_BSN),
            Map.entry("TFN", EntityTypes.AU_TFN),
            Map.entry("ABN", EntityTypes.AU_ABN),
            Map.entry("MEDICARE", EntityTypes.AU_MEDICARE),
            Map.entry("NIR", EntityTypes.FR_NIR),
            Map.entry("STEUERID", EntityTypes.DE_TAX_ID),
            Map.entry("HFTOKEN", EntityTypes.HUGGINGFACE_TOKEN),
            Map.entry("NPMTOKEN", EntityTypes.NPM_TOKEN),
            Map.entry("PYPITOKEN", EntityTypes.PYPI_TOKEN),
            Map.entry("DOCKERTOKEN", EntityTypes.DOCKER_HUB_TOKEN),
            Map.entry("SENDGRIDKEY", EntityTypes.SENDGRID_API_KEY),
            Map.entry("TWILIOKEY", EntityTypes.TWILIO_API_KEY),
            Map.entry("SHOPIFYTOKEN", EntityTypes.SHOPIFY_TOKEN),
            Map.entry("DOTOKEN", EntityTypes.DIGITALOCEAN_TOKEN),
            Map.entry("VAULTTOKEN", EntityTypes.HASHICORP_VAULT_TOKEN),
            Map.entry("DATABRICKSTOKEN", EntityTypes.DATABRICKS_TOKEN),
            Map.entry("POSTMANKEY", EntityTypes.POSTMAN_API_KEY),
            Map.entry("DISCORDHOOK", EntityTypes.DISCORD_WEBHOOK),
            Map.entry("TELEGRAMTOKEN", EntityTypes.TELEGRAM_BOT_TOKEN));

    private final CatalogueValueGenerator values;

    CatalogueCorpus(CatalogueValueGenerator values) {
        this.values = values;
    }

    /** Returns the value source of each labeled placeholder; the language argument is unused. */
    Map<String, Function<String, ValueGenerator.Piece>> labeled() {
        return Map.ofEntries(
                Map.entry("NHS", language -> values.ukNhs()),
                Map.entry("NIF", language -> values.esNif()),
                Map.entry("NIE", language -> values.esNie()),
                Map.entry("CODFISC", language -> values.itFiscalCode()),
                Map.entry("NRIC", language -> values.sgNricFin()),
                Map.entry("PESEL", language -> values.plPesel()),
                Map.entry("HETU", language -> values.fiPersonalIdentityCode()),
                Map.entry("CPF", language -> values.brCpf()),
                Map.entry("SIN", language -> values.caSin()),
                Map.entry("BSN", language -> values.nlBsn()),
                Map.entry("TFN", language -> values.auTfn()),
                Map.entry("ABN", language -> values.auAbn()),
                Map.entry("MEDICARE", language -> values.auMedicare()),
                Map.entry("NIR", language -> values.frNir()),
                Map.entry("STEUERID", language -> values.deTaxId()),
                Map.entry("HFTOKEN", language -> values.huggingFaceToken()),
                Map.entry("NPMTOKEN", language -> values.npmToken()),
                Map.entry("PYPITOKEN", language -> values.pypiToken()),
                Map.entry("DOCKERTOKEN", language -> values.dockerHubToken()),
                Map.entry("SENDGRIDKEY", language -> values.sendGridKey()),
                Map.entry("TWILIOKEY", language -> values.twilioKey()),
                Map.entry("SHOPIFYTOKEN", language -> values.shopifyToken()),
                Map.entry("DOTOKEN", language -> values.digitalOceanToken()),
                Map.entry("VAULTTOKEN", language -> values.vaultToken()),
                Map.entry("DATABRICKSTOKEN", language -> values.databricksToken()),
                Map.entry("POSTMANKEY", language -> values.postmanKey()),
                Map.entry("DISCORDHOOK", language -> values.discordWebhook()),
                Map.entry("TELEGRAMTOKEN", language -> values.telegramBotToken()));
    }

    /** Returns the value source of each unlabeled catalogue placeholder. */
    Map<String, Supplier<String>> unlabeled() {
        return Map.of(
                "LUHN9", values::nineDigitLuhn,
                "ELEVEN9", values::nineDigitElevenProof);
    }

    /** Returns the entries of both maps in a new map; a key in both is a programming error. */
    static <V> Map<String, V> merged(Map<String, V> first, Map<String, V> second) {
        Map<String, V> merged = new HashMap<>(first);
        second.forEach((key, value) -> {
            if (merged.putIfAbsent(key, value) != null) {
                throw new IllegalStateException("placeholder defined twice: " + key);
            }
        });
        return Map.copyOf(merged);
    }
}
