package dev.sluice.policy.vendor;

import java.util.ArrayList;
import java.util.List;

/**
 * A path to a value inside an Avro record, or a pattern of such paths, written as in a policy file:
 * {@code prompt}, {@code annotator.notes}, {@code messages[*].content}, {@code metadata.*}, {@code labels[*]}.
 *
 * <ul>
 *   <li>A name steps into a record field or a map key.</li>
 *   <li>{@code *} matches any record field or map key at its level.</li>
 *   <li>{@code [*]} steps into every element of an array.</li>
 * </ul>
 * A pattern also covers everything below the value it names, so {@code annotator} covers {@code annotator.notes}.
 * When several patterns match a path, the most specific one decides (see {@link #compareSpecificity} and
 * {@link VendorPolicy#actionFor}), whatever their order in the policy file.
 */
public final class FieldPath {

    /** Segment of a path: a name, any name, or any array element. */
    sealed interface Segment permits Name, AnyName, Element {
    }

    /** A record field or map key. */
    record Name(String name) implements Segment {
    }

    /** Any record field or map key. */
    record AnyName() implements Segment {
    }

    /** Every element of an array. */
    record Element() implements Segment {
    }

    private static final String ELEMENT = "[*]";

    /** Name that stands for every key of a map when a schema, not a record, is walked. */
    public static final String ANY_KEY = "*";

    private final List<Segment> segments;
    private final String text;

    private FieldPath(List<Segment> segments, String text) {
        this.segments = List.copyOf(segments);
        this.text = text;
    }

    /**
     * Parses a path as written in a policy.
     *
     * @throws IllegalArgumentException naming what is wrong, for example an empty segment or an index other than *
     */
    public static FieldPath parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("field path is empty");
        }
        List<Segment> segments = new ArrayList<>();
        for (String part : splitOnDots(text.strip())) {
            String rest = part;
            int bracket = rest.indexOf('[');
            String name = bracket < 0 ? rest : rest.substring(0, bracket);
            String elements = bracket < 0 ? "" : rest.substring(bracket);
            if (name.isEmpty()) {
                throw new IllegalArgumentException("field path '" + text + "' has an empty segment; write names "
                        + "separated by single dots, for example messages[*].content");
            }
            segments.add(name.equals("*") ? new AnyName() : new Name(requireName(name, text)));
            while (!elements.isEmpty()) {
                if (!elements.startsWith(ELEMENT)) {
                    throw new IllegalArgumentException("field path '" + text + "' has '" + elements + "'; the only "
                            + "array index a policy can name is [*] (every element)");
                }
                segments.add(new Element());
                elements = elements.substring(ELEMENT.length());
            }
        }
        return new FieldPath(segments, text.strip());
    }

    /** Returns the path of a concrete value: record fields and map keys by name, array elements as [*]. */
    public static FieldPath of(List<Segment> segments) {
        StringBuilder text = new StringBuilder();
        for (Segment segment : segments) {
            if (segment instanceof Element) {
                text.append(ELEMENT);
            } else {
                text.append(text.length() == 0 ? "" : ".").append(segment instanceof Name name ? name.name() : "*");
            }
        }
        return new FieldPath(segments, text.toString());
    }

    /** Returns this path extended by a field or map key. */
    public FieldPath child(String name) {
        List<Segment> extended = new ArrayList<>(segments);
        extended.add(new Name(name));
        return of(extended);
    }

    /** Returns this path extended into the elements of an array. */
    public FieldPath element() {
        List<Segment> extended = new ArrayList<>(segments);
        extended.add(new Element());
        return of(extended);
    }

    /** Returns whether this pattern covers {@code path}: it matches the path itself or a value above it. */
    public boolean covers(FieldPath path) {
        return segments.size() <= path.segments.size() && matchesFirst(path, segments.size());
    }

    /**
     * Returns whether this pattern names something strictly below {@code path}: {@code messages[*].content} is below
     * {@code messages}. A {@code *} in {@code path} (a map's values in a schema) stands for any key.
     */
    public boolean mayMatchBelow(FieldPath path) {
        return segments.size() > path.segments.size() && matchesFirst(path, path.segments.size());
    }

    private boolean matchesFirst(FieldPath path, int count) {
        for (int i = 0; i < count; i++) {
            Segment pattern = segments.get(i);
            Segment actual = path.segments.get(i);
            boolean anyKey = actual instanceof Name name && name.name().equals(ANY_KEY) && pattern instanceof Name;
            boolean same = pattern instanceof AnyName ? !(actual instanceof Element) : anyKey || pattern.equals(actual);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** Returns the number of segments. */
    public int length() {
        return segments.size();
    }

    /**
     * Compares how specific two patterns are: the longer one is more specific, and of two equally long ones, the one
     * whose first differing segment is a name rather than {@code *}. {@code metadata.temp} is more specific than
     * {@code metadata.*}, and {@code a.b.*} than {@code a.*.c}. Returns a positive number if this pattern is the more
     * specific one, and 0 if the two are the same pattern.
     */
    public int compareSpecificity(FieldPath other) {
        if (segments.size() != other.segments.size()) {
            return Integer.compare(segments.size(), other.segments.size());
        }
        for (int i = 0; i < segments.size(); i++) {
            boolean mineIsWildcard = segments.get(i) instanceof AnyName;
            boolean theirsIsWildcard = other.segments.get(i) instanceof AnyName;
            if (mineIsWildcard != theirsIsWildcard) {
                return mineIsWildcard ? -1 : 1;
            }
        }
        return 0;
    }

    List<Segment> segments() {
        return segments;
    }

    private static List<String> splitOnDots(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', start)) {
            parts.add(text.substring(start, dot));
            start = dot + 1;
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static String requireName(String name, String path) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean valid = Character.isLetterOrDigit(c) || c == '_' || c == '-';
            if (!valid) {
                throw new IllegalArgumentException("field path '" + path + "' has the name '" + name + "'; names "
                        + "may contain letters, digits, '_' and '-', and * stands for any name");
            }
        }
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldPath path && path.segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
