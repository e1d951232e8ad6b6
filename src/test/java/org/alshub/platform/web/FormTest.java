package org.alshub.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;
import java.lang.annotation.Annotation;
import java.util.List;
import org.alshub.platform.problem.Problem;
import org.alshub.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** How a form's problems are worded for the person at it, and where the error summary sends them. */
class FormTest {

    static class Sent {
        @FormParam("title")
        @NotBlank
        @Size(max = 1000)
        String title = "  Co-production ";
        @FormParam("email")
        @Email
        String email;
        @FormParam("capacity")
        @Max(10000)
        String capacity = "lots";
        @FormParam("affiliations")
        List<String> affiliations = List.of("OFFICER", "RESIDENT");
        String notAField = "ignored";
    }

    static Annotation on(String field, Class<? extends Annotation> type) throws Exception {
        return Sent.class.getDeclaredField(field).getAnnotation(type);
    }

    @Test
    void whatWasSentIsShownBackAsTyped() {
        Form form = Form.of(new Sent());
        assertEquals("  Co-production ", form.value("title"));
        assertEquals("Co-production", form.text("title"));
        assertEquals(List.of("OFFICER", "RESIDENT"), form.all("affiliations"));
        assertEquals("", form.value("email"), "nothing sent: an empty box");
        assertNull(form.text("notAField"));
        assertNull(form.number("capacity"));
        assertEquals("Capacity must be a whole number, like 20", form.errorFor("capacity"));
    }

    @Test
    void beanValidationFindingsAreWordedWithTheFieldsName() throws Exception {
        Form form = Form.empty().name("title", "Title", "Enter a title").name("capacity", "Places", "Enter places");
        assertEquals("Enter a title", form.wording("title", on("title", NotBlank.class), "must not be blank"));
        assertEquals("Title must be 1,000 characters or fewer",
                form.wording("title", on("title", Size.class), "size must be between 0 and 1000"));
        assertEquals("Places must be 10000 or less", form.wording("capacity", on("capacity", Max.class), "x"));
        assertEquals("Enter an email address in the correct format, like name@example.com",
                form.wording("email", on("email", Email.class), "must be a well-formed email address"));
    }

    @Test
    void theErrorSummaryListsProblemsInTheOrderOfTheFieldsAndLinksToTheFirstInput() {
        Form form = Form.empty().name("title", "Title", "Enter a title").name("date", "Date", "Enter a date")
                .name("stage", "Stage", "Choose a stage").choice("stage");
        form.error("stage", "Choose a stage");
        form.date("date");
        form.set("date-day", "31").set("date-month", "2").set("date-year", "2027");
        form.date("date");
        form.error("title", "Enter a title");
        form.error("title", "a second problem with the title is not shown");
        assertEquals(List.of(new Form.ErrorLink("#title", "Enter a title"),
                new Form.ErrorLink("#date-day", "Date must be a real date, like 27 3 2027"),
                new Form.ErrorLink("#stage-1", "Choose a stage")), form.summary());
    }

    @Test
    void aServicesRefusalLandsBesideItsField() {
        Form form = Form.empty().name("rule", "Which day", "Enter which day");
        form.problem(ProblemException.invalid("rule", "is not a day of the month: say \"last Wednesday\" instead"),
                "title");
        assertEquals("Which day is not a day of the month: say \"last Wednesday\" instead", form.errorFor("rule"));
        form.problem(new ProblemException(Problem.of(409, "Conflict", "A member with this email already exists.")),
                "email");
        assertEquals("A member with this email already exists.", form.errorFor("email"));
    }
}
