package dev.sluice.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntSupplier;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka cluster running inside this JVM: one KRaft node with the broker and
 * controller roles, built from Kafka's own server classes.
 *
 * <p>The broker and controller listeners bind to 127.0.0.1 on ports picked at start, and the broker
 * advertises 127.0.0.1. Internal topics use replication factor 1, topics are never created
 * automatically, and transactions work, so Kafka Streams with {@code exactly_once_v2} runs against it.
 * Without {@link Builder#logDir(Path)} the data lives in a temporary directory that {@link #close()}
 * deletes.
 *
 * <p>NOTE: Kafka's server code halts the JVM through {@code Exit.halt} on some fatal faults, such as a
 * metadata log it cannot apply, so a broken embedded broker can end the host process.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    /** The only address the listeners bind to and the broker advertises. */
    public static final String LOOPBACK_HOST = "127.0.0.1";

    static final int NODE_ID = 1;
    static final String BROKER_LISTENER = "PLAINTEXT";
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    static final String CONFIG_FILE_NAME = "server.properties";
    static final String KAFKA_LOGS_DIR_NAME = "kafka-logs";
    static final String META_PROPERTIES_FILE_NAME = "meta.properties";

    private static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final int DEFAULT_MAX_START_ATTEMPTS = 3;
    private static final Duration TOPIC_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration ADMIN_CLOSE_TIMEOUT = Duration.ofSeconds(5);
    private static final long POLL_INTERVAL_MILLIS = 100;

    /**
     * Broker settings that the class sets itself because they fix the node layout, the listener
     * addresses and the storage location. {@link Builder#brokerProperty} rejects them.
     */
    static final Set<String> RESERVED_PROPERTIES = Set.of(
            "process.roles",
            "node.id",
            "broker.id",
            "listeners",
            "advertised.listeners",
            "listener.security.protocol.map",
            "controller.listener.names",
            "inter.broker.listener.name",
            "security.inter.broker.protocol",
            "controller.quorum.voters",
            "controller.quorum.bootstrap.servers",
            "log.dir",
            "log.dirs",
            "metadata.log.dir");

    private final KafkaRaftServer server;
    private final Admin admin;
    private final Path directory;
    private final boolean temporaryDirectory;
    private final String bootstrapServers;
    private final String controllerBootstrapServers;
    private boolean closed;

    private EmbeddedKafkaBroker(
            KafkaRaftServer server,
            Admin admin,
            Path directory,
            boolean temporaryDirectory,
            String bootstrapServers,
            String controllerBootstrapServers) {
        this.server = server;
        this.admin = admin;
        this.directory = directory;
        this.temporaryDirectory = temporaryDirectory;
        this.bootstrapServers = bootstrapServers;
        this.controllerBootstrapServers = controllerBootstrapServers;
    }

    /** Starts a broker with the default settings in a temporary directory. */
    public static EmbeddedKafkaBroker start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Returns the broker listener as {@code 127.0.0.1:port}, the value for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * Returns the controller listener as {@code 127.0.0.1:port}, the value for an Admin client's
     * {@code bootstrap.controllers}.
     */
    public String controllerBootstrapServers() {
        return controllerBootstrapServers;
    }

    /**
     * Returns the directory that contains {@value #CONFIG_FILE_NAME} and the Kafka log directory
     * {@value #KAFKA_LOGS_DIR_NAME}. {@link #close()} deletes it unless the builder was given it.
     */
    public Path logDir() {
        return directory;
    }

    /**
     * Creates topics with replication factor 1 and waits until the broker reports a leader for every
     * partition.
     *
     * @throws IllegalArgumentException if {@code partitions} is below 1, no name is given or a name is blank
     * @throws EmbeddedKafkaException if a topic already exists, creation fails or times out after 30 s
     */
    public synchronized void createTopics(int partitions, String... names) {
        ensureOpen();
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
        }
        Objects.requireNonNull(names, "names");
        if (names.length == 0) {
            throw new IllegalArgumentException("At least one topic name is required");
        }
        List<NewTopic> topics = new ArrayList<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("Topic names must not be null or blank, got " + List.of(names));
            }
            topics.add(new NewTopic(name, partitions, (short) 1));
        }

        long deadline = System.nanoTime() + TOPIC_TIMEOUT.toNanos();
        try {
            admin.createTopics(topics).all().get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new EmbeddedKafkaException(
                    "Creating topics " + List.of(names) + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new EmbeddedKafkaException(
                    "Creating topics " + List.of(names) + " timed out after " + TOPIC_TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedKafkaException("Interrupted while creating topics " + List.of(names), e);
        }
        awaitLeaders(List.of(names), partitions, deadline);
    }

    /**
     * Shuts the server down, waits until it has stopped and deletes the directory if it is temporary.
     * Calling it again has no effect.
     *
     * @throws EmbeddedKafkaException if the temporary directory cannot be deleted
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long startNanos = System.nanoTime();
        try {
            admin.close(ADMIN_CLOSE_TIMEOUT);
        } finally {
            try {
                server.shutdown();
                server.awaitShutdown();
            } finally {
                if (temporaryDirectory) {
                    deleteDirectory(directory);
                }
            }
        }
        log.info("Embedded Kafka broker at {} stopped in {} ms", bootstrapServers, elapsedMillis(startNanos));
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("Embedded Kafka broker at " + bootstrapServers + " is closed");
        }
    }

    private void awaitLeaders(List<String> names, int partitions, long deadline) {
        Throwable lastError = null;
        while (System.nanoTime() < deadline) {
            try {
                Map<String, TopicDescription> descriptions = admin.describeTopics(names)
                        .allTopicNames()
                        .get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
                if (allPartitionsHaveLeaders(descriptions, names, partitions)) {
                    return;
                }
            } catch (ExecutionException e) {
                // The broker's metadata cache may not contain the new topics yet.
                lastError = e.getCause();
            } catch (TimeoutException e) {
                lastError = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EmbeddedKafkaException("Interrupted while waiting for topics " + names, e);
            }
            sleep(POLL_INTERVAL_MILLIS);
        }
        throw new EmbeddedKafkaException(
                "Topics " + names + " were created but the broker reported no leader for every partition within "
                        + TOPIC_TIMEOUT.toSeconds() + " s",
                lastError);
    }

    private static boolean allPartitionsHaveLeaders(
            Map<String, TopicDescription> descriptions, List<String> names, int partitions) {
        for (String name : names) {
            TopicDescription description = descriptions.get(name);
            if (description == null || description.partitions().size() != partitions) {
                return false;
            }
            for (TopicPartitionInfo partition : description.partitions()) {
                if (partition.leader() == null || partition.leader().isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Options for starting an {@link EmbeddedKafkaBroker}. Not thread-safe. */
    public static final class Builder {

        private Path logDir;
        private final Map<String, String> brokerProperties = new LinkedHashMap<>();
        private Duration startupTimeout = DEFAULT_STARTUP_TIMEOUT;
        private int maxStartAttempts = DEFAULT_MAX_START_ATTEMPTS;
        private IntSupplier portPicker = EmbeddedKafkaBroker::pickFreeLoopbackPort;

        private Builder() {
        }

        /**
         * Sets the directory for the configuration file and the Kafka log directory. The broker keeps
         * it on close, and a later broker started on it finds its topics and records again.
         */
        public Builder logDir(Path logDir) {
            this.logDir = Objects.requireNonNull(logDir, "logDir");
            return this;
        }

        /**
         * Adds a broker setting such as {@code message.max.bytes}, which overrides the single-node
         * default of the same name.
         *
         * @throws IllegalArgumentException if the key sets the node roles, listeners, quorum or storage paths
         */
        public Builder brokerProperty(String key, String value) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            if (RESERVED_PROPERTIES.contains(key)) {
                throw new IllegalArgumentException("Broker property " + key
                        + " is set by EmbeddedKafkaBroker and cannot be overridden; reserved: "
                        + RESERVED_PROPERTIES);
            }
            brokerProperties.put(key, value);
            return this;
        }

        /** Adds every entry with {@link #brokerProperty(String, String)}. */
        public Builder brokerProperties(Map<String, String> properties) {
            Objects.requireNonNull(properties, "properties").forEach(this::brokerProperty);
            return this;
        }

        /**
         * Sets the maximum time from the call to {@link #start()} until the broker responds to a
         * describeCluster request, across all attempts. The default is 60 s.
         */
        public Builder startupTimeout(Duration startupTimeout) {
            Objects.requireNonNull(startupTimeout, "startupTimeout");
            if (startupTimeout.isNegative() || startupTimeout.isZero()) {
                throw new IllegalArgumentException("startupTimeout must be positive, got " + startupTimeout);
            }
            this.startupTimeout = startupTimeout;
            return this;
        }

        /**
         * Sets how many times {@link #start()} picks new ports and starts again when a listener port
         * was taken between picking it and binding it. The default is 3.
         */
        public Builder maxStartAttempts(int maxStartAttempts) {
            if (maxStartAttempts < 1) {
                throw new IllegalArgumentException("maxStartAttempts must be at least 1, got " + maxStartAttempts);
            }
            this.maxStartAttempts = maxStartAttempts;
            return this;
        }

        /** Replaces the source of listener ports, so tests can hand out a port that is already taken. */
        Builder portPicker(IntSupplier portPicker) {
            this.portPicker = Objects.requireNonNull(portPicker, "portPicker");
            return this;
        }

        /**
         * Formats the storage, starts the server and waits until it responds to describeCluster.
         *
         * @throws EmbeddedKafkaException if formatting or startup fails, or the broker is not ready within
         *     the startup timeout
         */
        public EmbeddedKafkaBroker start() {
            long startNanos = System.nanoTime();
            long deadline = startNanos + startupTimeout.toNanos();
            boolean temporary = logDir == null;
            Path directory = createDirectory(temporary);
            try {
                EmbeddedKafkaBroker broker = startWithRetries(directory, temporary, deadline);
                log.info("Embedded Kafka broker started at {} in {} ms (data in {})",
                        broker.bootstrapServers, elapsedMillis(startNanos), directory);
                return broker;
            } catch (RuntimeException | Error e) {
                if (temporary) {
                    deleteDirectoryQuietly(directory);
                }
                throw e;
            }
        }

        private Path createDirectory(boolean temporary) {
            try {
                return temporary ? Files.createTempDirectory("sluice-kafka-") : Files.createDirectories(logDir);
            } catch (IOException e) {
                throw new EmbeddedKafkaException(
                        "Creating the Kafka data directory " + (temporary ? "in java.io.tmpdir" : logDir) + " failed", e);
            }
        }

        private EmbeddedKafkaBroker startWithRetries(Path directory, boolean temporary, long deadline) {
            String clusterId = existingClusterId(directory).orElseGet(() -> Uuid.randomUuid().toString());
            for (int attempt = 1; ; attempt++) {
                int brokerPort = portPicker.getAsInt();
                int controllerPort = pickDistinctPort(brokerPort);
                Properties properties = serverProperties(directory, brokerPort, controllerPort);
                formatStorage(directory, properties, clusterId);

                KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(properties, false), Time.SYSTEM);
                try {
                    runStartup(server, deadline, startupTimeout);
                } catch (EmbeddedKafkaException e) {
                    stopQuietly(server);
                    if (isBindConflict(e) && attempt < maxStartAttempts) {
                        log.warn("Embedded Kafka broker could not bind 127.0.0.1 port {} or {} (attempt {} of {}), "
                                + "retrying on new ports: {}", brokerPort, controllerPort, attempt, maxStartAttempts,
                                e.getMessage());
                        continue;
                    }
                    throw e;
                }

                String bootstrap = LOOPBACK_HOST + ":" + brokerPort;
                Admin admin = Admin.create(adminProperties(bootstrap));
                try {
                    awaitReady(admin, bootstrap, deadline, startupTimeout);
                } catch (RuntimeException e) {
                    admin.close(Duration.ZERO);
                    stopQuietly(server);
                    throw e;
                }
                return new EmbeddedKafkaBroker(
                        server, admin, directory, temporary, bootstrap, LOOPBACK_HOST + ":" + controllerPort);
            }
        }

        private int pickDistinctPort(int taken) {
            // Two binds to port 0 can return the same port once the first socket is closed.
            for (int i = 0; i < 10; i++) {
                int port = portPicker.getAsInt();
                if (port != taken) {
                    return port;
                }
            }
            throw new EmbeddedKafkaException("The port picker returned port " + taken + " ten times in a row");
        }

        private Properties serverProperties(Path directory, int brokerPort, int controllerPort) {
            Properties properties = new Properties();
            properties.putAll(singleNodeDefaults());
            properties.putAll(brokerProperties);

            String brokerAddress = BROKER_LISTENER + "://" + LOOPBACK_HOST + ":" + brokerPort;
            String controllerAddress = CONTROLLER_LISTENER + "://" + LOOPBACK_HOST + ":" + controllerPort;
            properties.put("process.roles", "broker,controller");
            properties.put("node.id", Integer.toString(NODE_ID));
            properties.put("controller.quorum.voters", NODE_ID + "@" + LOOPBACK_HOST + ":" + controllerPort);
            properties.put("controller.listener.names", CONTROLLER_LISTENER);
            properties.put("listeners", brokerAddress + "," + controllerAddress);
            properties.put("advertised.listeners", brokerAddress);
            properties.put("listener.security.protocol.map",
                    BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
            properties.put("inter.broker.listener.name", BROKER_LISTENER);
            properties.put("log.dirs", directory.resolve(KAFKA_LOGS_DIR_NAME).toString());
            return properties;
        }
    }

    /** Returns the settings a one-node cluster needs, before the caller's broker properties apply. */
    static Map<String, String> singleNodeDefaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        // Internal topics default to replication factor 3, which one node cannot host.
        defaults.put("offsets.topic.replication.factor", "1");
        defaults.put("offsets.topic.num.partitions", "1");
        defaults.put("transaction.state.log.replication.factor", "1");
        defaults.put("transaction.state.log.min.isr", "1");
        defaults.put("transaction.state.log.num.partitions", "1");
        defaults.put("share.coordinator.state.topic.replication.factor", "1");
        defaults.put("share.coordinator.state.topic.min.isr", "1");
        defaults.put("default.replication.factor", "1");
        defaults.put("min.insync.replicas", "1");
        // Consumer groups and Kafka Streams start rebalancing at once instead of after 3 s.
        defaults.put("group.initial.rebalance.delay.ms", "0");
        defaults.put("auto.create.topics.enable", "false");
        // The log cleaner allocates this buffer on the heap. The 128 MiB default suits production
        // compaction, but a single embedded node compacts only small changelog and offsets topics.
        defaults.put("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));
        return defaults;
    }

    private static Properties adminProperties(String bootstrap) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "sluice-embedded-kafka-admin");
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        return properties;
    }

    /**
     * Runs {@code kafka-storage format --ignore-formatted} through {@link StorageTool#execute}, which returns
     * an exit code instead of exiting. An already formatted directory keeps its cluster id and data.
     */
    private static void formatStorage(Path directory, Properties properties, String clusterId) {
        Path configFile = directory.resolve(CONFIG_FILE_NAME);
        try (Writer writer = Files.newBufferedWriter(configFile, StandardCharsets.UTF_8)) {
            properties.store(writer, "Broker settings written by EmbeddedKafkaBroker");
        } catch (IOException e) {
            throw new EmbeddedKafkaException("Writing the broker configuration " + configFile + " failed", e);
        }

        String[] arguments = {
            "format", "--config", configFile.toString(), "--cluster-id", clusterId, "--ignore-formatted"
        };
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream printStream = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool.execute(arguments, printStream);
        } catch (Exception e) {
            // StorageTool reports invalid settings with FormatterException and TerseFailure.
            throw new EmbeddedKafkaException("Formatting Kafka storage in " + directory + " failed: " + e.getMessage()
                    + outputSuffix(output), e);
        }
        if (exitCode != 0) {
            throw new EmbeddedKafkaException("Formatting Kafka storage in " + directory + " failed with exit code "
                    + exitCode + outputSuffix(output));
        }
    }

    /**
     * Returns the cluster id of an already formatted directory, because formatting with
     * {@code --ignore-formatted} still rejects a cluster id that differs from the stored one.
     */
    private static Optional<String> existingClusterId(Path directory) {
        Path metaProperties = directory.resolve(KAFKA_LOGS_DIR_NAME).resolve(META_PROPERTIES_FILE_NAME);
        if (!Files.isRegularFile(metaProperties)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(metaProperties, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new EmbeddedKafkaException("Reading " + metaProperties + " failed", e);
        }
        String clusterId = properties.getProperty("cluster.id");
        if (clusterId == null || clusterId.isBlank()) {
            throw new EmbeddedKafkaException(metaProperties + " has no cluster.id. Delete the directory or "
                    + "pass another one to EmbeddedKafkaBroker.builder().logDir(...)");
        }
        return Optional.of(clusterId);
    }

    private static String outputSuffix(ByteArrayOutputStream output) {
        String text = output.toString(StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "" : "; kafka-storage output: " + text;
    }

    /**
     * Calls {@link KafkaRaftServer#startup()} on its own thread so the caller waits no longer than the
     * deadline.
     */
    private static void runStartup(KafkaRaftServer server, long deadline, Duration timeout) {
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sluice-embedded-kafka-startup");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<?> startup = executor.submit(server::startup);
            try {
                startup.get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                startup.cancel(true);
                // NOTE: KafkaRaftServer.shutdown() skips a broker that is still starting, so its threads
                // can outlive this exception.
                throw new EmbeddedKafkaException("Embedded Kafka server startup timed out after "
                        + timeout.toMillis() + " ms. Raise the limit with "
                        + "EmbeddedKafkaBroker.builder().startupTimeout(...)", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw new EmbeddedKafkaException("Embedded Kafka server failed to start: " + cause.getMessage(), cause);
            } catch (InterruptedException e) {
                startup.cancel(true);
                Thread.currentThread().interrupt();
                throw new EmbeddedKafkaException("Interrupted while starting the embedded Kafka server", e);
            }
        } finally {
            executor.shutdownNow();
        }
    }

    private static void awaitReady(Admin admin, String bootstrap, long deadline, Duration timeout) {
        Throwable lastError = null;
        while (System.nanoTime() < deadline) {
            int timeoutMillis = (int) Math.min(remainingMillis(deadline), 5_000);
            try {
                Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(timeoutMillis))
                        .nodes()
                        .get(timeoutMillis, TimeUnit.MILLISECONDS);
                if (nodes.stream().anyMatch(node -> node.id() == NODE_ID)) {
                    return;
                }
            } catch (ExecutionException e) {
                lastError = e.getCause();
            } catch (TimeoutException e) {
                lastError = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EmbeddedKafkaException("Interrupted while waiting for the broker at " + bootstrap, e);
            }
            sleep(POLL_INTERVAL_MILLIS);
        }
        throw new EmbeddedKafkaException("Embedded Kafka broker at " + bootstrap
                + " timed out waiting for a describeCluster response after " + timeout.toMillis() + " ms", lastError);
    }

    static boolean isBindConflict(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return true;
            }
            String message = cause.getMessage();
            if (message != null && message.contains("Address already in use")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static void stopQuietly(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            log.warn("Stopping the embedded Kafka server after a failed start failed", e);
        }
    }

    /**
     * Returns a port that was free on 127.0.0.1 a moment ago. Another process can take it before the
     * broker binds it, which {@link Builder#maxStartAttempts(int)} covers.
     */
    static int pickFreeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK_HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Finding a free port on " + LOOPBACK_HOST + " failed", e);
        }
    }

    private static void deleteDirectory(Path directory) {
        try {
            Utils.delete(directory.toFile());
        } catch (IOException e) {
            throw new EmbeddedKafkaException("Deleting the Kafka data directory " + directory + " failed", e);
        }
    }

    private static void deleteDirectoryQuietly(Path directory) {
        try {
            Utils.delete(directory.toFile());
        } catch (IOException e) {
            log.warn("Deleting the Kafka data directory {} after a failed start failed", directory, e);
        }
    }

    private static long remainingMillis(long deadline) {
        return Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
    }

    private static long elapsedMillis(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedKafkaException("Interrupted while waiting for the embedded Kafka broker", e);
        }
    }
}
