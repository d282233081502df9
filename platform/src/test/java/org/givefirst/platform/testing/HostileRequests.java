package org.givefirst.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The hostile-input sweep every service runs against itself: for each operation of its served
 * {@code /q/openapi} document, requests with path parameters that are illegal in a URI, NUL, very long
 * or non-ASCII; hostile query values; bodies that are malformed, deeply nested, huge, of the wrong type
 * or with unknown fields; missing, expired, {@code alg=none}, wrong-issuer and wrong-signature tokens;
 * and requests the HTTP codec itself rejects. Every request goes over a raw socket ({@link RawHttp}),
 * so it arrives exactly as written.
 *
 * <p>What it asserts of every answer: no 5xx, no dropped connection, and every 4xx an
 * {@code application/problem+json} body whose {@code status} is the answer's, with no stack trace or
 * class name in it.
 */
public final class HostileRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    /** Quarkus' default quarkus.http.limits.max-body-size is 10 MiB. */
    private static final int OVER_BODY_LIMIT = 10 * 1024 * 1024 + 1024;

    private final RawHttp http;
    private final String hostHeader;
    private final Map<String, String> knownValues = new LinkedHashMap<>();
    private Supplier<String> token = TestTokens::admin;
    private final Map<String, String> forgedTokens = TestTokens.forged();
    private final List<String> failures = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private int requests;
    private final List<Timed> slowest = new ArrayList<>();

    /** A request and how long its answer took, to keep an eye on what makes the sweep slow. */
    public record Timed(long millis, String request) {
    }

    private HostileRequests(URI base) {
        this.http = new RawHttp(base.getHost(), base.getPort());
        this.hostHeader = "Host: " + base.getHost() + ":" + base.getPort();
    }

    public static HostileRequests against(URI base) {
        return new HostileRequests(base);
    }

    /** A value that exists for a path parameter of this name (e.g. {@code slug} → a chapter), to reach deeper. */
    public HostileRequests knownValue(String parameter, String value) {
        knownValues.put(parameter, value);
        return this;
    }

    /** The token of well-formed requests (an admin's by default, so that authorization lets them through). */
    public HostileRequests token(Supplier<String> token) {
        this.token = token;
        return this;
    }

    /** What a sweep found: how many requests, the answers by status, and every violation. */
    public record Report(int requests, Map<Integer, Integer> statuses, List<String> failures, List<Timed> slowest) {
        @Override
        public String toString() {
            return requests + " requests, answers by status " + statuses + ", slowest " + slowest + ", "
                    + failures.size() + " violations" + (failures.isEmpty() ? "" : ":\n  " + String.join("\n  ", failures));
        }
    }

    public Report sweep() throws IOException {
        JsonNode openApi = openApi();
        protocolLevel();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    operation(openApi, path.getKey(), op.getKey().toUpperCase(Locale.ROOT), op.getValue(), path.getValue());
                }
            }
        }
        return new Report(requests, statuses, List.copyOf(failures), List.copyOf(slowest));
    }

    private JsonNode openApi() throws IOException {
        RawHttp.Answer answer = http.exchange(RawHttp.head("GET", ascii("/q/openapi?format=json"),
                List.of(hostHeader, "Accept: application/json", "Connection: close")), null, false);
        if (answer.status() != 200) {
            throw new IllegalStateException("/q/openapi answered " + answer.status());
        }
        return JSON.readTree(answer.body());
    }

    // ---- one operation -------------------------------------------------------------------------

    private void operation(JsonNode doc, String template, String method, JsonNode op, JsonNode pathItem) {
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(parameters::add);
        op.path("parameters").forEach(parameters::add);
        List<JsonNode> pathParams = parameters.stream().filter(p -> "path".equals(p.path("in").asText())).toList();
        List<JsonNode> queryParams = parameters.stream().filter(p -> "query".equals(p.path("in").asText())).toList();
        Map<String, String> plausible = new LinkedHashMap<>();
        for (JsonNode p : pathParams) {
            plausible.put(p.path("name").asText(), plausibleValue(p.path("name").asText(), resolve(doc, p.path("schema"))));
        }
        String name = method + " " + template;
        byte[] target = ascii(fill(template, plausible, Map.of()));
        JsonNode bodySchema = requestSchema(doc, op);
        byte[] sample = bodySchema == null ? null : bytes(sampleOf(doc, bodySchema, 0));

        // Path parameters: each in turn, hostile; the others plausible.
        for (JsonNode p : pathParams) {
            String param = p.path("name").asText();
            for (Map.Entry<String, byte[]> value : hostilePathValues().entrySet()) {
                byte[] hostileTarget = fillRaw(template, plausible, param, value.getValue());
                send(name + " with " + param + " = " + value.getKey(), method, hostileTarget, json(), sample, true);
            }
        }
        // Query parameters, declared and not.
        for (JsonNode q : queryParams) {
            String param = q.path("name").asText();
            for (Map.Entry<String, String> value : hostileQueryValues().entrySet()) {
                byte[] query = ascii(fill(template, plausible, Map.of()) + "?" + encode(param) + "=" + value.getValue());
                send(name + " with ?" + param + "=" + value.getKey(), method, query, json(), sample, true);
            }
            send(name + " with ?" + param + " twice", method,
                    ascii(fill(template, plausible, Map.of()) + "?" + param + "=1&" + param + "=2"), json(), sample, true);
            send(name + " with ?" + param + " and no value", method,
                    ascii(fill(template, plausible, Map.of()) + "?" + param), json(), sample, true);
        }
        send(name + " with an unknown query parameter", method,
                ascii(fill(template, plausible, Map.of()) + "?zzz=%00%27%22%3C"), json(), sample, true);

        // Tokens.
        send(name + " without a token", method, target, json(), sample, false);
        for (Map.Entry<String, String> forged : forgedTokens.entrySet()) {
            sendWith(name + " with a token: " + forged.getKey(), method, target,
                    List.of("Authorization: Bearer " + forged.getValue(), "Content-Type: application/json"), sample);
        }
        sendWith(name + " with Basic credentials", method, target,
                List.of("Authorization: Basic YWRtaW46YWRtaW4=", "Content-Type: application/json"), sample);
        sendWith(name + " with a 12 kB token", method, target,
                List.of("Authorization: Bearer " + "a".repeat(12_000), "Content-Type: application/json"), sample);

        // Bodies.
        if (!"GET".equals(method) && !"DELETE".equals(method) || bodySchema != null) {
            for (Map.Entry<String, byte[]> body : hostileBodies(doc, bodySchema).entrySet()) {
                send(name + " with body: " + body.getKey(), method, target, json(), body.getValue(), true);
            }
            for (String contentType : List.of("text/plain", "application/xml", "application/json; charset=klingon",
                    "multipart/form-data", "application/x-www-form-urlencoded", ";;;")) {
                sendWith(name + " with Content-Type " + contentType, method, target,
                        List.of("Authorization: Bearer " + token.get(), "Content-Type: " + contentType),
                        sample == null ? ascii("{}") : sample);
            }
            sendWith(name + " without Content-Type", method, target, List.of("Authorization: Bearer " + token.get()),
                    sample == null ? ascii("{}") : sample);
        }
        sendWith(name + " accepting only XML", method, target,
                List.of("Authorization: Bearer " + token.get(), "Content-Type: application/json", "Accept: application/xml"), sample);
        sendWith(name + " with a nonsense Accept", method, target,
                List.of("Authorization: Bearer " + token.get(), "Content-Type: application/json", "Accept: ;;/;q=x"), sample);
    }

    private List<String> json() {
        return List.of("Authorization: Bearer " + token.get(), "Content-Type: application/json");
    }

    private void send(String what, String method, byte[] target, List<String> headers, byte[] body, boolean withToken) {
        sendWith(what, method, target, withToken ? headers : List.of("Content-Type: application/json"), body);
    }

    private void sendWith(String what, String method, byte[] target, List<String> headers, byte[] body) {
        List<String> all = new ArrayList<>();
        all.add(hostHeader);
        all.addAll(headers);
        all.add("Connection: close");
        if (body != null) {
            all.add("Content-Length: " + body.length);
        }
        exchange(what, RawHttp.head(method, target, all), body, "HEAD".equals(method));
    }

    private void exchange(String what, byte[] head, byte[] body, boolean headRequest) {
        requests++;
        RawHttp.Answer answer;
        long started = System.nanoTime();
        try {
            answer = http.exchange(head, body, headRequest);
            slowest.add(new Timed((System.nanoTime() - started) / 1_000_000, what));
            slowest.sort(java.util.Comparator.comparingLong(Timed::millis).reversed());
            if (slowest.size() > 5) {
                slowest.remove(5);
            }
        } catch (RawHttp.DroppedConnection dropped) {
            statuses.merge(0, 1, Integer::sum);
            failures.add(what + ": dropped connection (" + dropped.getMessage() + ")");
            return;
        }
        statuses.merge(answer.status(), 1, Integer::sum);
        check(what, answer, headRequest);
    }

    private void check(String what, RawHttp.Answer answer, boolean headRequest) {
        int status = answer.status();
        String excerpt = answer.bodyText().length() > 160 ? answer.bodyText().substring(0, 160) + "…" : answer.bodyText();
        if (status >= 500) {
            failures.add(what + ": " + status + " " + excerpt);
            return;
        }
        if (status < 400 || headRequest) {
            return;
        }
        String contentType = answer.header("content-type");
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            failures.add(what + ": " + status + " is not a problem (Content-Type " + contentType + ") " + excerpt);
            return;
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            if (problem.path("status").asInt() != status || problem.path("title").asText().isBlank()) {
                failures.add(what + ": " + status + " with a problem body that does not say so: " + excerpt);
            }
            String text = answer.bodyText();
            if (text.contains("Exception") || text.contains("\tat ") || text.matches("(?s).*\\b(java|org|io|com)\\.[a-z]+\\.[A-Za-z].*")) {
                failures.add(what + ": " + status + " problem names a class or a stack: " + excerpt);
            }
        } catch (IOException e) {
            failures.add(what + ": " + status + " problem body is not JSON: " + excerpt);
        }
    }

    // ---- requests the HTTP codec sees before any route -----------------------------------------

    private void protocolLevel() {
        String t = "Authorization: Bearer " + token.get();
        raw("a request line longer than the limit", "GET /api/v1/" + "a".repeat(20_000) + " HTTP/1.1\r\n" + hostHeader + "\r\n\r\n");
        raw("a 40 kB header", "GET /q/health HTTP/1.1\r\n" + hostHeader + "\r\nX-Big: " + "b".repeat(40_000) + "\r\n\r\n");
        StringBuilder many = new StringBuilder("GET /q/health HTTP/1.1\r\n" + hostHeader + "\r\n");
        for (int i = 0; i < 2_000; i++) {
            many.append("X-H").append(i).append(": v\r\n");
        }
        raw("2000 headers", many + "\r\n");
        raw("no HTTP version", "GET /api/v1/\r\n\r\n");
        raw("HTTP/9.9", "GET /q/health HTTP/9.9\r\n" + hostHeader + "\r\n\r\n");
        raw("a space in the path", "GET /api/v1/a b HTTP/1.1\r\n" + hostHeader + "\r\n\r\n");
        raw("a CR in the path", "GET /api/v1/a\rb HTTP/1.1\r\n" + hostHeader + "\r\n\r\n");
        raw("a NUL in the path", "GET /api/v1/a\0b HTTP/1.1\r\n" + hostHeader + "\r\n\r\n");
        raw("a TLS hello", "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003\r\n\r\n");
        raw("binary garbage", "\u0000\u0001\u0002\u00ff\u00fe\r\n\r\n");
        raw("a header without colon", "GET /q/health HTTP/1.1\r\n" + hostHeader + "\r\nNoColonHere\r\n\r\n");
        raw("a header name with a space", "GET /q/health HTTP/1.1\r\n" + hostHeader + "\r\nBad Name: x\r\n\r\n");
        raw("a non-numeric Content-Length", "POST /api/v1/x HTTP/1.1\r\n" + hostHeader + "\r\nContent-Length: abc\r\n\r\n{}");
        raw("a negative Content-Length", "POST /api/v1/x HTTP/1.1\r\n" + hostHeader + "\r\nContent-Length: -5\r\n\r\n{}");
        raw("two different Content-Lengths", "POST /api/v1/x HTTP/1.1\r\n" + hostHeader
                + "\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}");
        raw("Content-Length and chunked", "POST /api/v1/x HTTP/1.1\r\n" + hostHeader
                + "\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
        raw("an unknown transfer coding", "POST /api/v1/x HTTP/1.1\r\n" + hostHeader + "\r\n" + t
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: gzip\r\n\r\n{}");
        raw("an unknown method", "FROB /q/health HTTP/1.1\r\n" + hostHeader + "\r\n\r\n");
        raw("TRACE", "TRACE /api/v1/ HTTP/1.1\r\n" + hostHeader + "\r\n\r\n");
        raw("CONNECT", "CONNECT localhost:1 HTTP/1.1\r\n" + hostHeader + "\r\n\r\n");
        raw("an absolute-form target", "GET http://elsewhere.invalid/api/v1/ HTTP/1.1\r\n" + hostHeader + "\r\n\r\n");
        raw("an asterisk target", "GET * HTTP/1.1\r\n" + hostHeader + "\r\n\r\n");
        raw("HTTP/1.0 without Host", "GET /api/v1/ HTTP/1.0\r\n\r\n");
        raw("HTTP/1.1 without Host", "GET /api/v1/ HTTP/1.1\r\nConnection: close\r\n\r\n");
        raw("a percent sign alone", "GET /api/v1/% HTTP/1.1\r\n" + hostHeader + "\r\n\r\n");
        raw("an invalid percent escape", "GET /api/v1/%zz HTTP/1.1\r\n" + hostHeader + "\r\n\r\n");
        raw("a query with invalid escapes", "GET /api/v1/?a=%zz&%=b HTTP/1.1\r\n" + hostHeader + "\r\n\r\n");
        raw("invalid UTF-8 in the path", "GET /api/v1/%C3%28%FF HTTP/1.1\r\n" + hostHeader + "\r\n\r\n");
        // A body that is declared larger than any a service accepts: refused without reading it.
        exchange("a body over the size limit, declared", RawHttp.head("POST", ascii("/api/v1/x"),
                List.of(hostHeader, t, "Content-Type: application/json", "Content-Length: " + OVER_BODY_LIMIT, "Connection: close")),
                filler(OVER_BODY_LIMIT), false);
    }

    private void raw(String what, String request) {
        exchange("raw: " + what, request.getBytes(StandardCharsets.ISO_8859_1), null, false);
    }

    // ---- values --------------------------------------------------------------------------------

    /** Path parameter values as the bytes that go on the request line (some deliberately not a valid URI). */
    private static Map<String, byte[]> hostilePathValues() {
        Map<String, byte[]> values = new LinkedHashMap<>();
        values.put("SQL, encoded", ascii(encode("'; DROP TABLE members;--")));
        values.put("template, raw", ascii("{{7*7}}"));
        values.put("template, encoded", ascii(encode("{{7*7}}")));
        values.put("NUL, encoded", ascii("%00"));
        values.put("a space, encoded", ascii("%20"));
        values.put("only spaces, encoded", ascii("%20%20%20"));
        values.put("percent alone", ascii("%"));
        values.put("invalid escape", ascii("%zz"));
        values.put("invalid UTF-8", ascii("%C3%28"));
        values.put("encoded slash", ascii("a%2Fb"));
        values.put("dot-dot", ascii(".."));
        values.put("encoded dot-dot slash", ascii("%2e%2e%2f%2e%2e%2fetc%2fpasswd"));
        values.put("backslash, raw", ascii("a\\b"));
        values.put("quotes and angle brackets, raw", ascii("\"<script>'"));
        values.put("pipe and caret, raw", ascii("a|b^c`d"));
        values.put("matrix parameter", ascii("x;y=z"));
        values.put("CRLF, encoded", ascii("%0D%0AX-Injected:%201"));
        values.put("non-ASCII, encoded", ascii(encode("ünïcødé-会议-😀")));
        values.put("non-ASCII, raw UTF-8", "ünïcødé-会议".getBytes(StandardCharsets.UTF_8));
        values.put("unpaired surrogate, encoded", ascii("%ED%A0%80"));
        values.put("3000 characters", ascii("a".repeat(3000)));
        values.put("beyond the request line limit", ascii("a".repeat(9000)));
        values.put("negative number", ascii("-1"));
        values.put("huge number", ascii("99999999999999999999999999"));
        values.put("NaN", ascii("NaN"));
        values.put("null", ascii("null"));
        values.put("empty", ascii(""));
        values.put("a UUID with trailing junk", ascii(UUID.randomUUID() + "x"));
        values.put("an uppercase UUID", ascii(UUID.randomUUID().toString().toUpperCase(Locale.ROOT)));
        return values;
    }

    /** Query values as they go on the request line. */
    private static Map<String, String> hostileQueryValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("SQL", encode("' OR 1=1;--"));
        values.put("template", encode("{{7*7}}${7*7}"));
        values.put("NUL", "%00");
        values.put("empty", "");
        values.put("percent alone", "%");
        values.put("invalid escape", "%zz");
        values.put("invalid UTF-8", "%C3%28");
        values.put("non-ASCII", encode("ünïcødé-😀"));
        values.put("raw braces and quotes", "{\"a\"}");
        values.put("negative", "-1");
        values.put("zero", "0");
        values.put("huge number", "99999999999999999999999999");
        values.put("fraction", "1.5");
        values.put("not a date", "yesterday");
        values.put("impossible date", "2024-13-45T99:99:99Z");
        values.put("not a UUID", "not-a-uuid");
        values.put("base64 garbage", "eyJhIjoi");
        values.put("3000 characters", "q".repeat(3000));
        values.put("CRLF", "%0D%0ASet-Cookie:%20x=y");
        return values;
    }

    private Map<String, byte[]> hostileBodies(JsonNode doc, JsonNode schema) {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("empty", new byte[0]);
        bodies.put("truncated JSON", ascii("{\"a\": "));
        bodies.put("trailing comma", ascii("{\"a\": 1,}"));
        bodies.put("single quotes", ascii("{'a': 1}"));
        bodies.put("not JSON", ascii("hello"));
        bodies.put("NUL bytes", new byte[] {0, 0, 0});
        bodies.put("invalid UTF-8", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});
        bodies.put("a BOM before JSON", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'});
        bodies.put("NaN", ascii("{\"a\": NaN}"));
        bodies.put("duplicate keys", ascii("{\"a\": 1, \"a\": 2}"));
        bodies.put("array", ascii("[]"));
        bodies.put("string", ascii("\"s\""));
        bodies.put("number", ascii("42"));
        bodies.put("null", ascii("null"));
        bodies.put("true", ascii("true"));
        bodies.put("empty object", ascii("{}"));
        bodies.put("arrays nested 100000 deep", ascii("[".repeat(100_000) + "]".repeat(100_000)));
        bodies.put("objects nested 5000 deep", ascii("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)));
        bodies.put("a 2000-digit number", ascii("{\"a\": " + "9".repeat(2_000) + "}"));
        bodies.put("a 1e400 number", ascii("{\"a\": 1e400}"));
        bodies.put("a 1 MB string", ascii("{\"a\": \"" + "x".repeat(1_000_000) + "\"}"));
        bodies.put("20000 keys", manyKeys(20_000));
        if (schema != null) {
            JsonNode sample = sampleOf(doc, schema, 0);
            bodies.put("well-formed", bytes(sample));
            if (sample instanceof ObjectNode object) {
                ObjectNode unknown = object.deepCopy();
                unknown.put("zzzUnknownField", "x");
                unknown.putObject("another").put("nested", true);
                bodies.put("well-formed with unknown fields", bytes(unknown));
                for (Iterator<String> fields = object.fieldNames(); fields.hasNext(); ) {
                    String field = fields.next();
                    for (Map.Entry<String, JsonNode> wrong : wrongValues(object.get(field)).entrySet()) {
                        ObjectNode variant = object.deepCopy();
                        variant.set(field, wrong.getValue());
                        bodies.put("field " + field + " " + wrong.getKey(), bytes(variant));
                    }
                }
            }
        }
        return bodies;
    }

    private static Map<String, JsonNode> wrongValues(JsonNode current) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        Map<String, JsonNode> values = new LinkedHashMap<>();
        values.put("null", f.nullNode());
        values.put("an object", f.objectNode().put("x", 1));
        values.put("an array of objects", f.arrayNode().add(f.objectNode().put("x", 1)));
        values.put("a NUL string", f.textNode("a\u0000b"));
        values.put("an unpaired surrogate", f.textNode("\ud800"));
        values.put("a 100000-character string", f.textNode("z".repeat(100_000)));
        values.put("SQL", f.textNode("'; DROP TABLE members;--"));
        values.put("non-ASCII", f.textNode("ünïcødé-会议-😀\u202e"));
        if (current.isTextual()) {
            values.put("a number", f.numberNode(-1));
            values.put("a boolean", f.booleanNode(true));
            values.put("blank", f.textNode("   "));
        } else {
            values.put("a string", f.textNode("not-what-you-expect"));
            values.put("a huge number", f.numberNode(new java.math.BigInteger("9".repeat(40))));
            values.put("a negative number", f.numberNode(-2147483649L));
            values.put("a fraction", f.numberNode(0.5));
        }
        if (current.isArray()) {
            ArrayNode many = f.arrayNode();
            for (int i = 0; i < 5_000; i++) {
                many.add(current.size() > 0 ? current.get(0) : f.textNode("t" + i));
            }
            values.put("5000 elements", many);
            values.put("with a null element", f.arrayNode().addNull());
        }
        return values;
    }

    // ---- OpenAPI helpers -----------------------------------------------------------------------

    private static JsonNode requestSchema(JsonNode doc, JsonNode op) {
        JsonNode content = resolve(doc, op.path("requestBody")).path("content");
        JsonNode media = content.has("application/json") ? content.get("application/json")
                : content.has("application/merge-patch+json") ? content.get("application/merge-patch+json")
                : content.fields().hasNext() ? content.fields().next().getValue() : null;
        return media == null ? null : resolve(doc, media.path("schema"));
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        int depth = 0;
        while (node != null && node.has("$ref") && depth++ < 20) {
            String ref = node.get("$ref").asText();
            JsonNode target = doc;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            node = target;
        }
        return node;
    }

    /** A well-formed instance of a schema, as a client generated from the document would send. */
    private static JsonNode sampleOf(JsonNode doc, JsonNode schema, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        schema = resolve(doc, schema);
        if (schema == null || depth > 6) {
            return f.nullNode();
        }
        if (schema.has("allOf")) {
            return sampleOf(doc, schema.get("allOf").get(0), depth + 1);
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        switch (type) {
            case "object": {
                ObjectNode object = f.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> p = schema.path("properties").fields(); p.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = p.next();
                    if (!property.getValue().path("readOnly").asBoolean()) {
                        object.set(property.getKey(), sampleOf(doc, property.getValue(), depth + 1));
                    }
                }
                return object;
            }
            case "array":
                return f.arrayNode().add(sampleOf(doc, schema.path("items"), depth + 1));
            case "integer":
                return f.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
            case "number":
                return f.numberNode(1.0);
            case "boolean":
                return f.booleanNode(true);
            default:
                return f.textNode(sampleString(schema.path("format").asText()));
        }
    }

    private static String sampleString(String format) {
        return switch (format) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date-time" -> Instant.now().plusSeconds(86_400 * 7).toString();
            case "date" -> "2030-01-01";
            case "email" -> "someone@example.org";
            case "uri", "url" -> "https://example.org/";
            default -> "sample";
        };
    }

    private String plausibleValue(String name, JsonNode schema) {
        if (knownValues.containsKey(name)) {
            return knownValues.get(name);
        }
        return schema != null && "uuid".equals(schema.path("format").asText()) ? UUID.randomUUID().toString() : "sample";
    }

    private static String fill(String template, Map<String, String> values, Map<String, String> overrides) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", encode(overrides.getOrDefault(value.getKey(), value.getValue())));
        }
        return path;
    }

    private static byte[] fillRaw(String template, Map<String, String> values, String param, byte[] raw) {
        String marker = "\u0001HOSTILE\u0001";
        String path = template.replace("{" + param + "}", marker);
        path = fill(path, values, Map.of());
        int at = path.indexOf(marker);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii(path.substring(0, at)));
        out.writeBytes(raw);
        out.writeBytes(ascii(path.substring(at + marker.length())));
        return out.toByteArray();
    }

    private static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }

    private static byte[] manyKeys(int count) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        }
        return ascii(json.append('}').toString());
    }

    private static byte[] filler(int size) {
        byte[] body = new byte[size];
        java.util.Arrays.fill(body, (byte) ' ');
        body[0] = '[';
        body[size - 1] = ']';
        return body;
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] ascii(String value) {
        return value.getBytes(StandardCharsets.ISO_8859_1);
    }
}
