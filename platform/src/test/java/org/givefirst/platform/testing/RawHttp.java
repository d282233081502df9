package org.givefirst.platform.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 client that sends exactly the bytes it is given — illegal characters in the request
 * line, broken encodings, lying lengths — which ordinary clients refuse or normalise. One request per
 * connection; the answer is read in full, or the exchange is reported as a dropped connection.
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 20_000;
    private static final int MAX_BODY = 4 * 1024 * 1024;

    private final String host;
    private final int port;

    public RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** An answer as read from the wire; {@code header} names are lower case. */
    public record Answer(int status, Map<String, String> headers, byte[] body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** The server closed the connection (or went silent) without a complete answer. */
    public static final class DroppedConnection extends IOException {
        DroppedConnection(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Request head and body as bytes, with the body (if any) written while the answer is read. */
    public Answer exchange(byte[] head, byte[] body, boolean headRequest) throws DroppedConnection {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            Thread writer = null;
            out.write(head);
            if (body != null && body.length > 0) {
                // A server may answer (413) and close before the whole body is sent: write aside, read here.
                writer = new Thread(() -> {
                    try {
                        out.write(body);
                        out.flush();
                    } catch (IOException answeredEarly) {
                        // the answer tells what happened
                    }
                }, "raw-http-body");
                writer.setDaemon(true);
                writer.start();
            } else {
                out.flush();
            }
            try {
                return read(socket.getInputStream(), headRequest);
            } finally {
                if (writer != null) {
                    writer.interrupt();
                }
            }
        } catch (DroppedConnection dropped) {
            throw dropped;
        } catch (IOException e) {
            throw new DroppedConnection("no complete answer: " + e, e);
        }
    }

    private static Answer read(InputStream in, boolean headRequest) throws IOException {
        String statusLine = line(in);
        if (statusLine == null || !statusLine.startsWith("HTTP/")) {
            throw new DroppedConnection("no status line (got " + statusLine + ")", null);
        }
        String[] parts = statusLine.split(" ", 3);
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim(),
                        (a, b) -> a + ", " + b);
            }
        }
        if (status == 100) {
            return read(in, headRequest);
        }
        byte[] body;
        if (headRequest || status == 204 || status == 304) {
            body = new byte[0];
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
            if (body.length < Integer.parseInt(headers.get("content-length"))) {
                throw new DroppedConnection("body cut short after " + body.length + " bytes", null);
            }
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked(in);
        } else {
            body = in.readNBytes(MAX_BODY);
        }
        return new Answer(status, headers, body);
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            if (size == null) {
                throw new DroppedConnection("chunked body cut short", null);
            }
            int length = Integer.parseInt(size.split(";")[0].trim(), 16);
            if (length == 0) {
                for (String trailer = line(in); trailer != null && !trailer.isEmpty(); trailer = line(in)) {
                    // trailers are not used
                }
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes(length);
            if (chunk.length < length) {
                throw new DroppedConnection("chunk cut short", null);
            }
            body.write(chunk);
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    /** Builds a request head: the request line as raw bytes, then the headers. */
    public static byte[] head(String method, byte[] target, List<String> headers) {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes(method.getBytes(StandardCharsets.ISO_8859_1));
        head.write(' ');
        head.writeBytes(target);
        head.writeBytes(" HTTP/1.1\r\n".getBytes(StandardCharsets.ISO_8859_1));
        for (String header : headers) {
            head.writeBytes(header.getBytes(StandardCharsets.UTF_8));
            head.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        head.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return head.toByteArray();
    }

    static List<String> headers(String... headers) {
        return new ArrayList<>(List.of(headers));
    }
}
