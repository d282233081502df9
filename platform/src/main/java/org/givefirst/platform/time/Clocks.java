package org.givefirst.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one {@link Clock} every service takes the time from (UTC). A test that needs to move time
 * produces its own {@code Clock} bean, which replaces this default one.
 */
@Singleton
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock utc() {
        return Clock.systemUTC();
    }
}
