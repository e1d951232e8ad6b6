package org.alshub.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alshub.member.entity.Account;
import org.alshub.member.entity.Member;
import org.alshub.platform.security.SignInCache;
import org.alshub.privacy.control.PersonalDataSource;

/** The member record itself and their account. */
@ApplicationScoped
public class MemberPersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @jakarta.inject.Inject
    SignInCache signIns;

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("member", "member_affiliation", "account", "password_reset");
    }

    @Override
    public String name() {
        return "member";
    }

    @Override
    public Map<String, Object> export(long memberId) {
        Member member = em.find(Member.class, memberId);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", member.id());
        data.put("name", member.name());
        data.put("email", member.email());
        data.put("affiliations", member.affiliations().stream().map(Enum::name).sorted().toList());
        data.put("organisation", member.organisation());
        data.put("listedInDirectory", member.listedInDirectory());
        data.put("invitedById", member.invitedBy());
        data.put("joinedAt", member.createdAt() == null ? null : member.createdAt().toString());
        Account account = em.find(Account.class, memberId);
        if (account != null) {
            data.put("account", Map.of("role", account.role().name(), "active", account.active(),
                    "password", "kept only as a PBKDF2 hash"));
        }
        data.put("invitedMembers", em.createQuery("select m.id from Member m where m.invitedBy = :id", Long.class)
                .setParameter("id", memberId).getResultList());
        return data;
    }

    @Override
    public void erase(long memberId) {
        Member member = em.find(Member.class, memberId);
        signIns.forget(member.emailKey());
        em.createQuery("delete from PasswordReset r where r.memberId = :id").setParameter("id", memberId).executeUpdate();
        Account account = em.find(Account.class, memberId);
        if (account != null) {
            em.remove(account);
        }
        member.erase();
    }
}
