package org.givefirst.platform.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.givefirst.platform.outbox.Topics;

/**
 * The real PostgreSQL server and Kafka broker the tests run against, started once per JVM and with
 * nothing installed: PostgreSQL from the embedded binaries on Maven Central, Kafka as an in-JVM
 * KRaft broker from Kafka's own artifacts.
 *
 * <p>Set {@code GIVEFIRST_TEST_JDBC_URL} (a server URL such as {@code jdbc:postgresql://localhost:5432/},
 * with {@code GIVEFIRST_TEST_DB_USER} and {@code GIVEFIRST_TEST_DB_PASSWORD}) or
 * {@code GIVEFIRST_TEST_KAFKA_BOOTSTRAP} to run against servers of your own instead.
 */
public final class Infrastructure {

    public static final List<String> TOPICS = List.of(Topics.MEMBERS, Topics.EVENTS, Topics.INTRODUCTIONS);
    private static final int PARTITIONS = 3;

    private static EmbeddedPostgres postgres;
    /** Where the test server keeps its data and listens, so that it can be stopped and started again. */
    private static Path postgresData;
    private static int postgresPort;
    private static KafkaClusterTestKit kafka;

    private Infrastructure() {
    }

    /** The JDBC URL, user and password of a database with this name, created when missing. */
    public static synchronized Map<String, String> database(String name) {
        Optional<String> external = env("GIVEFIRST_TEST_JDBC_URL");
        String serverUrl;
        String user;
        String password;
        if (external.isPresent()) {
            serverUrl = external.get().endsWith("/") ? external.get() : external.get() + "/";
            user = env("GIVEFIRST_TEST_DB_USER").orElse("postgres");
            password = env("GIVEFIRST_TEST_DB_PASSWORD").orElse("postgres");
        } else {
            if (postgres == null) {
                postgres = launchPostgres();
            }
            serverUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
            user = "postgres";
            password = "postgres";
        }
        createDatabaseIfMissing(serverUrl, user, password, name);
        return Map.of("url", serverUrl + name, "user", user, "password", password);
    }

    private static EmbeddedPostgres launchPostgres() {
        try {
            boolean first = postgresData == null;
            if (first) {
                postgresData = Files.createTempDirectory("givefirst-postgres");
            }
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(postgresData)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off");
            if (!first) {
                builder.setPort(postgresPort);
            }
            EmbeddedPostgres server = builder.start();
            if (first) {
                postgresPort = server.getPort();
                Runtime.getRuntime().addShutdownHook(new Thread(Infrastructure::removePostgres, "givefirst-postgres-stop"));
            }
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start", e);
        }
    }

    private static synchronized void removePostgres() {
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException ignored) {
            // the JVM is going away
        }
        try (var files = Files.walk(postgresData)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind
        }
    }

    /**
     * Stops the test PostgreSQL server, as an outage would; its data stays. Only for the embedded server.
     * Connections the services hold break, and new ones are refused, until {@link #startPostgres()}.
     */
    public static synchronized void stopPostgres() {
        requireEmbeddedPostgres();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not stop", e);
        }
    }

    /** Starts the test PostgreSQL server again after {@link #stopPostgres()}, on the same port with the same data. */
    public static synchronized void startPostgres() {
        requireEmbeddedPostgres();
        postgres = launchPostgres();
    }

    private static void requireEmbeddedPostgres() {
        if (env("GIVEFIRST_TEST_JDBC_URL").isPresent() || postgres == null) {
            throw new IllegalStateException("The test PostgreSQL is external or not started; it cannot be stopped from a test");
        }
    }

    private static void createDatabaseIfMissing(String serverUrl, String user, String password, String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        try (Connection connection = new org.postgresql.Driver().connect(serverUrl + "postgres", props);
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
    }

    /** Bootstrap servers of the test broker, started (with the Givefirst topics) on first use. */
    public static synchronized String kafkaBootstrapServers() {
        Optional<String> external = env("GIVEFIRST_TEST_KAFKA_BOOTSTRAP");
        if (external.isPresent()) {
            return external.get();
        }
        if (kafka == null) {
            kafka = startKafka();
            createTopics(kafka.bootstrapServers());
        }
        return kafka.bootstrapServers();
    }

    private static KafkaClusterTestKit startKafka() {
        try {
            Path base = Files.createTempDirectory("givefirst-kafka");
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBaseDirectory(base)
                    .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "3")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("num.partitions", String.valueOf(PARTITIONS))
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setDeleteOnClose(true)
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    cluster.close();
                } catch (Exception ignored) {
                    // the JVM is going away; the temp directory goes with the test run
                }
            }, "givefirst-kafka-stop"));
            return cluster;
        } catch (Exception e) {
            throw new IllegalStateException("In-JVM Kafka broker did not start", e);
        }
    }

    private static void createTopics(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            for (String topic : TOPICS) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create the Givefirst topics", e);
        }
    }

    /** Stops the test broker (not the controller), as an outage would. Only for the in-JVM broker. */
    public static synchronized void stopKafkaBroker() {
        requireInJvmKafka().brokers().values().forEach(broker -> broker.shutdown());
    }

    /** Starts the test broker again after {@link #stopKafkaBroker()}, on the same address. */
    public static synchronized void startKafkaBroker() {
        requireInJvmKafka().brokers().values().forEach(broker -> broker.startup());
        try {
            kafka.waitForReadyBrokers();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka broker did not come back", e);
        }
    }

    public static boolean kafkaIsInJvm() {
        return env("GIVEFIRST_TEST_KAFKA_BOOTSTRAP").isEmpty();
    }

    private static KafkaClusterTestKit requireInJvmKafka() {
        kafkaBootstrapServers();
        if (kafka == null) {
            throw new IllegalStateException("The broker is external; it cannot be stopped from a test");
        }
        return kafka;
    }

    private static Optional<String> env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
