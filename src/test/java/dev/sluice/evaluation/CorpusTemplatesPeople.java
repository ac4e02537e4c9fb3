package dev.sluice.evaluation;

import java.util.List;
import java.util.Map;

/**
 * Templates of the corpus for person names ({PERSON}, or {SURNAME} after a title), street addresses ({ADDRESS})
 * and dates of birth ({DOB}), per language, with negatives full of words that look like them: capitalised
 * common words that are also names, month names, street words in prose, version lists and dates without birth
 * context. {@link CorpusGenerator} renders them after the templates of {@link CorpusTemplates}; their unlabeled
 * placeholders ({PDATE}, {PORDER}...) draw from a generator of their own, so the examples of the other
 * templates keep their values.
 */
final class CorpusTemplatesPeople {

    /** Templates with at least one labeled placeholder. */
    static final Map<String, List<String>> POSITIVE = Map.of(
            "en", List.of(
                    "Hi {PERSON}, your annotation batch is ready for review.",
                    "UK customer, call the office and ask for {PERSON}.",
                    "Dear Mr. {SURNAME}, we received your data deletion request.",
                    "Thanks for the quick fix!\nBest regards,\n{PERSON}",
                    "Customer ({PERSON}): the export is missing two rows\nAgent: checking now",
                    "My name is {PERSON} and I cannot open the rubric.",
                    "Please ship the replacement headset to {ADDRESS}.",
                    "Billing address on the invoice: {ADDRESS}",
                    "Patient intake form: DOB {DOB}, no known allergies.",
                    "The rater copied the user's date of birth ({DOB}) into the notes.",
                    "She was born on {DOB}, the form says, and lives at {ADDRESS}."),
            "de", List.of(
                    "Hallo {PERSON}, die Annotationen sind fertig.",
                    "Hallo, ich bin die {PERSON} aus dem Support.",
                    "Frau {SURNAME} hat wegen der Rechnung angerufen.",
                    "Danke für die Hilfe!\nViele Grüße\n{PERSON}",
                    "Lieferadresse: {ADDRESS}. Bitte vor 18 Uhr liefern.",
                    "Geburtsdatum: {DOB}, Kundennummer {PORDER}.",
                    "Der Nutzer ist laut Formular geboren am {DOB}."),
            "fr", List.of(
                    "Bonjour {PERSON}, le lot est prêt.",
                    "Je m'appelle {PERSON} et je n'arrive plus à me connecter.",
                    "M. {SURNAME} a validé la grille hier.",
                    "Adresse de livraison : {ADDRESS}.",
                    "Date de naissance : {DOB}, dossier {PORDER}."),
            "es", List.of(
                    "Hola {PERSON}, ya revisé las etiquetas.",
                    "Me llamo {PERSON} y no puedo entrar.",
                    "Dirección de envío: {ADDRESS}.",
                    "Fecha de nacimiento: {DOB}."),
            "pt", List.of(
                    "Olá, sou a {PERSON} e preciso de ajuda com a conta.",
                    "Olá {PERSON}, a revisão terminou.",
                    "Morada para entrega: {ADDRESS}.",
                    "Data de nascimento: {DOB}."),
            "ja", List.of(
                    "{PERSON}さんに確認をお願いします。",
                    "担当の{PERSON}様からの依頼です。",
                    "生年月日：{DOB}、会員番号 {PORDER}。"),
            "hi", List.of(
                    "Hi {PERSON}, कृपया लेबल की समीक्षा करें।",
                    "ग्राहक का पता: {ADDRESS}",
                    "जन्म तिथि: {DOB}"));

    /** Templates with hard negatives only: the engine should report nothing in them. */
    static final Map<String, List<String>> NEGATIVE = Map.of(
            "en", List.of(
                    "Mark the task done. Will this work? May I ask why?",
                    "Grace periods end in April; the China region ships in June.",
                    "I live on Main Street near the station, 3 blocks away.",
                    "Sync 2 Google Drive folders before {PDATE}.",
                    "Hello World sample was released on {PDATE}, build {PBUILD}.",
                    "Hi team, please contact Support about ticket {PORDER}."),
            "de", List.of(
                    "Bitte auf die Versionen 2.3, 2.4 und 3.0 aktualisieren, Build {PBUILD}.",
                    "Der Weg zum Büro dauert 5 Minuten, Platz 3 im Ranking.",
                    "Hallo zusammen, das Release ist am {PDATE}."),
            "fr", List.of(
                    "Bonjour à tous, la version {PVERSION} sort le {PDATE}.",
                    "La rue était fermée pendant 3 heures lundi."),
            "es", List.of(
                    "Hola equipo, la calle estuvo cerrada 2 horas el {PDATE}."),
            "pt", List.of(
                    "Olá equipe, a versão {PVERSION} saiu em {PDATE}."),
            "ja", List.of(
                    "お客様各位、{PDATE}にメンテナンスを行います。"),
            "hi", List.of(
                    "रिलीज़ {PDATE} को हुई, संस्करण {PVERSION}।"));

    private CorpusTemplatesPeople() {
    }
}
