package org.alshub.it;

import static org.alshub.it.Api.FACILITATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * An upgrade keeps the data: the current WAR starts on a database written by release 0.1.0
 * (only the first changelog applied; fixtures/release-0.1.0-derby.zip), migrates it, and every
 * row is still there and usable.
 */
@ExtendWith(ArquillianExtension.class)
@ResourceLock(Deployments.LOCK)
@RunAsClient
class UpgradeIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWarOn("/fixtures/release-0.1.0-derby.zip");
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    @Test
    void membersAndAccountsFromTheOldReleaseAreIntact() {
        List<JsonObject> members = api.get("api/members?size=100", FACILITATOR).items().getValuesAs(JsonObject.class);
        assertTrue(members.stream().map(m -> m.getString("email")).toList().containsAll(
                List.of("facilitator@alshub.test", "zoe@lambeth.example", "lukasz@friends.example")));
        JsonObject zoe = byEmail(members, "zoe@lambeth.example");
        assertEquals("Zoë Ó Briain", zoe.getString("name"));
        assertEquals(List.of("OFFICER", "RESIDENT"), zoe.getJsonArray("affiliations").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("OFFICER", zoe.getString("role"));
        JsonObject lukasz = byEmail(members, "lukasz@friends.example");
        assertEquals("Łukasz Wójcik", lukasz.getString("name"));
        assertEquals(zoe.getInt("id"), lukasz.getInt("invitedById"));
        assertEquals(false, lukasz.getBoolean("listedInDirectory"));

        Api.Caller zoeSignsIn = new Api.Caller("zoe@lambeth.example", "fixture-officer-password");
        assertEquals(200, api.get("api/me", zoeSignsIn).status(), "passwords hashed by the old release still work");
        assertTrue(api.get("api/members?size=100", zoeSignsIn).body().contains("Zoë"));
        assertTrue(!api.get("api/members?size=100", zoeSignsIn).body().contains("lukasz@"), "consent is kept");
    }

    @Test
    void workshopsAndTheSeriesWithItsMovedAndCancelledOccurrencesAreIntact() {
        JsonObject november = api.get("api/workshops/1", FACILITATOR).json();
        assertEquals("2012-11-29T10:00:00Z", november.getString("startsAt"));
        assertEquals("Six projects", november.getString("agendaNotes"));

        JsonObject series = api.get("api/series/1", FACILITATOR).json();
        assertEquals("fourth Wednesday", series.getString("rule"));
        List<JsonObject> occurrences = series.getJsonArray("occurrences").getValuesAs(JsonObject.class);
        assertTrue(occurrences.size() >= 179, "occurrences: " + occurrences.size());
        assertEquals("2013-01-23", occurrences.get(0).getString("occurrenceDate"));
        JsonObject moved = api.get("api/workshops/74", FACILITATOR).json();
        assertEquals("2013-02-28T14:00:00Z", moved.getString("startsAt"));
        assertEquals("Room 9, Town Hall", moved.getString("location"));
        assertTrue(moved.getBoolean("moved"));
        assertEquals(1, moved.getInt("sequence"));
        assertEquals("CANCELLED", api.get("api/workshops/33", FACILITATOR).json().getString("status"));
    }

    @Test
    void theMigratedDatabaseTakesNewWork() {
        Api.Answer added = api.post("api/members", "{\"name\":\"New Member\",\"email\":\"new@lambeth.example\"}", FACILITATOR);
        assertEquals(201, added.status(), added.body());
        assertEquals(409, api.post("api/members", "{\"name\":\"Zoe Again\",\"email\":\"ZOE@lambeth.example\"}", FACILITATOR).status());
    }

    static JsonObject byEmail(List<JsonObject> members, String email) {
        return members.stream().filter(m -> m.getString("email").equals(email)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + email));
    }
}
