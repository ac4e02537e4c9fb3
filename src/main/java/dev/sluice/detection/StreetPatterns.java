package dev.sluice.detection;

import com.google.re2j.Pattern;

/**
 * RE2/J patterns of street addresses, each applied anchored at a candidate start that
 * {@link StreetAddressDetector} chose. Group 1 of {@link #NUMBER_FIRST} ends at the street type of a US address,
 * before any unit, city, state or ZIP code.
 */
final class StreetPatterns {

    /** A capitalised word of a street or city name: "Lindenstraße", "O'Connell", "Saint-Germain". */
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{Mn}'’.-]*";

    /** A capitalised word of a city name, without a trailing full stop: "Berlin", "Saint-Denis". */
    private static final String CITY_WORD = "\\p{Lu}[\\p{L}\\p{Mn}'’-]*";

    /** A house number: "27", "14b", "12-14", "5/7". */
    private static final String HOUSE_NUMBER = "\\d{1,5}[a-zA-Z]?(?:[-/]\\d{1,4}[a-zA-Z]?)?\\b";

    private static final String US_STREET_TYPE = "(?:(?:Street|Avenue|Road|Boulevard|Drive|Lane|Way|Court|Place"
            + "|Terrace|Parkway|Highway|Circle|Square|Trail)\\b"
            + "|(?:St|Ave|Rd|Blvd|Dr|Ln|Ct|Pl|Ter|Pkwy|Hwy|Cir|Sq|Trl)\\b\\.?)";

    private static final String US_UNIT = "(?:,? (?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Rm|Room)\\.? ?#?[A-Za-z0-9-]{1,6}\\b"
            + "|,? #[A-Za-z0-9-]{1,6}\\b)";

    private static final String UK_POSTCODE = "[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}\\b";

    /** "Springfield, IL 62704" after a US street, or "London NW1 6XE" after a British one. */
    private static final String US_CITY_STATE_ZIP = "(?:,? " + CITY_WORD + "(?: " + CITY_WORD + "){0,2}"
            + "(?:,? [A-Z]{2}\\b(?: \\d{5}(?:-\\d{4})?\\b)?|,? " + UK_POSTCODE + "))";

    private static final String FRENCH_STREET_TYPE = "(?i:rue|avenue|av\\.|boulevard|bd|chemin|allée|allee|place|impasse"
            + "|quai|route|cours|passage)";

    private static final String FRENCH_PARTICLES = "(?:(?:de la |de l'|de l’|du |des |de |d'|d’|la |le |les |l'|l’|aux ))?";

    /** Postcode and city after a street: "10969 Berlin", "75011 Paris", "SW1A 1AA London", "1017 AB Amsterdam". */
    private static final String POSTCODE_CITY = "(?:,? (?:\\d{4}-\\d{3}|\\d{2}-\\d{3}|\\d{4} [A-Z]{2}\\b|(?:[A-Z]{1,2}-)?\\d{4,5}"
            + "|" + UK_POSTCODE + ")"
            + "(?: " + CITY_WORD + "(?:[ -]" + CITY_WORD + "){0,2})?"
            + "|, " + CITY_WORD + "(?: " + CITY_WORD + "){0,2} \\d{4,6}\\b)";

    /** US "1600 Pennsylvania Ave NW, Suite 200, Springfield, IL 62704" and French "12 rue de la Paix, 75002 Paris". */
    static final Pattern NUMBER_FIRST = Pattern.compile(
            "(\\d{1,6}[A-Za-z]?(?:-\\d{1,4})? (?:(?:N|S|E|W|North|South|East|West)\\.? )?"
            + "(?:" + NAME_WORD + "|\\d{1,3}(?:st|nd|rd|th)) (?:" + NAME_WORD + " ){0,3}" + US_STREET_TYPE
            + "(?: (?:N|S|E|W|NE|NW|SE|SW)\\b)?)(" + US_UNIT + "?" + US_CITY_STATE_ZIP + "?)"
            + "|\\d{1,5}(?: ?(?:bis|ter|[A-Za-z]))?,? " + FRENCH_STREET_TYPE + " " + FRENCH_PARTICLES + CITY_WORD
            + "(?:[ -](?:(?:de|du|des|la|le|les) )?" + CITY_WORD + "){0,4}" + POSTCODE_CITY + "?");

    /**
     * Street name first: German and Dutch compounds ("Lindenstraße 14b", "Keizersgracht 123"), a separate German
     * street word ("Berliner Straße 5"), a street type before the name ("Calle Mayor 5", "Via Roma 12", "Rua Augusta
     * 100", "Jl. Melati No. 27"), then an optional postcode and city.
     */
    static final Pattern STREET_FIRST = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}-]*(?:straße|strasse|str\\.|weg|gasse|platz|allee|damm|ufer|straat|laan|gracht|plein|kade"
            + "|singel)|(?:" + NAME_WORD + " ){1,2}(?:Straße|Strasse|Str\\.|Allee|Gasse|Chaussee)"
            + "|(?:Calle|C/|Carrer|Avenida|Avda\\.|Av\\.|Rua|Via|Viale|Piazza|Piazzale|Corso|Largo|Vicolo|Strada"
            + "|Travessa|Praça|Plaza|Paseo|Camino|Alameda|Rue|Avenue|Boulevard|Jl\\.|Jln\\.|Jalan) "
            + "(?:(?:de la|de los|de las|de|del|da|do|dos|das|di|della|delle|dei|degli|San|Santa|Santo|São) |dell'|d')?"
            + NAME_WORD + "(?: (?:(?:de|del|de la|da|do|dos|das|di|della|dei|e|y) )?" + NAME_WORD + "){0,4}"
            + ")"
            + ",? (?:(?:n\\.|nº|n°|No\\.|No|Nr\\.|núm\\.|número|numero) ?)?" + HOUSE_NUMBER
            + POSTCODE_CITY + "?");

    private StreetPatterns() {
    }
}
