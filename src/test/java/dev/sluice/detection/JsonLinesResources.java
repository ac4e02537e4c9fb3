package dev.sluice.detection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the JSON Lines resources of the detection tests: one JSON value per line, blank lines skipped. */
final class JsonLinesResources {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLinesResources() {
    }

    /** Returns the values of the classpath resource {@code resource}, in file order. */
    static List<JsonNode> read(String resource) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        try (InputStream stream = JsonLinesResources.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    nodes.add(JSON.readTree(line));
                }
            }
        }
        return nodes;
    }
}
