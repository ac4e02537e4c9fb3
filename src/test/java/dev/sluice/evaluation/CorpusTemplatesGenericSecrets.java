package dev.sluice.evaluation;

import java.util.List;
import java.util.Map;

/**
 * Templates of the corpus for high-entropy secrets that no vendor-specific detector recognises ({GENSECRET}), in
 * prose near a credential word, per language. Negatives put high-entropy ids next to the same words without a
 * secret: UUIDs, commit hashes and digests. Their values draw from a generator of their own, so adding these
 * templates leaves the other examples as they were.
 */
final class CorpusTemplatesGenericSecrets {

    static final Map<String, List<String>> POSITIVE = Map.of(
            "en", List.of(
                    "The API token for the staging bucket is {GENSECRET}, please rotate it after the demo.",
                    "Vendor onboarding note: their webhook secret {GENSECRET} was pasted into the chat."),
            "de", List.of("Das Token für die Staging-Umgebung lautet {GENSECRET}, bitte danach rotieren."),
            "fr", List.of("Le token du compte de test est {GENSECRET}, merci de le changer."),
            "es", List.of("El token de la API de pruebas es {GENSECRET}, cámbialo después."),
            "pt", List.of("O token da API de testes é {GENSECRET}, troque depois da demo."),
            "ja", List.of("ステージング用のAPI token は {GENSECRET} です。デモの後で再発行してください。"),
            "hi", List.of("स्टेजिंग का API token {GENSECRET} है, डेमो के बाद इसे बदल दें।"));

    static final Map<String, List<String>> NEGATIVE = Map.of(
            "en", List.of("The token request {GUUID} failed; see commit {GCOMMIT} for the fix."),
            "de", List.of("Die Token-Anfrage {GUUID} schlug fehl, Commit {GCOMMIT} behebt das."),
            "fr", List.of("La requête de token {GUUID} a échoué, voir le commit {GCOMMIT}."),
            "es", List.of("La petición de token {GUUID} falló; el commit {GCOMMIT} lo arregla."),
            "pt", List.of("O pedido de token {GUUID} falhou; o commit {GCOMMIT} corrige."),
            "ja", List.of("token 要求 {GUUID} が失敗しました。commit {GCOMMIT} で修正済みです。"),
            "hi", List.of("token अनुरोध {GUUID} विफल रहा; commit {GCOMMIT} में सुधार है।"));

    private CorpusTemplatesGenericSecrets() {
    }
}
