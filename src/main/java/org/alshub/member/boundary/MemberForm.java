package org.alshub.member.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;
import java.util.EnumSet;
import java.util.Set;
import org.alshub.member.control.Members;
import org.alshub.member.entity.Affiliation;

/**
 * A member as sent by a facilitator, or by the member about themselves: as JSON to the API, or as
 * the member form of the pages (the same fields, hence the {@code @FormParam} names). Like every
 * form, a plain class with public fields rather than a record: Payara 6.2025.10 fails to build
 * /openapi when a record component carries a Bean Validation constraint.
 */
public class MemberForm {
    @FormParam("name")
    public @NotBlank @Size(max = 200) String name;
    @FormParam("email")
    public @NotBlank @Email @Size(max = 320) String email;
    @FormParam("affiliations")
    public @Size(max = 4) Set<@Pattern(regexp = "OFFICER|COUNCILLOR|RESIDENT|EXTERNAL", message = "must be one of OFFICER, COUNCILLOR, RESIDENT, EXTERNAL") String> affiliations;
    @FormParam("organisation")
    public @Size(max = 200) String organisation;
    @FormParam("listedInDirectory")
    public Boolean listedInDirectory;
    public Long invitedById;

    /** As typed into a page: surrounding spaces go, an empty box is no answer. */
    void strip() {
        name = blankToNull(name);
        email = blankToNull(email);
        organisation = blankToNull(organisation);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Members.Details details() {
        Set<Affiliation> kinds = EnumSet.noneOf(Affiliation.class);
        if (affiliations != null) {
            affiliations.forEach(a -> kinds.add(Affiliation.valueOf(a)));
        }
        return new Members.Details(name, email, kinds, organisation == null || organisation.isBlank() ? null : organisation.strip(),
                Boolean.TRUE.equals(listedInDirectory));
    }
}
