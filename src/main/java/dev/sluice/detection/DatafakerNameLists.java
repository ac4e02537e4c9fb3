package dev.sluice.detection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the name lists of one Datafaker locale file, such as {@code de.yml}, without a YAML parser. Those files
 * put the lists under {@code <locale>: faker: name:} with the fixed indentation of 4 spaces for {@code name:} and
 * 6 for its keys, each list written as a flow sequence ({@code [Abel, "Abt", ...]}, possibly over several lines)
 * or as block items ({@code - "Aaron"}). A general YAML parser took seconds for the few megabytes involved, this
 * reader takes milliseconds.
 */
final class DatafakerNameLists {

    private static final String SECTION_LINE = "    name:";
    private static final int SECTION_INDENT = 4;
    private static final int KEY_INDENT = 6;
    private static final String FIRST_NAME = "first_name";
    private static final String LAST_NAME = "last_name";
    /** Marks a Datafaker entry that refers to another list ("#{female_first_name}") rather than naming anyone. */
    private static final String REFERENCE_MARK = "#{";

    private DatafakerNameLists() {
    }

    /** The first names and the last names of one locale file. */
    record Names(List<String> first, List<String> last) {
    }

    /**
     * Returns the entries of the lists in the name section whose key contains "first_name" ("male_first_name"
     * too) and of those whose key contains "last_name".
     */
    static Names read(String resource) {
        try (InputStream stream = DatafakerNameLists.class.getClassLoader().getResourceAsStream(resource)) {
            if (stream == null) {
                throw new IllegalStateException("name list " + resource + " is missing from the classpath; "
                        + "it comes with the net.datafaker:datafaker jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            return entries(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read name list " + resource, e);
        }
    }

    private static Names entries(BufferedReader reader) throws IOException {
        Names names = new Names(new ArrayList<>(), new ArrayList<>());
        boolean inSection = false;
        List<String> list = null;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int indent = indentOf(line);
            if (line.equals(SECTION_LINE) || line.startsWith(SECTION_LINE + " ")) {
                inSection = true;
                continue;
            }
            if (!inSection) {
                continue;
            }
            if (indent <= SECTION_INDENT) {
                break;
            }
            String content = line.strip();
            if (indent == KEY_INDENT && !content.startsWith("-") && content.indexOf(':') > 0) {
                list = listOf(content.substring(0, content.indexOf(':')), names);
                if (list != null) {
                    addItems(content.substring(content.indexOf(':') + 1), list);
                }
                continue;
            }
            if (list != null) {
                addItems(content, list);
            }
        }
        return names;
    }

    private static List<String> listOf(String key, Names names) {
        if (key.contains(FIRST_NAME)) {
            return names.first();
        }
        return key.contains(LAST_NAME) ? names.last() : null;
    }

    /** Adds the names of a piece of a flow sequence ("[Abel, Abt,") or of one block item ("- Aaron"). */
    private static void addItems(String piece, List<String> names) {
        String items = piece.strip();
        if (items.startsWith("- ")) {
            addName(items.substring(2), names);
            return;
        }
        if (items.startsWith("[")) {
            items = items.substring(1);
        }
        if (items.endsWith("]")) {
            items = items.substring(0, items.length() - 1);
        }
        int start = 0;
        while (start <= items.length()) {
            int comma = items.indexOf(',', start);
            int end = comma < 0 ? items.length() : comma;
            addName(items.substring(start, end), names);
            start = end + 1;
        }
    }

    private static void addName(String raw, List<String> names) {
        String name = raw.strip();
        if (name.length() >= 2 && (name.charAt(0) == '"' || name.charAt(0) == '\'')
                && name.charAt(name.length() - 1) == name.charAt(0)) {
            name = name.substring(1, name.length() - 1).strip();
        }
        if (!name.isEmpty() && !name.contains(REFERENCE_MARK)) {
            names.add(name);
        }
    }

    private static int indentOf(String line) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        return indent;
    }
}
