package org.givefirst.webhooks.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * An endpoint's signing secret in the Standard Webhooks form: {@code whsec_} and the base64 of 24 to 64
 * random bytes (Givefirst makes 32). The bytes are the HMAC key; the text is what the organizer copies.
 */
public final class WebhookSecret {

    public static final String PREFIX = "whsec_";
    private static final int LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    private WebhookSecret(byte[] key) {
        this.key = key;
    }

    public static WebhookSecret generate() {
        byte[] key = new byte[LENGTH];
        RANDOM.nextBytes(key);
        return new WebhookSecret(key);
    }

    /**
     * Reads a secret written by {@link #text()} (the prefix may be left out, as receivers' libraries allow).
     *
     * @throws IllegalArgumentException when it is not base64 of 24 to 64 bytes
     */
    public static WebhookSecret parse(String text) {
        Objects.requireNonNull(text, "secret");
        String encoded = text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : text;
        byte[] key = Base64.getDecoder().decode(encoded);
        if (key.length < 24 || key.length > 64) {
            throw new IllegalArgumentException("A webhook secret has 24 to 64 bytes");
        }
        return new WebhookSecret(key);
    }

    public String text() {
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    byte[] key() {
        return key.clone();
    }

    @Override
    public String toString() {
        return "WebhookSecret[hidden]";
    }
}
