package dev.sluice.policy.vendor;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Line numbers of the keys of a YAML document, by dotted path ({@code entities.CREDIT_CARD.keep_last}), so that
 * errors found after binding can still name the line. List entries are indexed as {@code headers[2]}.
 */
final class YamlLines {

    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final int NOT_AN_ARRAY = -1;

    private final Map<String, Integer> lines;

    private YamlLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** Indexes {@code content}; a document that does not parse gets an empty index. */
    static YamlLines of(byte[] content) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(content)) {
            Deque<String> path = new ArrayDeque<>();
            Deque<int[]> arrayIndexes = new ArrayDeque<>();
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case FIELD_NAME -> {
                        String key = (path.isEmpty() ? "" : path.peekLast() + ".") + parser.currentName();
                        lines.put(key, parser.currentLocation().getLineNr());
                    }
                    case START_OBJECT, START_ARRAY -> {
                        String here = currentPath(parser, path, arrayIndexes);
                        path.addLast(here);
                        arrayIndexes.addLast(new int[] {token == JsonToken.START_ARRAY ? 0 : NOT_AN_ARRAY});
                        if (token == JsonToken.START_ARRAY) {
                            lines.putIfAbsent(here, parser.currentLocation().getLineNr());
                        }
                    }
                    case END_OBJECT, END_ARRAY -> {
                        path.pollLast();
                        arrayIndexes.pollLast();
                        advanceArrayIndex(arrayIndexes);
                    }
                    default -> {
                        String here = currentPath(parser, path, arrayIndexes);
                        lines.putIfAbsent(here, parser.currentLocation().getLineNr());
                        advanceArrayIndex(arrayIndexes);
                    }
                }
            }
        } catch (IOException e) {
            return new YamlLines(Map.of());
        }
        return new YamlLines(lines);
    }

    /** Returns the line of {@code path} or of its nearest parent that has one, or 0 when none does. */
    int lineOf(String path) {
        String current = path;
        while (!current.isEmpty()) {
            Integer line = lines.get(current);
            if (line != null) {
                return line;
            }
            int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            current = cut < 0 ? "" : current.substring(0, cut);
        }
        return 0;
    }

    private static String currentPath(JsonParser parser, Deque<String> path, Deque<int[]> arrayIndexes)
            throws IOException {
        String parent = path.isEmpty() ? "" : path.peekLast();
        int[] index = arrayIndexes.isEmpty() ? null : arrayIndexes.peekLast();
        if (index != null && index[0] != NOT_AN_ARRAY) {
            return parent + "[" + index[0] + "]";
        }
        String name = parser.currentName();
        if (name == null) {
            return parent;
        }
        return parent.isEmpty() ? name : parent + "." + name;
    }

    private static void advanceArrayIndex(Deque<int[]> arrayIndexes) {
        int[] index = arrayIndexes.isEmpty() ? null : arrayIndexes.peekLast();
        if (index != null && index[0] != NOT_AN_ARRAY) {
            index[0]++;
        }
    }
}
