package org.alshub.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.alshub.calendar.control.CalendarSettings;
import org.alshub.platform.config.AlsConfig;
import org.junit.jupiter.api.Test;

/** With the example organizer, replies would go nowhere: nothing is sent, except in the demo. */
class MailSettingsTest {

    static MailSettings settings(String organizer, boolean demo) throws Exception {
        MailSettings settings = new MailSettings();
        settings.host = Optional.of("smtp.lambeth.test");
        settings.from = Optional.empty();
        CalendarSettings calendar = new CalendarSettings();
        set(calendar, "organizerEmail", organizer);
        set(calendar, "organizerName", "Action Learning Set");
        settings.calendar = calendar;
        AlsConfig config = new AlsConfig();
        set(config, "demoData", demo);
        settings.config = config;
        return settings;
    }

    static void set(Object target, String field, Object value) throws Exception {
        var f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    @Test
    void theExampleOrganizerOutsideTheDemoRefusesToSendAndSaysWhatToSet() throws Exception {
        String why = settings("als@example.org", false).refusal().orElseThrow();
        assertTrue(why.contains("als@example.org") && why.contains("ALS_CALENDAR_ORGANIZER_EMAIL"), why);
        assertEquals(Optional.empty(), settings("als@example.org", true).refusal(), "the demo may send");
        assertEquals(Optional.empty(), settings("als@lambeth.gov.uk", false).refusal());
        assertEquals("als@lambeth.gov.uk", settings("als@lambeth.gov.uk", false).fromAddress(),
                "the sender is the organizer, so replies find their way back");
    }

    @Test
    void withoutAMailServerNothingIsSent() throws Exception {
        MailSettings settings = settings("als@lambeth.gov.uk", false);
        settings.host = Optional.of(" ");
        assertTrue(settings.refusal().orElseThrow().contains("ALS_SMTP_HOST"));
    }
}
