package org.passerelle.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Role;

/** Turns a checked OpenID identity into the matching member's login and roles, as a password login would. */
@ApplicationScoped
public class OidcIdentityStore implements IdentityStore {
    @Inject
    OidcAccounts accounts;
    @PersistenceContext
    EntityManager em;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof OidcCredential oidc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<String> login = accounts.match(oidc.identity());
        if (login.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Member member = em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", login.get())
                .getSingleResult();
        Set<String> groups = member.getRoles().stream().map(Role::roleName).collect(Collectors.toSet());
        return new CredentialValidationResult(member.getLogin(), groups);
    }
}
