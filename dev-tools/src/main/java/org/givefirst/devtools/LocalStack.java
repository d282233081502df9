package org.givefirst.devtools;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.givefirst.platform.testing.Infrastructure;

/**
 * The PostgreSQL server and Kafka broker of the local run ({@code ./givefirst up}): the same
 * Docker-free servers the tests use, but on fixed ports and with their data in a folder that
 * survives restarts.
 *
 * <p>Usage: {@code LocalStack <data-dir> <postgres-port> <kafka-port>}. Prints a line starting with
 * {@code GIVEFIRST-STACK READY} once both accept connections; stops both on SIGTERM / Ctrl-C.
 */
public final class LocalStack {

    static final List<String> DATABASES = List.of("members", "events", "matching", "webhooks");

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: LocalStack <data-dir> <postgres-port> <kafka-port>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int postgresPort = Integer.parseInt(args[1]);
        int kafkaPort = Integer.parseInt(args[2]);
        Files.createDirectories(dataDir);

        EmbeddedPostgres postgres = startPostgres(dataDir.resolve("postgres"), postgresPort);
        KafkaRaftServer kafka = startKafka(dataDir.resolve("kafka"), kafkaPort);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("GIVEFIRST-STACK stopping");
            try {
                kafka.shutdown();
                kafka.awaitShutdown();
            } catch (RuntimeException e) {
                System.err.println("Kafka did not stop cleanly: " + e.getMessage());
            }
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }, "givefirst-stack-stop"));

        System.out.println("GIVEFIRST-STACK READY postgres=localhost:" + postgresPort + " kafka=localhost:" + kafkaPort);
        System.out.flush();
        stopped.await();
    }

    private static EmbeddedPostgres startPostgres(Path dir, int port) throws IOException, SQLException {
        Files.createDirectories(dir.getParent());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select 1 from pg_roles where rolname = 'givefirst'")) {
                if (!rs.next()) {
                    statement.execute("create role givefirst login password 'givefirst'");
                }
            }
            for (String database : DATABASES) {
                try (ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                    if (!rs.next()) {
                        statement.execute("create database " + database + " owner givefirst");
                    }
                }
            }
        }
        return postgres;
    }

    private static KafkaRaftServer startKafka(Path dir, int port) throws Exception {
        Path logs = dir.resolve("data");
        Files.createDirectories(logs);
        int controllerPort = port + 1;
        Properties props = new Properties();
        props.putAll(Map.of(
                "process.roles", "broker,controller",
                "node.id", "1",
                "controller.quorum.bootstrap.servers", "localhost:" + controllerPort,
                "listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners", "PLAINTEXT://localhost:" + port,
                "controller.listener.names", "CONTROLLER",
                "listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs", logs.toString(),
                "num.partitions", "3",
                "group.initial.rebalance.delay.ms", "0"));
        props.putAll(Map.of(
                "offsets.topic.replication.factor", "1",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "share.coordinator.state.topic.replication.factor", "1",
                "share.coordinator.state.topic.min.isr", "1"));
        Path config = dir.resolve("server.properties");
        try (Writer out = Files.newBufferedWriter(config)) {
            props.store(out, "Givefirst local broker (written by LocalStack)");
        }
        if (!Files.exists(logs.resolve("meta.properties"))) {
            int formatted = StorageTool.execute(new String[] {
                    "format", "--cluster-id", Uuid.randomUuid().toString(), "--config", config.toString(), "--standalone"},
                    new PrintStream(System.out, true));
            if (formatted != 0) {
                throw new IllegalStateException("Kafka storage could not be formatted in " + logs);
            }
        }
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props), Time.SYSTEM);
        server.startup();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + port))) {
            Set<String> existing = admin.listTopics().names().get();
            for (String topic : Infrastructure.TOPICS) {
                if (!existing.contains(topic)) {
                    admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
                }
            }
        }
        return server;
    }
}
