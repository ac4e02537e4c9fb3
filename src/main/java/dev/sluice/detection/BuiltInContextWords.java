package dev.sluice.detection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Built-in context words per entity type. A positive word near a finding (before or after it) raises its score; a
 * negative word right before a finding lowers it. Only the entity types whose matches are ambiguous in prose have
 * negative words: a dotted quad after "version" is a version number, a digit run after "order" is an order number.
 * Operators add their own words per detector with {@link DetectorTuning}.
 */
final class BuiltInContextWords {

    private static final Map<String, List<String>> POSITIVE = Map.ofEntries(
            Map.entry(EntityTypes.PHONE_NUMBER, List.of("phone", "call", "tel", "mobile", "cell", "fax", "ring",
                    "whatsapp", "telefon", "handy", "rückruf", "téléphone", "portable", "teléfono", "móvil",
                    "celular", "telefone", "telemóvel", "telefono", "cellulare", "電話", "携帯", "电话", "手机")),
            Map.entry(EntityTypes.CREDIT_CARD, List.of("card", "visa", "mastercard", "amex", "credit", "debit",
                    "karte", "carte", "tarjeta", "cartão", "carta", "カード")),
            Map.entry(EntityTypes.IBAN_CODE, List.of("iban", "account", "konto", "compte", "cuenta", "conta", "bank")),
            Map.entry(EntityTypes.US_SSN, List.of("ssn", "social security")),
            Map.entry(EntityTypes.IP_ADDRESS, List.of("ip", "host", "server", "client", "address", "from", "login")),
            Map.entry(EntityTypes.EMAIL_ADDRESS, List.of("email", "e-mail", "mail", "contact")),
            Map.entry(EntityTypes.PASSWORD, List.of("password", "passwd", "pwd", "passwort", "mot de passe",
                    "contraseña", "senha", "パスワード", "密码")));

    private static final Map<String, List<String>> NEGATIVE = Map.ofEntries(
            Map.entry(EntityTypes.IP_ADDRESS, List.of("version", "build", "release", "firmware")),
            Map.entry(EntityTypes.PHONE_NUMBER, List.of("order", "invoice", "tracking", "serial", "isbn", "version",
                    "build")));

    private static final Map<String, ContextWordList> POSITIVE_LISTS = lists(POSITIVE);
    private static final Map<String, ContextWordList> NEGATIVE_LISTS = lists(NEGATIVE);

    private BuiltInContextWords() {
    }

    /** Returns {@link #positive} with the lower-case forms computed once. */
    static ContextWordList positiveList(String entityType) {
        return POSITIVE_LISTS.getOrDefault(entityType, ContextWordList.EMPTY);
    }

    /** Returns {@link #negative} with the lower-case forms computed once. */
    static ContextWordList negativeList(String entityType) {
        return NEGATIVE_LISTS.getOrDefault(entityType, ContextWordList.EMPTY);
    }

    private static Map<String, ContextWordList> lists(Map<String, List<String>> words) {
        Map<String, ContextWordList> lists = new HashMap<>();
        words.forEach((entityType, list) -> lists.put(entityType, new ContextWordList(list)));
        return Map.copyOf(lists);
    }

    static List<String> positive(String entityType) {
        return POSITIVE.getOrDefault(entityType, List.of());
    }

    static List<String> negative(String entityType) {
        return NEGATIVE.getOrDefault(entityType, List.of());
    }
}
