package org.givefirst.webhooks.client;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import org.givefirst.webhooks.config.WebhooksConfig;
import org.givefirst.webhooks.domain.TargetRules.Target;

/**
 * Sends one webhook: a POST of the body with its headers to the address that was checked (the host
 * is only the {@code Host} header and the TLS server name, never looked up again), within the
 * connect and total timeouts, without following redirects (a 3xx is a failed attempt), keeping at most
 * a short excerpt of the answer and closing the connection past it.
 */
@ApplicationScoped
public class WebhookSender {

    /** The outcome of an attempt: the status code (0 when there was no answer) or the error, and a short excerpt. */
    public record Sent(int statusCode, String error, String excerpt, long durationMillis) {
        public boolean accepted() {
            return statusCode >= 200 && statusCode < 300;
        }
    }

    private final WebhooksConfig config;
    private final HttpClient client;

    public WebhookSender(Vertx vertx, WebhooksConfig config) {
        this.config = config;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.delivery().connectTimeout().toMillis())
                .setIdleTimeout((int) config.delivery().timeout().toSeconds())
                .setKeepAlive(false)
                .setTryUseCompression(false)
                .setMaxPoolSize(200));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    public CompletionStage<Sent> send(Target target, Map<String, String> headers, byte[] body) {
        long start = System.nanoTime();
        URI url = target.url();
        String path = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        boolean tls = "https".equalsIgnoreCase(url.getScheme());
        MultiMap requestHeaders = MultiMap.caseInsensitiveMultiMap();
        headers.forEach(requestHeaders::set);
        requestHeaders.set("content-type", "application/json");
        requestHeaders.set("user-agent", "Givefirst-Webhooks/1");
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.addresses().get(0).getHostAddress()))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(tls)
                .setURI(path)
                .setHeaders(requestHeaders)
                .setFollowRedirects(false)
                .setTimeout(config.delivery().timeout().toMillis());
        int limit = config.delivery().responseExcerpt();
        CompletableFuture<Sent> result = new CompletableFuture<>();
        client.request(options)
                .compose(request -> request.send(Buffer.buffer(body)))
                .onSuccess(response -> {
                    StringBuilder excerpt = new StringBuilder();
                    AtomicBoolean cut = new AtomicBoolean();
                    response.handler(chunk -> {
                        if (cut.get()) {
                            return;
                        }
                        excerpt.append(chunk.toString(StandardCharsets.UTF_8));
                        if (excerpt.length() > limit) {
                            excerpt.setLength(limit);
                            cut.set(true);
                            // Nothing more is read: the rest of a large answer is never taken in.
                            response.request().connection().close();
                            result.complete(new Sent(response.statusCode(), null, excerpt.toString(), millisSince(start)));
                        }
                    });
                    response.endHandler(done -> result.complete(
                            new Sent(response.statusCode(), null, excerpt.toString(), millisSince(start))));
                    response.exceptionHandler(e -> result.complete(
                            new Sent(response.statusCode(), null, excerpt.toString(), millisSince(start))));
                })
                .onFailure(e -> result.complete(new Sent(0, describe(e), null, millisSince(start))));
        return result;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 300 ? message.substring(0, 300) : message;
    }
}
