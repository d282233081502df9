package org.givefirst.webhooks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    // The test vector published with the Standard Webhooks specification
    // (github.com/standard-webhooks/standard-webhooks, spec/standard-webhooks.md, and its libraries' tests).
    private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long SPEC_TIMESTAMP = 1614265330L;
    private static final byte[] SPEC_BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void signsTheSpecificationsTestVector() {
        assertEquals(SPEC_SIGNATURE, WebhookSignature.sign(WebhookSecret.parse(SPEC_SECRET), SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY));
        assertEquals(SPEC_SIGNATURE, WebhookSignature.header(List.of(WebhookSecret.parse(SPEC_SECRET)), SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY));
    }

    @Test
    void anyChangeToIdTimestampOrBodyChangesTheSignature() {
        WebhookSecret secret = WebhookSecret.parse(SPEC_SECRET);
        assertNotEquals(SPEC_SIGNATURE, WebhookSignature.sign(secret, SPEC_ID + "x", SPEC_TIMESTAMP, SPEC_BODY));
        assertNotEquals(SPEC_SIGNATURE, WebhookSignature.sign(secret, SPEC_ID, SPEC_TIMESTAMP + 1, SPEC_BODY));
        assertNotEquals(SPEC_SIGNATURE, WebhookSignature.sign(secret, SPEC_ID, SPEC_TIMESTAMP,
                "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void duringAnOverlapBothSecretsSignSpaceSeparatedTheCurrentFirst() {
        WebhookSecret current = WebhookSecret.generate();
        WebhookSecret previous = WebhookSecret.parse(SPEC_SECRET);
        String header = WebhookSignature.header(List.of(current, previous), SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY);
        String[] signatures = header.split(" ");
        assertEquals(2, signatures.length);
        assertEquals(WebhookSignature.sign(current, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY), signatures[0]);
        assertEquals(SPEC_SIGNATURE, signatures[1]);
    }

    @Test
    void generatedSecretsAreWhsecBase64Of32RandomBytesAndReadBack() {
        WebhookSecret one = WebhookSecret.generate();
        WebhookSecret two = WebhookSecret.generate();
        assertTrue(one.text().matches("whsec_[A-Za-z0-9+/]{43}="), one.text());
        assertNotEquals(one.text(), two.text());
        assertEquals(one.text(), WebhookSecret.parse(one.text()).text());
        assertEquals(one.text(), WebhookSecret.parse(one.text().substring("whsec_".length())).text());
        assertEquals("WebhookSecret[hidden]", one.toString());
    }

    @Test
    void secretsThatAreNotBase64OrTooShortAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> WebhookSecret.parse("whsec_not base64!"));
        assertThrows(IllegalArgumentException.class, () -> WebhookSecret.parse("whsec_c2hvcnQ="));
    }
}
