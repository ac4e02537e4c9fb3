package dev.sluice.schemaregistry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import org.apache.avro.Schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

/**
 * Schema Registry stand-in on 127.0.0.1 that serves the v1 endpoints Sluice uses with the status codes, error bodies
 * and extra response fields that Confluent documents, and records every request it receives.
 */
final class StubSchemaRegistry implements AutoCloseable {

    /** One request as the stub received it. */
    record RecordedRequest(String method, String rawPath, String contentType, String authorization, String body) {
    }

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<String> clusterHeaders = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private final Map<String, Integer> idsBySchemaText = new HashMap<>();
    private final Map<Integer, String> schemaTextById = new HashMap<>();
    private final Map<String, List<Integer>> versionsBySubject = new HashMap<>();
    private final Set<String> incompatibleSubjects = new HashSet<>();
    private final Set<String> invalidSchemaSubjects = new HashSet<>();
    private final Map<Integer, String> foreignSchemaTypes = new HashMap<>();
    private final AtomicInteger unavailableResponsesLeft = new AtomicInteger();
    private final AtomicInteger hangingResponsesLeft = new AtomicInteger();
    private final CountDownLatch releaseHangingResponses = new CountDownLatch(1);
    private volatile String requiredAuthorization;
    private volatile int oversizedBodyBytes;
    private int nextId = 1;

    StubSchemaRegistry() throws IOException {
        this(null);
    }

    /** Starts the stub over HTTPS with {@code sslContext}, or over plain HTTP when it is null. */
    StubSchemaRegistry(SSLContext sslContext) throws IOException {
        this(sslContext, false);
    }

    /**
     * Starts the stub over HTTPS with {@code sslContext}, or over plain HTTP when it is null. With
     * {@code needClientAuth}, the TLS handshake fails unless the client presents a certificate that the trust
     * managers of {@code sslContext} accept.
     */
    StubSchemaRegistry(SSLContext sslContext, boolean needClientAuth) throws IOException {
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", 0);
        if (sslContext == null) {
            server = HttpServer.create(address, 0);
        } else {
            HttpsServer httpsServer = HttpsServer.create(address, 0);
            httpsServer.setHttpsConfigurator(new HttpsConfigurator(sslContext) {
                @Override
                public void configure(HttpsParameters params) {
                    SSLParameters parameters = sslContext.getDefaultSSLParameters();
                    parameters.setNeedClientAuth(needClientAuth);
                    params.setSSLParameters(parameters);
                }
            });
            server = httpsServer;
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String url() {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return scheme + "://127.0.0.1:" + server.getAddress().getPort();
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** Returns, per request, the Confluent Cloud headers as {@code cluster|pool} ("null" where one is missing). */
    List<String> clusterHeaders() {
        return List.copyOf(clusterHeaders);
    }

    /** Responds to the next {@code count} requests with 503 and Confluent's error body. */
    void failNextWith503(int count) {
        unavailableResponsesLeft.set(count);
    }

    /** Holds the next {@code count} requests without a response until {@link #close()}, so clients time out. */
    void hangNext(int count) {
        hangingResponsesLeft.set(count);
    }

    /** Responds to every request with a 200 body of {@code bytes} spaces. */
    void sendOversizedBodies(int bytes) {
        oversizedBodyBytes = bytes;
    }

    /** Rejects requests whose Authorization header differs from {@code authorization} with 401. */
    void requireAuthorization(String authorization) {
        requiredAuthorization = authorization;
    }

    /**
     * Responds to registrations under {@code subject} with 409, as for a schema that breaks compatibility, and to
     * compatibility checks under it with {@code is_compatible} false.
     */
    void rejectAsIncompatible(String subject) {
        synchronized (lock) {
            incompatibleSubjects.add(subject);
        }
    }

    /** Responds to registrations under {@code subject} with 422 and error code 42201. */
    void rejectAsInvalid(String subject) {
        synchronized (lock) {
            invalidSchemaSubjects.add(subject);
        }
    }

    /** Stores {@code schema} under {@code subject} as if another producer had registered it, and returns its id. */
    int preload(String subject, Schema schema) {
        synchronized (lock) {
            return registerLocked(subject, schema.toString());
        }
    }

    /** Makes {@code GET /schemas/ids/{id}} report {@code schemaType} for {@code id}. */
    void reportSchemaType(int id, String schemaType) {
        synchronized (lock) {
            foreignSchemaTypes.put(id, schemaType);
        }
    }

    @Override
    public void close() {
        releaseHangingResponses.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String method = exchange.getRequestMethod();
            String rawPath = exchange.getRequestURI().getRawPath();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            requests.add(new RecordedRequest(method, rawPath,
                    exchange.getRequestHeaders().getFirst("Content-Type"), authorization, body));
            clusterHeaders.add(exchange.getRequestHeaders().getFirst("target-sr-cluster") + "|"
                    + exchange.getRequestHeaders().getFirst("Confluent-Identity-Pool-Id"));

            if (hangingResponsesLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
                awaitRelease();
                return;
            }
            if (unavailableResponsesLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
                sendError(exchange, 503, 50003, "Error while forwarding the request to the leader");
                return;
            }
            if (oversizedBodyBytes > 0) {
                byte[] spaces = new byte[oversizedBodyBytes];
                Arrays.fill(spaces, (byte) ' ');
                exchange.sendResponseHeaders(200, spaces.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(spaces);
                }
                return;
            }
            String required = requiredAuthorization;
            if (required != null && !required.equals(authorization)) {
                sendError(exchange, 401, 40101, "Unauthorized");
                return;
            }
            route(exchange, method, rawPath, body);
        }
    }

    private void awaitRelease() {
        try {
            releaseHangingResponses.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void route(HttpExchange exchange, String method, String rawPath, String body) throws IOException {
        String idsPrefix = "/schemas/ids/";
        String subjectsPrefix = "/subjects/";
        String compatibilityPrefix = "/compatibility/subjects/";
        String latestSuffix = "/versions/latest";
        if (method.equals("POST") && rawPath.startsWith(compatibilityPrefix) && rawPath.endsWith(latestSuffix)) {
            String encoded = rawPath.substring(compatibilityPrefix.length(), rawPath.length() - latestSuffix.length());
            checkCompatibility(exchange, URLDecoder.decode(encoded, StandardCharsets.UTF_8), body);
        } else if (method.equals("GET") && rawPath.startsWith(idsPrefix)) {
            getSchemaById(exchange, rawPath.substring(idsPrefix.length()));
        } else if (rawPath.startsWith(subjectsPrefix)) {
            String rest = rawPath.substring(subjectsPrefix.length());
            int slash = rest.indexOf('/');
            String subject = URLDecoder.decode(slash < 0 ? rest : rest.substring(0, slash), StandardCharsets.UTF_8);
            String tail = slash < 0 ? "" : rest.substring(slash);
            if (method.equals("POST") && tail.equals("/versions")) {
                registerSchema(exchange, subject, body);
            } else if (method.equals("POST") && tail.isEmpty()) {
                lookUpSchema(exchange, subject, body);
            } else if (method.equals("GET") && tail.equals("/versions/latest")) {
                getLatest(exchange, subject);
            } else {
                sendError(exchange, 404, 404, "HTTP 404 Not Found");
            }
        } else {
            sendError(exchange, 404, 404, "HTTP 404 Not Found");
        }
    }

    private void getSchemaById(HttpExchange exchange, String idText) throws IOException {
        int id;
        try {
            id = Integer.parseInt(idText);
        } catch (NumberFormatException e) {
            sendError(exchange, 404, 404, "HTTP 404 Not Found");
            return;
        }
        String text;
        String schemaType;
        synchronized (lock) {
            text = schemaTextById.get(id);
            schemaType = foreignSchemaTypes.get(id);
        }
        if (text == null) {
            sendError(exchange, 404, 40403, "Schema " + id + " not found");
            return;
        }
        ObjectNode response = mapper.createObjectNode();
        response.put("schema", text);
        if (schemaType != null) {
            response.put("schemaType", schemaType);
        }
        response.putArray("references");
        response.put("guid", "00000000-0000-4000-8000-0000000000" + String.format("%02d", id % 100));
        response.put("maxId", id);
        sendJson(exchange, 200, response);
    }

    private void registerSchema(HttpExchange exchange, String subject, String body) throws IOException {
        String text = schemaTextOf(body);
        synchronized (lock) {
            if (invalidSchemaSubjects.contains(subject) || text == null) {
                sendError(exchange, 422, 42201, "Invalid schema");
                return;
            }
            if (incompatibleSubjects.contains(subject)) {
                sendError(exchange, 409, 409, "Schema being registered is incompatible with an earlier schema for "
                        + "subject \"" + subject + "\"");
                return;
            }
            int id = registerLocked(subject, text);
            ObjectNode response = mapper.createObjectNode();
            response.put("id", id);
            response.put("version", versionsBySubject.get(subject).indexOf(id) + 1);
            response.put("guid", "00000000-0000-4000-8000-000000000001");
            response.put("schemaType", "AVRO");
            sendJson(exchange, 200, response);
        }
    }

    private void checkCompatibility(HttpExchange exchange, String subject, String body) throws IOException {
        String text = schemaTextOf(body);
        synchronized (lock) {
            if (text == null) {
                sendError(exchange, 422, 42201, "Invalid schema");
                return;
            }
            if (!versionsBySubject.containsKey(subject)) {
                sendError(exchange, 404, 40401, "Subject '" + subject + "' not found.");
                return;
            }
            ObjectNode response = mapper.createObjectNode();
            response.put("is_compatible", !incompatibleSubjects.contains(subject));
            sendJson(exchange, 200, response);
        }
    }

    private void lookUpSchema(HttpExchange exchange, String subject, String body) throws IOException {
        String text = schemaTextOf(body);
        synchronized (lock) {
            List<Integer> versions = versionsBySubject.get(subject);
            if (versions == null) {
                sendError(exchange, 404, 40401, "Subject '" + subject + "' not found.");
                return;
            }
            Integer id = text == null ? null : idsBySchemaText.get(text);
            if (id == null || !versions.contains(id)) {
                sendError(exchange, 404, 40403, "Schema not found");
                return;
            }
            sendJson(exchange, 200, versionResponse(subject, id, versions.indexOf(id) + 1));
        }
    }

    private void getLatest(HttpExchange exchange, String subject) throws IOException {
        synchronized (lock) {
            List<Integer> versions = versionsBySubject.get(subject);
            if (versions == null) {
                sendError(exchange, 404, 40401, "Subject '" + subject + "' not found.");
                return;
            }
            int id = versions.get(versions.size() - 1);
            sendJson(exchange, 200, versionResponse(subject, id, versions.size()));
        }
    }

    private ObjectNode versionResponse(String subject, int id, int version) {
        ObjectNode response = mapper.createObjectNode();
        response.put("subject", subject);
        response.put("version", version);
        response.put("id", id);
        response.put("guid", "00000000-0000-4000-8000-000000000002");
        response.put("schemaType", "AVRO");
        response.put("schema", schemaTextById.get(id));
        response.put("deleted", false);
        response.put("ts", 1_700_000_000_000L);
        return response;
    }

    private int registerLocked(String subject, String text) {
        Integer id = idsBySchemaText.get(text);
        if (id == null) {
            id = nextId++;
            idsBySchemaText.put(text, id);
            schemaTextById.put(id, text);
        }
        List<Integer> versions = versionsBySubject.computeIfAbsent(subject, s -> new ArrayList<>());
        if (!versions.contains(id)) {
            versions.add(id);
        }
        return id;
    }

    /** Returns the schema in a request body in the form Avro prints it, or null when it is not a valid schema. */
    private String schemaTextOf(String body) {
        try {
            JsonNode json = mapper.readTree(body);
            JsonNode schema = json == null ? null : json.get("schema");
            if (schema == null || !schema.isTextual()) {
                return null;
            }
            return new Schema.Parser().parse(schema.asText()).toString();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void sendError(HttpExchange exchange, int status, int errorCode, String message) throws IOException {
        ObjectNode response = mapper.createObjectNode();
        response.put("error_code", errorCode);
        response.put("message", message);
        sendJson(exchange, status, response);
    }

    private void sendJson(HttpExchange exchange, int status, JsonNode json) throws IOException {
        byte[] bytes = mapper.writeValueAsBytes(json);
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
