package dev.sluice.detection;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * First names and last names of several locales, read once from the YAML resources of the Datafaker jar
 * (entries such as {@code de.yml: de.faker.name.first_name}). Person detection uses them to accept a
 * capitalised word after a weak context word ("Hi", "contact"), and the surnames of Japanese, Chinese and
 * Korean to accept a name before an honorific. Lookups ignore letter case.
 */
final class NameDictionary {

    /** Datafaker resources whose name section is read, one per locale. */
    private static final List<String> LATIN_RESOURCES = List.of("en/name.yml", "de.yml", "fr.yml", "es.yml",
            "it.yml", "pt.yml", "pt-BR.yml", "nl.yml", "id.yml", "en-IN.yml", "en-NG.yml", "pl.yml", "tr.yml",
            "sv.yml");
    private static final List<String> CJK_RESOURCES = List.of("ja.yml", "zh-CN.yml", "ko.yml");

    private static final NameDictionary SHARED = load();

    private final Set<String> firstNames;
    private final Set<String> lastNames;
    private final Set<String> cjkSurnames;

    private NameDictionary(Set<String> firstNames, Set<String> lastNames, Set<String> cjkSurnames) {
        this.firstNames = firstNames;
        this.lastNames = lastNames;
        this.cjkSurnames = cjkSurnames;
    }

    /** Returns the dictionary, loaded when this class is first used. */
    static NameDictionary shared() {
        return SHARED;
    }

    boolean isFirstName(String word) {
        return firstNames.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isLastName(String word) {
        return lastNames.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Returns whether {@code surname} (one to two Han or Hangul chars) is a Japanese, Chinese or Korean surname. */
    boolean isCjkSurname(String surname) {
        return cjkSurnames.contains(surname);
    }

    private static NameDictionary load() {
        Set<String> first = new HashSet<>();
        Set<String> last = new HashSet<>();
        Set<String> cjk = new HashSet<>();
        for (String resource : LATIN_RESOURCES) {
            DatafakerNameLists.Names names = DatafakerNameLists.read(resource);
            addLowerCase(names.first(), first);
            addLowerCase(names.last(), last);
        }
        for (String resource : CJK_RESOURCES) {
            cjk.addAll(DatafakerNameLists.read(resource).last());
        }
        return new NameDictionary(Set.copyOf(first), Set.copyOf(last), Set.copyOf(cjk));
    }

    private static void addLowerCase(List<String> names, Set<String> target) {
        names.forEach(name -> target.add(name.toLowerCase(Locale.ROOT)));
    }

    /** Returns the number of first names, last names and CJK surnames, for tests that check the lists were read. */
    int[] sizes() {
        return new int[] {firstNames.size(), lastNames.size(), cjkSurnames.size()};
    }
}
