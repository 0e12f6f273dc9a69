package org.passerelle.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.passerelle.admin.control.AuditLog;
import org.passerelle.identity.entity.AccountToken;
import org.passerelle.identity.entity.Member;

/**
 * Finds the member an OpenID provider vouched for. Never creates an account (ADR 0014): the
 * subject already remembered on a member wins; otherwise the verified email must be that of an
 * active member who set a password or holds an open invitation. The first match remembers the
 * subject and, for an invitation, counts as accepting it.
 */
@ApplicationScoped
@Transactional
public class OidcAccounts {
    private static final Logger LOG = Logger.getLogger(OidcAccounts.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** The member's login, or empty (logged, without tokens) when nobody may log in with this identity. */
    public Optional<String> match(OidcIdentity identity) {
        Optional<Member> bySubject = em.createNamedQuery(Member.BY_OIDC_SUBJECT, Member.class)
                .setParameter("issuer", identity.issuer()).setParameter("subject", identity.subject())
                .getResultStream().findFirst();
        if (bySubject.isPresent()) {
            Member member = bySubject.get();
            if (!member.isActive() || member.isAnonymized()) {
                LOG.info(() -> "OIDC login refused: account '" + MemberIdentityStore.sanitize(member.getLogin())
                        + "' is deactivated");
                return Optional.empty();
            }
            return Optional.of(member.getLogin());
        }
        if (identity.verifiedEmail().isEmpty()) {
            LOG.info(() -> "OIDC login refused: unknown subject from " + identity.issuer()
                    + " and no verified email in the ID token");
            return Optional.empty();
        }
        String email = identity.verifiedEmail().get();
        Optional<Member> byEmail = em.createNamedQuery(Member.BY_EMAIL, Member.class).setParameter("email", email)
                .getResultStream().findFirst();
        if (byEmail.isEmpty()) {
            LOG.info(() -> "OIDC login refused: no member has the email '" + MemberIdentityStore.sanitize(email) + "'");
            return Optional.empty();
        }
        Member member = byEmail.get();
        if (!member.isActive() || member.isAnonymized()) {
            LOG.info(() -> "OIDC login refused: account '" + MemberIdentityStore.sanitize(member.getLogin())
                    + "' is deactivated");
            return Optional.empty();
        }
        if (member.getOidcSubject() != null) {
            // bound to another identity already: an email alone must not take the account over
            LOG.warning(() -> "OIDC login refused: account '" + MemberIdentityStore.sanitize(member.getLogin())
                    + "' is linked to another OIDC subject");
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<AccountToken> invitation = em.createNamedQuery(AccountToken.OPEN_FOR, AccountToken.class)
                .setParameter("member", member).setParameter("purpose", AccountToken.Purpose.INVITATION)
                .getResultStream().filter(t -> t.isUsableAt(now)).findFirst();
        if (!member.hasPassword() && invitation.isEmpty()) {
            LOG.info(() -> "OIDC login refused: account '" + MemberIdentityStore.sanitize(member.getLogin())
                    + "' has neither a password nor an open invitation");
            return Optional.empty();
        }
        // the invitation is accepted by this login: its link must not work a second time
        invitation.ifPresent(t -> t.use(now));
        member.linkOidc(identity.issuer(), identity.subject());
        audit.record(member, "member", member.getId(), member.getDisplayName(), "oidc-link", "oidcIssuer", null,
                identity.issuer(), member.getOrganization() == null || member.getOrganization().getNetwork() == null
                        ? null : member.getOrganization().getNetwork().getId());
        LOG.info(() -> "account '" + MemberIdentityStore.sanitize(member.getLogin()) + "' linked to its OIDC subject"
                + (invitation.isPresent() ? " (invitation accepted)" : ""));
        return Optional.of(member.getLogin());
    }
}
