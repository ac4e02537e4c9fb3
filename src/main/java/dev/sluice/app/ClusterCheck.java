package dev.sluice.app;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.KafkaException;

import dev.sluice.config.SluiceConfig;

/**
 * Asks the Kafka cluster for its id before Kafka Streams starts, so that a wrong {@code bootstrap.servers} or a
 * cluster that is down gives one clear error instead of endless client warnings.
 */
public final class ClusterCheck {

    private ClusterCheck() {
    }

    /**
     * Returns null when the cluster replied within the timeout, or a message naming the bootstrap servers and the
     * reason they did not reply.
     */
    public static String problem(SluiceConfig config, Duration timeout) {
        Map<String, Object> properties = new HashMap<>();
        Map<String, Object> client = config.clientProperties();
        for (String key : AdminClientConfig.configNames()) {
            if (client.containsKey(key)) {
                properties.put(key, client.get(key));
            }
        }
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout.toMillis(), 15_000));
        String servers = String.valueOf(client.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
        try (Admin admin = Admin.create(properties)) {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis())).clusterId()
                    .get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            return null;
        } catch (TimeoutException e) {
            return unreachable(servers, timeout, "no answer");
        } catch (ExecutionException e) {
            return unreachable(servers, timeout, e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while waiting for the Kafka cluster at " + servers;
        } catch (KafkaException e) {
            return "cannot create a Kafka client for " + servers + ": " + e.getMessage();
        }
    }

    private static String unreachable(String servers, Duration timeout, String reason) {
        return "the Kafka cluster at " + servers + " did not answer within " + timeout.toMillis() + " ms (" + reason
                + "); check bootstrap.servers, the network and the security settings, or raise "
                + SluiceConfig.STARTUP_TIMEOUT_MS.name();
    }
}
