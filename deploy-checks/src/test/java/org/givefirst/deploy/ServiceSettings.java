package org.givefirst.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a service needs from its environment, read from its own configuration: the shared defaults
 * (platform/src/main/resources/META-INF/microprofile-config.properties) overridden by the service's
 * application.properties, in the {@code prod} profile a container runs in. An {@code ${ENV_VAR}}
 * without a default is a setting the service requires; {@code ${ENV_VAR:default}} is optional.
 */
record ServiceSettings(String name, int httpPort, String database, Set<String> requiredEnv, Set<String> optionalEnv,
        Map<String, String> properties) {

    static final List<String> SERVICES = List.of("members-service", "events-service", "matching-service", "webhooks-service");

    static final String PLATFORM_DEFAULTS = "platform/src/main/resources/META-INF/microprofile-config.properties";

    /**
     * The opt-in to trusting the development key (local run, tests, the dev overlay). Every service
     * reads it through the platform's key gate, which may read it in code rather than from a
     * property, so it is counted as read whatever the properties say.
     */
    static final String DEV_KEYS = "GIVEFIRST_DEV_KEYS";

    private static final Pattern ENV_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    static ServiceSettings of(String service) {
        Map<String, String> effective = effective(
                Repo.read(PLATFORM_DEFAULTS),
                Repo.read(service + "/src/main/resources/application.properties"));
        return from(service, effective);
    }

    /** The service's settings in the prod profile: later texts override earlier ones, %prod overrides the rest. */
    static Map<String, String> effective(String... propertiesTexts) {
        Map<String, String> plain = new LinkedHashMap<>();
        Map<String, String> prod = new LinkedHashMap<>();
        for (String text : propertiesTexts) {
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String key : properties.stringPropertyNames()) {
                String value = properties.getProperty(key);
                if (!key.startsWith("%")) {
                    plain.put(key, value);
                    continue;
                }
                int dot = key.indexOf('.');
                List<String> profiles = List.of(key.substring(1, dot).split(","));
                if (profiles.contains("prod")) {
                    prod.put(key.substring(dot + 1), value);
                }
            }
        }
        plain.putAll(prod);
        return plain;
    }

    static ServiceSettings from(String service, Map<String, String> effective) {
        Set<String> required = new TreeSet<>();
        Set<String> optional = new TreeSet<>();
        for (String value : effective.values()) {
            collectEnvReferences(value, required, optional, false);
        }
        optional.removeAll(required);
        String port = effective.get("quarkus.http.port");
        if (port == null) {
            throw new AssertionError(service + " sets no quarkus.http.port");
        }
        return new ServiceSettings(service, Integer.parseInt(resolveDefaults(port)), databaseOf(service, effective),
                required, optional, effective);
    }

    /** Every environment variable the service reads, required or not. */
    Set<String> allEnv() {
        Set<String> all = new TreeSet<>(requiredEnv);
        all.addAll(optionalEnv);
        all.add(DEV_KEYS);
        return all;
    }

    /** The value of a property with every {@code ${X:default}} replaced by its default. */
    String withDefaults(String property) {
        String value = properties.get(property);
        return value == null ? null : resolveDefaults(value);
    }

    /** The database of the service: the last path segment of its default JDBC URL. */
    private static String databaseOf(String service, Map<String, String> effective) {
        String url = effective.get("quarkus.datasource.jdbc.url");
        if (url == null) {
            throw new AssertionError(service + " sets no quarkus.datasource.jdbc.url");
        }
        return Jdbc.database(resolveDefaults(url));
    }

    /**
     * Collects the {@code ${NAME}} / {@code ${NAME:default}} references of a value whose NAME is an
     * environment variable. A reference inside another one's default is only used when the outer one
     * is not set, so it counts as optional.
     */
    static void collectEnvReferences(String value, Set<String> required, Set<String> optional, boolean nested) {
        int i = 0;
        while ((i = value.indexOf("${", i)) >= 0) {
            int end = matchingBrace(value, i + 2);
            String expression = value.substring(i + 2, end);
            int colon = topLevelColon(expression);
            String name = colon < 0 ? expression : expression.substring(0, colon);
            if (ENV_NAME.matcher(name).matches()) {
                if (colon < 0 && !nested) {
                    required.add(name);
                } else {
                    optional.add(name);
                }
            }
            if (colon >= 0) {
                collectEnvReferences(expression.substring(colon + 1), required, optional, true);
            }
            i = end + 1;
        }
    }

    /** Replaces each {@code ${X:default}} by its default (and {@code ${X}} by nothing). */
    static String resolveDefaults(String value) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int start;
        while ((start = value.indexOf("${", i)) >= 0) {
            out.append(value, i, start);
            int end = matchingBrace(value, start + 2);
            String expression = value.substring(start + 2, end);
            int colon = topLevelColon(expression);
            if (colon >= 0) {
                out.append(resolveDefaults(expression.substring(colon + 1)));
            }
            i = end + 1;
        }
        return out.append(value.substring(i)).toString();
    }

    private static int matchingBrace(String value, int from) {
        int depth = 1;
        for (int i = from; i < value.length(); i++) {
            if (value.startsWith("${", i)) {
                depth++;
                i++;
            } else if (value.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new AssertionError("unbalanced ${...} in " + value);
    }

    private static int topLevelColon(String expression) {
        int depth = 0;
        for (int i = 0; i < expression.length(); i++) {
            if (expression.startsWith("${", i)) {
                depth++;
                i++;
            } else if (expression.charAt(i) == '}') {
                depth--;
            } else if (expression.charAt(i) == ':' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** JDBC URLs of PostgreSQL: jdbc:postgresql://host:port/database?options. */
    static final class Jdbc {
        private Jdbc() {
        }

        static URI uri(String jdbcUrl) {
            if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
                throw new AssertionError("not a PostgreSQL JDBC URL: " + jdbcUrl);
            }
            return URI.create(jdbcUrl.substring("jdbc:".length()));
        }

        static String database(String jdbcUrl) {
            return uri(jdbcUrl).getPath().substring(1);
        }

        static String host(String jdbcUrl) {
            return uri(jdbcUrl).getHost();
        }

        static int port(String jdbcUrl) {
            int port = uri(jdbcUrl).getPort();
            return port < 0 ? 5432 : port;
        }
    }
}
