package dev.sluice.detection;

import java.util.List;
import java.util.Objects;

/**
 * A list of terms the operator wants found as whole words, ignoring case and accents: customer names, product
 * names, a deny-list of people. The detector id is {@code dictionary:<name>}.
 *
 * @param name       short name, unique among dictionaries
 * @param entityType entity type the findings get, for example PERSON or CUSTOMER_NAME
 * @param category   what the pipeline does with a record that contains a term
 * @param terms      the terms; blank entries are rejected
 */
public record CustomDictionary(String name, String entityType, FindingCategory category, List<String> terms) {

    public CustomDictionary {
        Objects.requireNonNull(category, "category");
        CustomNames.requireName(name, "dictionary");
        CustomNames.requireEntityType(entityType, "dictionary '" + name + "'");
        terms = List.copyOf(terms);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("dictionary '" + name + "' has no terms");
        }
        for (String term : terms) {
            if (term == null || term.isBlank()) {
                throw new IllegalArgumentException("dictionary '" + name + "' contains an empty term; remove it");
            }
        }
    }
}
