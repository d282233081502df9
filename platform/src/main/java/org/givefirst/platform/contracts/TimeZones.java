package org.givefirst.platform.contracts;

import java.time.ZoneId;

/** Time zones as every Givefirst API and fact names them: an id of the IANA time zone database. */
public final class TimeZones {

    private TimeZones() {
    }

    /** True for a zone of the IANA database, e.g. {@code Europe/Lisbon} (not a bare offset such as {@code +01:00}). */
    public static boolean isIana(String zone) {
        return zone != null && ZoneId.getAvailableZoneIds().contains(zone);
    }
}
