package org.alshub.platform.config;

import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** One clock for the app, so "now" has one meaning everywhere. */
@jakarta.enterprise.context.ApplicationScoped
public class ClockProducer {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
