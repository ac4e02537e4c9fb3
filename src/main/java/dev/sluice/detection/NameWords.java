package dev.sluice.detection;

import java.util.List;

/**
 * Capitalised words that the name lists contain but that are far more often ordinary words. A word of
 * {@link #AMBIGUOUS} ("May", "Will", "Mark", "China") is a name only with strong context: a title, "my name is",
 * a following surname, or a greeting whose clause ends right after it. A word of {@link #NEVER_NAME} (articles,
 * pronouns, month and weekday names, "Team", "Sir") is never taken as a name token at all.
 */
final class NameWords {

    private static final LowerCaseWordSet AMBIGUOUS = new LowerCaseWordSet(List.of(
            "may", "will", "mark", "bill", "april", "june", "july", "august", "grace", "summer", "china", "rose",
            "hope", "joy", "faith", "art", "pat", "sue", "guy", "jack", "frank", "dean", "ray", "rich", "long",
            "young", "king", "lane", "page", "sky", "dawn", "eve", "holly", "ivy", "lily", "iris", "ruby", "amber",
            "pearl", "crystal", "jade", "hazel", "penny", "angel", "melody", "honey", "candy", "cherry", "ginger",
            "olive", "chance", "chase", "cliff", "drew", "gene", "glen", "grant", "hunter", "lance", "miles",
            "norman", "reed", "rod", "sage", "skip", "ward", "wade", "warren", "willow", "robin", "sandy", "paris",
            "florence", "sydney", "austin", "dallas", "houston", "phoenix", "madison", "victoria", "virginia",
            "carolina", "dakota", "chelsea", "kent", "lincoln", "washington", "jackson", "storm", "star", "sun",
            "moon", "forest", "kenya", "fine", "can", "brown", "white", "green", "black", "bond", "price", "hill",
            "best", "free", "well", "back", "bank", "post", "last", "go", "rust", "swift", "java", "jordan",
            "georgia", "india", "israel", "germany", "france", "spain", "italy", "berlin", "london", "milan",
            "ernst", "klein", "lange", "schwarz", "weiss", "mai", "juli", "juni", "max", "toby", "rocky", "sunny",
            "misty", "stormy", "harmony", "destiny", "precious", "princess", "major", "earl", "duke", "prince",
            "baron", "bishop", "noble", "royal", "sterling", "justice", "liberty", "trinity", "unity", "patience",
            "prudence", "charity", "constance", "verity", "felicity", "clement"));

    private static final LowerCaseWordSet NEVER_NAME = new LowerCaseWordSet(List.of(
            "the", "a", "an", "and", "or", "but", "if", "so", "to", "of", "in", "on", "at", "by", "for", "with",
            "from", "as", "is", "are", "was", "were", "be", "this", "that", "these", "those", "there", "here",
            "it", "its", "i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them", "my", "our",
            "your", "his", "their", "what", "when", "where", "who", "why", "how", "which", "not", "no", "yes",
            "ok", "okay", "please", "thanks", "thank", "hi", "hello", "hey", "dear", "regards", "cheers",
            "team", "all", "everyone", "everybody", "folks", "guys", "world", "sir", "madam", "madame", "ma'am",
            "customer", "client", "user", "agent", "support", "admin", "staff", "colleague", "colleagues",
            "friends", "friend", "there", "bot", "assistant", "system", "mr", "mrs", "ms", "dr", "prof",
            "herr", "frau", "monsieur", "señor", "señora", "signor", "signora", "der", "die", "das", "le", "la",
            "les", "el", "los", "las", "il", "lo", "os", "as", "um", "uma", "un", "une", "ein", "eine",
            "january", "february", "march", "september", "october", "november", "december",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "januar", "februar", "märz", "oktober", "dezember", "montag", "dienstag", "mittwoch", "donnerstag",
            "freitag", "samstag", "sonntag", "janvier", "février", "mars", "avril", "juin", "juillet", "août",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "enero", "febrero", "marzo",
            "abril", "mayo", "junio", "julio", "agosto", "lunes", "martes", "miércoles", "jueves", "viernes",
            "sábado", "domingo", "gennaio", "febbraio", "maggio", "giugno", "luglio", "janeiro", "fevereiro",
            "março", "maio", "junho", "julho", "alle", "tutti", "todos", "tous", "zusammen", "equipe", "équipe",
            "equipo", "kunde", "kundin", "cliente", "utente", "usuario", "utilisateur", "und", "oder", "et", "ou",
            "y", "e", "o", "ich", "je", "yo", "io", "eu", "could", "would", "should", "just",
            "also", "again", "today", "tomorrow", "yesterday", "morning", "evening", "afternoon", "night",
            "good", "great", "sorry", "new", "old", "next", "last", "first", "see", "let", "re", "fw", "fwd",
            "note", "ticket", "order", "update", "issue", "error", "happy", "sure", "ready", "here's", "it's",
            "i'm", "we're", "you're", "don't", "can't", "apt", "apartment", "suite", "ste", "unit", "floor", "room"));

    private NameWords() {
    }

    /** Returns whether {@code word} is in the name lists but is usually an ordinary word. */
    static boolean isAmbiguous(String word) {
        return AMBIGUOUS.contains(word, 0, word.length());
    }

    /** Returns whether {@code word} is never part of a name. */
    static boolean isNeverName(String word) {
        return isNeverName(word, 0, word.length());
    }

    /** Returns whether {@code text[start, end)} is never part of a name, without copying the span. */
    static boolean isNeverName(CharSequence text, int start, int end) {
        return NEVER_NAME.contains(text, start, end);
    }
}
