package org.passerelle.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Role;

/** Checks a login and password against the members table; the roles become the caller's groups. */
@ApplicationScoped
public class MemberIdentityStore implements IdentityStore {
    private static final Logger LOG = Logger.getLogger(MemberIdentityStore.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    PasswordHasher hasher;
    @Inject
    CredentialCache recent;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Member member = em.createNamedQuery(Member.BY_LOGIN, Member.class)
                .setParameter("login", login.getCaller())
                .getResultStream().findFirst().orElse(null);
        if (member == null || !member.isActive() || !passwordMatches(login, member)) {
            LOG.info(() -> "login refused for account '" + sanitize(login.getCaller()) + "'");
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = member.getRoles().stream().map(Role::roleName).collect(Collectors.toSet());
        return new CredentialValidationResult(member.getLogin(), groups);
    }

    /**
     * PBKDF2 only when this password was not checked successfully a moment ago (HTTP Basic sends it
     * on every API call); only a success is remembered. The member is still read at each call, so
     * a deactivated account or a changed role counts at once. Checks for the same login wait for
     * each other: 32 clients starting together with one account would otherwise run 32 hashes at
     * once (each about half a second of CPU) instead of one, the others then finding it remembered.
     */
    private boolean passwordMatches(UsernamePasswordCredential login, Member member) {
        return passwordMatches(member.getLogin(), login.getPassword().getValue(), member.getPasswordHash());
    }

    boolean passwordMatches(String login, char[] password, String storedHash) {
        if (recent.matches(login, password, storedHash)) {
            return true;
        }
        synchronized (recent.lockFor(login)) {
            if (recent.matches(login, password, storedHash)) {
                return true;
            }
            if (!hasher.verify(password, storedHash)) {
                return false;
            }
            recent.remember(login, password, storedHash);
            return true;
        }
    }

    /** Keeps log lines one per event even if someone types control characters as a login. */
    static String sanitize(String value) {
        return value == null ? "" : value.replaceAll("[\\p{Cntrl}]", "?");
    }
}
