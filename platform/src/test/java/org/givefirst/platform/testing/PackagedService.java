package org.givefirst.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A service as it is deployed: its packaged {@code target/quarkus-app/quarkus-run.jar} started with
 * {@code java -jar} in the prod profile, with the environment a test gives it (and the test PostgreSQL
 * and Kafka), for integration tests (failsafe) that run after {@code package}.
 */
public final class PackagedService implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:\\s]+:(\\d+)");

    private final Process process;
    private final Path log;

    private PackagedService(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** The packaged application folder failsafe points at ({@code givefirst.service.app}). */
    public static Path app() {
        String app = System.getProperty("givefirst.service.app");
        if (app == null) {
            throw new IllegalStateException("givefirst.service.app is not set: run this test with failsafe after package");
        }
        return Path.of(app);
    }

    /**
     * Starts the packaged service on a free port with its own database {@code database} of the test
     * PostgreSQL, the test Kafka broker and the given extra environment; nothing else of this JVM's
     * environment that could configure it (no {@code GIVEFIRST_*}, {@code QUARKUS_*}, {@code MP_*}) leaks in.
     */
    public static PackagedService start(String database, Map<String, String> environment) {
        return start(app(), database, environment);
    }

    /**
     * Starts the packaged application in {@code app} (a {@code target/quarkus-app} folder) like
     * {@link #start(String, Map)}: for a test that runs several services, such as the generated clients' one.
     */
    public static PackagedService start(Path app, String database, Map<String, String> environment) {
        Map<String, String> db = Infrastructure.database(database);
        try {
            Path log = Files.createTempFile("givefirst-" + database + "-", ".log");
            ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-Xmx256m", "-jar",
                    app.resolve("quarkus-run.jar").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(name -> name.startsWith("GIVEFIRST_") || name.startsWith("QUARKUS_") || name.startsWith("MP_"));
            Map<String, String> config = new HashMap<>();
            config.put("QUARKUS_HTTP_PORT", "0");
            config.put("GIVEFIRST_DB_URL", db.get("url"));
            config.put("GIVEFIRST_DB_USER", db.get("user"));
            config.put("GIVEFIRST_DB_PASSWORD", db.get("password"));
            config.put("KAFKA_BOOTSTRAP_SERVERS", Infrastructure.kafkaBootstrapServers());
            config.putAll(environment);
            env.putAll(config);
            Process process = builder.start();
            // A test JVM that ends early must not leave the service running.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "givefirst-packaged-service-stop"));
            return new PackagedService(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the service exits; its exit code, or empty if it still runs after {@code timeout}. */
    public Optional<Integer> exitCode(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(process.exitValue()) : Optional.empty();
    }

    /** Waits until the service listens, and returns its HTTP port; fails if it exits first. */
    public int awaitListening(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher listening = LISTENING.matcher(log());
            if (listening.find()) {
                return Integer.parseInt(listening.group(1));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited (" + process.exitValue() + ") instead of starting:\n" + log());
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The service did not listen within " + timeout + ":\n" + log());
    }

    /** Everything the service wrote to its console so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException, IOException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        Files.deleteIfExists(log);
    }

    /** The entries of every jar (and the files) of the packaged application whose name contains {@code fragment}. */
    public static List<String> filesNamed(String fragment) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(app())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (file.getFileName().toString().contains(fragment)) {
                    found.add(file.toString());
                }
                if (file.getFileName().toString().endsWith(".jar")) {
                    try (JarFile jar = new JarFile(file.toFile())) {
                        jar.stream().filter(entry -> entry.getName().contains(fragment))
                                .forEach(entry -> found.add(file.getFileName() + "!/" + entry.getName()));
                    }
                }
            }
        }
        return found;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
