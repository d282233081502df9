package org.givefirst.webhooks.domain;

/** Where a delivery is: waiting for its (next) attempt, answered with a 2xx, or out of retries. */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static DeliveryStatus fromWireName(String name) {
        for (DeliveryStatus status : values()) {
            if (status.wireName().equals(name)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown delivery status " + name);
    }
}
