package org.alshub.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.alshub.platform.web.PublicAddress;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Who the set's invitations come from, how UIDs are made and where links point. */
@ApplicationScoped
public class CalendarSettings {

    @Inject
    @ConfigProperty(name = "als.calendar.organizer-email", defaultValue = "als@example.org")
    String organizerEmail;

    @Inject
    @ConfigProperty(name = "als.calendar.organizer-name", defaultValue = "Action Learning Set")
    String organizerName;

    /** Part of every UID: set it once before the first invitation and never change it. */
    @Inject
    @ConfigProperty(name = "als.calendar.uid-domain", defaultValue = "als-hub")
    String uidDomain;

    /** The address people reach the app at (ALS_PUBLIC_URL), else one safe to take from the request. */
    @Inject
    PublicAddress publicAddress;

    @Inject
    java.time.Clock clock;

    public Calendars calendars() {
        return new Calendars(new Calendars.Settings(organizerEmail, organizerName, uidDomain), clock);
    }

    public String organizerEmail() {
        return organizerEmail;
    }

    public String organizerName() {
        return organizerName;
    }

    @Inject
    org.alshub.platform.config.AlsConfig config;

    /**
     * The app's root where no request says it (a job, an email read from the mailbox): from
     * configuration, else this server's own port on localhost, which only works on this machine.
     */
    public URI base() {
        return base(URI.create("http://localhost:" + config.httpPort() + "/"));
    }

    public boolean publicUrlConfigured() {
        return publicAddress.configured().isPresent();
    }

    /** The app's root for a page request: from configuration, else the root the browser used (see {@link PublicAddress}). */
    public URI base(URI siteRoot) {
        return publicAddress.root(siteRoot);
    }

    /** The app's root ("https://als.example.org/"), from configuration or else from the request. */
    public URI base(UriInfo request, String applicationPath) {
        return publicAddress.root(request.getBaseUri());
    }
}
