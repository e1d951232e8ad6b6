package org.alshub.it;

import static org.alshub.it.Api.ANONYMOUS;
import static org.alshub.it.Api.FACILITATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * What `mvn -Prun` shows a newcomer: the app started with its demo data. The first workshops are
 * written while the app starts, which once left the feed cache without its database access.
 */
@ExtendWith(ArquillianExtension.class)
@ResourceLock(Deployments.LOCK)
@RunAsClient
class DemoIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        // one more config source, in a library jar, above the environment's ALS_DEMO_DATA=false
        // that the other tests run with; everything else keeps its usual value
        JavaArchive demoOn = ShrinkWrap.create(JavaArchive.class, "demo-on.jar")
                .addAsResource(new StringAsset("config_ordinal=500\nals.demo-data=true\n"),
                        "META-INF/microprofile-config.properties");
        return Deployments.shippedWar().addAsLibrary(demoOn);
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    @Test
    void thePublicFeedServesTheDemoWorkshops() {
        Api.Answer feed = api.get("calendar/workshops.ics", ANONYMOUS);
        assertEquals(200, feed.status(), feed.body());
        assertTrue(feed.body().contains("BEGIN:VEVENT") && feed.body().contains("Room 8"), feed.body());
    }

    @Test
    void theNovemberWorkshopHasItsSixProjectsAndFourActions() {
        String record = api.get("api/workshops/1/record?format=markdown", FACILITATOR).body();
        assertTrue(record.contains("29 November 2012"), record);
        assertTrue(record.contains("large departmental plan"), record);
        assertTrue(record.contains("already far along"), record);
        assertEquals(4, api.get("api/actions", FACILITATOR).json().getJsonObject("counts").getInt("ALL"));
        String january = api.get("api/workshops/2", FACILITATOR).body();
        assertTrue(january.contains("Room 8") && january.contains("2013-01-23T10:00"), january);
    }
}
