package org.givefirst.webhooks.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code webhook-signature} header of the Standard Webhooks specification: for each secret,
 * {@code v1,} and the base64 HMAC-SHA256 of {@code id.timestamp.body}; several signatures (while a
 * rotated secret still overlaps the new one) are separated by spaces, and a receiver accepts a
 * delivery when any one of them verifies.
 */
public final class WebhookSignature {

    public static final String VERSION = "v1";

    private WebhookSignature() {
    }

    /** The header value for these secrets, the current one first. */
    public static String header(List<WebhookSecret> secrets, String id, long timestampSeconds, byte[] body) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("At least one secret signs a delivery");
        }
        return secrets.stream().map(secret -> sign(secret, id, timestampSeconds, body)).collect(Collectors.joining(" "));
    }

    /** One signature, {@code v1,<base64>}. */
    public static String sign(WebhookSecret secret, String id, long timestampSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            mac.update((id + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return VERSION + "," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
