package org.alshub.member.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.alshub.member.control.Members;
import org.alshub.member.entity.Affiliation;

/**
 * A member as sent by a facilitator, or by the member about themselves. Like every form, a plain
 * class with public fields rather than a record: Payara 6.2025.10 fails to build /openapi when a
 * record component carries a Bean Validation constraint.
 */
public class MemberForm {
    public @NotBlank @Size(max = 200) String name;
    public @NotBlank @Email @Size(max = 320) String email;
    public @Size(max = 4) Set<@Pattern(regexp = "OFFICER|COUNCILLOR|RESIDENT|EXTERNAL", message = "must be one of OFFICER, COUNCILLOR, RESIDENT, EXTERNAL") String> affiliations;
    public @Size(max = 200) String organisation;
    public Boolean listedInDirectory;
    public Long invitedById;

    Members.Details details() {
        Set<Affiliation> kinds = EnumSet.noneOf(Affiliation.class);
        if (affiliations != null) {
            affiliations.forEach(a -> kinds.add(Affiliation.valueOf(a)));
        }
        return new Members.Details(name, email, kinds, organisation == null || organisation.isBlank() ? null : organisation.strip(),
                Boolean.TRUE.equals(listedInDirectory));
    }
}
