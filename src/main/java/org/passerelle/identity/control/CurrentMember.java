package org.passerelle.identity.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.passerelle.identity.entity.Member;

/** The member behind the current request, if anyone is logged in. */
@RequestScoped
public class CurrentMember {
    @Inject
    SecurityContext security;
    @PersistenceContext
    EntityManager em;

    private Member member;

    public Optional<Member> get() {
        if (member == null) {
            Principal principal = security.getCallerPrincipal();
            if (principal == null) {
                return Optional.empty();
            }
            member = em.createNamedQuery(Member.BY_LOGIN, Member.class)
                    .setParameter("login", principal.getName())
                    .getResultStream().findFirst().orElse(null);
        }
        return Optional.ofNullable(member);
    }

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    public boolean hasRole(String role) {
        return security.isCallerInRole(role);
    }
}
