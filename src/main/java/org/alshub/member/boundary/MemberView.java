package org.alshub.member.boundary;

import java.util.List;
import org.alshub.member.entity.Member;

/** A member as the API shows them. role is null for members without an account. */
public record MemberView(long id, String name, String email, List<String> affiliations, String organisation,
                         boolean listedInDirectory, Long invitedById, String role, int version) {

    static MemberView of(Member member, String role) {
        return new MemberView(member.id(), member.name(), member.email(),
                member.affiliations().stream().map(Enum::name).sorted().toList(),
                member.organisation(), member.listedInDirectory(), member.invitedBy(), role, member.version());
    }
}
