package dev.sluice.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates invented person names, street addresses and dates of birth for the corpus, in the conventions of
 * each corpus language. Names combine common first names and surnames at random; streets, cities and postcodes
 * are made up. Each value is a {@link ValueGenerator.Piece} without wrapper text.
 */
final class PeopleValues {

    private static final Map<String, List<String>> FIRST_NAMES = Map.of(
            "en", List.of("Priya", "Daniel", "Hannah", "Marcus", "Olivia", "Rahul", "Sophie", "Ethan"),
            "de", List.of("Lena", "Jonas", "Katrin", "Matthias", "Anja", "Tobias", "Julia", "Florian"),
            "fr", List.of("Claire", "Julien", "Camille", "Mathieu", "Chloé", "Nicolas", "Élodie", "Thomas"),
            "es", List.of("Lucía", "Javier", "Carmen", "Sergio", "Marta", "Pablo", "Elena", "Diego"),
            "pt", List.of("Ana", "João", "Beatriz", "Rafael", "Mariana", "Tiago", "Inês", "Bruno"),
            "hi", List.of("Priya", "Rahul", "Ananya", "Vikram", "Neha", "Arjun", "Kavya", "Rohan"));

    private static final Map<String, List<String>> LAST_NAMES = Map.of(
            "en", List.of("Whitfield", "Okafor", "Brennan", "Sharma", "Castillo", "Lindqvist", "Harper", "Nguyen"),
            "de", List.of("Kessler", "Brandt", "Hoffmann", "Vogel", "Schuster", "Lange", "Krüger", "Becker"),
            "fr", List.of("Dubois", "Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Mercier", "Blanc"),
            "es", List.of("Gómez", "Navarro", "Ortega", "Serrano", "Vidal", "Castro", "Romero", "Molina"),
            "pt", List.of("Silva", "Pereira", "Carvalho", "Ferreira", "Almeida", "Ribeiro", "Lopes", "Moreira"),
            "hi", List.of("Sharma", "Verma", "Iyer", "Nair", "Gupta", "Reddy", "Mehta", "Kapoor"));

    private static final List<String> JAPANESE_NAMES = List.of("田中", "佐藤", "鈴木", "高橋", "山田太郎", "中村",
            "小林", "伊藤");

    private static final List<String> STREET_WORDS = List.of("Linden", "Birken", "Ahorn", "Eichen", "Rosen",
            "Garten", "Schiller", "Mozart");
    private static final List<String> CITY_WORDS = List.of("Springfield", "Riverton", "Lakeside", "Millbrook",
            "Fairview", "Oakridge", "Brookfield", "Ashford");
    private static final List<String> US_STREETS = List.of("Maple", "Evergreen", "Willow", "Cedar", "Harbor",
            "Juniper", "Orchard", "Sycamore");
    private static final List<String> US_TYPES = List.of("Street", "St", "Avenue", "Ave", "Road", "Blvd",
            "Drive", "Lane", "Way", "Ct");
    private static final List<String> STATES = List.of("IL", "OR", "TX", "NY", "WA", "CO");
    private static final List<String> ROMANCE_NAMES = List.of("Mayor", "Roma", "Augusta", "Verdi", "Garibaldi",
            "Colón", "Alegria", "Luna");

    private final ValueGenerator values;
    private final Random random;

    PeopleValues(Random random) {
        this.random = random;
        this.values = new ValueGenerator(random);
    }

    /** A first name and a surname, or only a first name, in the conventions of {@code language}. */
    ValueGenerator.Piece person(String language) {
        if (language.equals("ja")) {
            return ValueGenerator.Piece.of(values.pick(JAPANESE_NAMES));
        }
        String first = values.pick(FIRST_NAMES.get(language));
        String last = values.pick(LAST_NAMES.get(language));
        return ValueGenerator.Piece.of(random.nextInt(4) == 0 ? first : first + " " + last);
    }

    /** A surname alone, for templates with a title ("Mr.", "Frau", "M."). */
    ValueGenerator.Piece surname(String language) {
        return ValueGenerator.Piece.of(values.pick(LAST_NAMES.get(language)));
    }

    /** A street address in one of the formats used where {@code language} is spoken, or a US one. */
    ValueGenerator.Piece address(String language) {
        int house = values.between(1, 480);
        return switch (language) {
            case "de" -> ValueGenerator.Piece.of(germanAddress(house));
            case "fr" -> ValueGenerator.Piece.of(house + " rue " + (random.nextBoolean() ? "de la " : "des ")
                    + values.pick(List.of("Paix", "Fontaines", "Tilleuls", "République")) + ", "
                    + values.between(10, 95) + "0" + values.between(10, 99) + " " + values.pick(CITY_WORDS));
            case "es" -> ValueGenerator.Piece.of("Calle " + values.pick(ROMANCE_NAMES) + " " + house + ", "
                    + values.between(10, 52) + "0" + values.between(10, 99) + " " + values.pick(CITY_WORDS));
            case "pt" -> ValueGenerator.Piece.of("Rua " + values.pick(ROMANCE_NAMES) + " " + house + ", "
                    + values.between(1000, 9999) + "-" + values.between(100, 999) + " " + values.pick(CITY_WORDS));
            default -> ValueGenerator.Piece.of(otherAddress(house));
        };
    }

    private String germanAddress(int house) {
        String street = values.pick(STREET_WORDS) + values.pick(List.of("straße", "weg", "gasse", "allee", "platz"));
        String suffix = random.nextInt(3) == 0 ? values.pick(List.of("a", "b", "c")) : "";
        String postcode = random.nextInt(4) == 0 ? "" : ", " + values.between(10_000, 99_999) + " "
                + values.pick(CITY_WORDS);
        return street + " " + house + suffix + postcode;
    }

    private String otherAddress(int house) {
        return switch (random.nextInt(5)) {
            case 0 -> house + " " + values.pick(US_STREETS) + " " + values.pick(US_TYPES) + ", "
                    + values.pick(CITY_WORDS) + ", " + values.pick(STATES) + " " + values.between(10_000, 99_999);
            case 1 -> house + " " + values.pick(US_STREETS) + " " + values.pick(US_TYPES) + ", Apt "
                    + values.between(1, 30) + values.pick(List.of("A", "B", "C"));
            case 2 -> "Via " + values.pick(ROMANCE_NAMES) + " " + house + ", " + values.between(10_000, 99_999) + " "
                    + values.pick(CITY_WORDS);
            case 3 -> "Jl. " + values.pick(List.of("Melati", "Mawar", "Kenanga", "Anggrek")) + " No. " + house + ", "
                    + values.pick(CITY_WORDS) + " " + values.between(10_000, 99_999);
            default -> values.pick(List.of("Keizers", "Heren", "Prinsen")) + "gracht " + house + ", "
                    + values.between(1000, 9999) + " " + values.pick(List.of("AB", "CJ", "KL")) + " "
                    + values.pick(CITY_WORDS);
        };
    }

    /** A valid date of birth between 1940 and 2005, written as people of {@code language} write dates. */
    ValueGenerator.Piece dateOfBirth(String language) {
        int year = values.between(1940, 2005);
        int month = values.between(1, 12);
        int day = values.between(1, 28);
        String iso = String.format("%d-%02d-%02d", year, month, day);
        return ValueGenerator.Piece.of(switch (language) {
            case "en" -> switch (random.nextInt(3)) {
                case 0 -> iso;
                case 1 -> String.format("%02d/%02d/%d", month, day, year);
                default -> englishMonth(month) + " " + day + ", " + year;
            };
            case "de" -> random.nextBoolean() ? String.format("%02d.%02d.%d", day, month, year)
                    : day + ". " + germanMonth(month) + " " + year;
            case "ja" -> year + "年" + month + "月" + day + "日";
            default -> random.nextBoolean() ? String.format("%02d/%02d/%d", day, month, year) : iso;
        });
    }

    private static String englishMonth(int month) {
        return List.of("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December").get(month - 1);
    }

    private static String germanMonth(int month) {
        return List.of("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                "Oktober", "November", "Dezember").get(month - 1);
    }
}
