package dev.sluice.detection;

/**
 * Checks the names operators give custom patterns and dictionaries and the entity types they report. The checks
 * are plain char loops: these strings come from configuration and end up in detector ids and metric tags.
 */
final class CustomNames {

    private static final int MAX_LENGTH = 64;

    private CustomNames() {
    }

    /** Checks that a name is 1 to 64 lower-case ASCII letters, digits, '-' and '_', starting with a letter. */
    static void requireName(String name, String owner) {
        boolean valid = name != null && !name.isEmpty() && name.length() <= MAX_LENGTH
                && name.charAt(0) >= 'a' && name.charAt(0) <= 'z';
        for (int i = 0; valid && i < name.length(); i++) {
            char c = name.charAt(i);
            valid = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        }
        if (!valid) {
            throw new IllegalArgumentException(owner + " name '" + name + "' is invalid: use 1 to " + MAX_LENGTH
                    + " lower-case letters, digits, '-' and '_', starting with a letter, for example employee-id");
        }
    }

    /** Checks that an entity type is 1 to 64 upper-case ASCII letters, digits and '_', starting with a letter. */
    static void requireEntityType(String entityType, String owner) {
        boolean valid = entityType != null && !entityType.isEmpty() && entityType.length() <= MAX_LENGTH
                && entityType.charAt(0) >= 'A' && entityType.charAt(0) <= 'Z';
        for (int i = 0; valid && i < entityType.length(); i++) {
            char c = entityType.charAt(i);
            valid = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        if (!valid) {
            throw new IllegalArgumentException(owner + ": entity type '" + entityType + "' is invalid: use upper-case "
                    + "letters, digits and '_', starting with a letter, for example EMPLOYEE_ID");
        }
    }
}
