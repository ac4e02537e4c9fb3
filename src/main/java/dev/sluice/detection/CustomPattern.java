package dev.sluice.detection;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.List;
import java.util.Objects;

/**
 * A pattern the operator adds to the catalogue, for example an employee id format. It is compiled with RE2/J, so it
 * runs in time linear in the text whatever its shape, and it is checked when the settings load.
 *
 * @param name         short name, unique among custom patterns; the detector id is {@code pattern:<name>}
 * @param entityType   entity type the findings get, upper case with digits and '_', for example EMPLOYEE_ID
 * @param category     what the pipeline does with a record that contains a finding
 * @param regex        RE2 syntax; must not match the empty string
 * @param score        score of each finding before context words, in [0, 1]
 * @param contextWords words that raise the score when they appear near a match
 */
public record CustomPattern(String name, String entityType, FindingCategory category, String regex, double score,
        List<String> contextWords) {

    public CustomPattern {
        Objects.requireNonNull(category, "category");
        CustomNames.requireName(name, "custom pattern");
        CustomNames.requireEntityType(entityType, "custom pattern '" + name + "'");
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("custom pattern '" + name + "': score must be between 0 and 1, got "
                    + score);
        }
        compile(name, regex);
        contextWords = List.copyOf(contextWords);
    }

    /** Returns the compiled pattern; {@link #regex} was checked when this record was made. */
    Pattern compiled() {
        return compile(name, regex);
    }

    private static Pattern compile(String name, String regex) {
        if (regex == null || regex.isEmpty()) {
            throw new IllegalArgumentException("custom pattern '" + name + "': pattern is empty");
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("custom pattern '" + name + "': not a valid RE2 pattern ("
                    + e.getDescription() + "). RE2 has no backreferences or lookaround; see "
                    + "https://github.com/google/re2/wiki/Syntax", e);
        }
        if (pattern.matcher("").find()) {
            throw new IllegalArgumentException("custom pattern '" + name + "': pattern matches the empty string, "
                    + "so it would match everywhere; require at least one char, for example use + instead of *");
        }
        return pattern;
    }
}
