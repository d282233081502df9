package org.givefirst.platform.contracts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the wire enums of the catalogue are written in JSON, facts and databases: lower snake case. */
final class WireName {

    private WireName() {
    }

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> of(c).equals(value)).findFirst();
    }
}
