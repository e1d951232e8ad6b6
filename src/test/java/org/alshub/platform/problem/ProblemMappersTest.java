package org.alshub.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    @Test
    void aLockTimeoutIsA503WithRetryAfterNotA500() {
        // as EclipseLink wraps Derby's refusal while a backup holds its locks
        var timeout = new PersistenceException("Exception [EclipseLink-4002]",
                new SQLException("A lock could not be obtained within the time requested", "40XL1"));
        Problem problem = ProblemMappers.problemOf(new RuntimeException("transaction rolled back", timeout));
        assertEquals(503, problem.status());
        assertTrue(problem.detail().contains("Nothing was saved"), problem.detail());
        assertTrue(problem.detail().contains("Try again in " + ProblemMappers.RETRY_AFTER_SECONDS + " seconds"));
    }

    @Test
    void aDateOutsideTheYearsIsA400NamingTheField() {
        var refused = new JsonbException("Unable to deserialize property 'start' because of: must be in a year",
                new JsonDates.OutOfRange());
        Problem problem = ProblemMappers.problemOf(new jakarta.ws.rs.ProcessingException("Error deserializing", refused));
        assertEquals(400, problem.status());
        assertEquals("start", problem.errors().get(0).field());
    }
}
