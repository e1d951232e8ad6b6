package org.alshub.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.alshub.app.ApiApplication;
import org.alshub.app.PagesApplication;
import org.alshub.calendar.boundary.CalendarApplication;
import org.alshub.invitation.boundary.InvitationApplication;
import org.junit.jupiter.api.Test;

/** The next feature cannot forget the audit: a control service that writes must be audited. */
class AuditedServicesTest {

    /** Writes that are no one's change, each with why. */
    private static final java.util.Set<String> NOT_CHANGES = java.util.Set.of(
            // a feed's Last-Modified, stamped when a calendar app reads it: a cache, written on every read
            "FeedStamps.modifiedAt");

    @Test
    void everyControlServiceMethodThatMayWriteIsAudited() throws Exception {
        TreeSet<String> unaudited = new TreeSet<>();
        int audited = 0;
        for (Class<?> service : controlClasses()) {
            if (service.getPackageName().startsWith("org.alshub.audit")) {
                continue; // the log itself
            }
            for (Method method : service.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                        || !AuditInterceptor.isChange(method)) {
                    continue;
                }
                if (service.isAnnotationPresent(Audited.class) || method.isAnnotationPresent(Audited.class)
                        || NOT_CHANGES.contains(service.getSimpleName() + "." + method.getName())) {
                    audited++;
                } else {
                    unaudited.add(service.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(new TreeSet<>(), unaudited, "control methods that may write but leave no audit entry");
        assertTrue(audited > 40, "found " + audited + " audited changes: is the scan looking at the classes?");
    }

    @Test
    void everyApplicationOpensADoorForEachRequest() {
        for (Application application : List.of(new ApiApplication(), new PagesApplication(), new CalendarApplication(),
                new InvitationApplication())) {
            assertTrue(application.getClasses().contains(Doors.class), application.getClass().getSimpleName());
        }
    }

    @Test
    void theRecordIsWhatTheChangeReturnedElseItsFirstId() {
        record Made(Long id) {
        }
        assertEquals("57", AuditInterceptor.recordOf(new Made(57L), new Object[]{"x"}));
        assertEquals("12", AuditInterceptor.recordOf(null, new Object[]{"text", 12L, 13L}));
        assertEquals(null, AuditInterceptor.recordOf("no id", new Object[]{"text"}));
    }

    private static List<Class<?>> controlClasses() throws IOException, URISyntaxException {
        Path classes = Path.of(AuditInterceptor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes.resolve("org/alshub"))) {
            return files.filter(p -> p.getParent().getFileName().toString().equals("control")
                            && p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
                    .map(p -> classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(AuditedServicesTest::load)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, AuditedServicesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
