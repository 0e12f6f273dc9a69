package org.passerelle.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.passerelle.identity.entity.AccountToken;
import org.passerelle.identity.entity.Member;

/**
 * Self-service on one's own account: change the password, accept an invitation, and the
 * forgotten-password link. Every password passes the {@link PasswordPolicy}.
 */
@ApplicationScoped
@Transactional
public class Accounts {
    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    PasswordPolicy policy;
    @Inject
    PasswordHasher hasher;
    @Inject
    AccountTokens tokens;
    @Inject
    AccountMails mails;
    @Inject
    LoginThrottle throttle;
    @Inject
    CredentialCache recentLogins;

    Clock clock = Clock.systemUTC();

    /** What the invitation page shows: who is invited, if the link is still good. */
    public record Invited(String name, String email, String organization) implements java.io.Serializable {
    }

    public void changePassword(String login, String current, String newPassword) {
        Member me = member(login);
        if (current == null || !hasher.verify(current.toCharArray(), me.getPasswordHash())) {
            throw AccountProblem.of("account.password.currentWrong");
        }
        setPassword(me, newPassword);
    }

    public Optional<Invited> invitation(String token) {
        return invitation(token, clock.instant());
    }

    public Optional<Invited> invitation(String token, Instant now) {
        return tokens.usable(token, AccountToken.Purpose.INVITATION, now).map(t -> new Invited(
                t.getMember().getDisplayName(), t.getMember().getEmail(),
                t.getMember().getOrganization() == null ? null : t.getMember().getOrganization().getName()));
    }

    /** Sets the invited person's name and password; returns their login. */
    public String acceptInvitation(String token, String name, String password) {
        return acceptInvitation(token, name, password, clock.instant());
    }

    public String acceptInvitation(String token, String name, String password, Instant now) {
        AccountToken invitation = tokens.usable(token, AccountToken.Purpose.INVITATION, now)
                .orElseThrow(() -> AccountProblem.of("account.token.invalid"));
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw AccountProblem.of("account.name.required");
        }
        Member member = invitation.getMember();
        if (!member.isActive()) {
            throw AccountProblem.of("account.token.invalid");
        }
        member.rename(name);
        setPassword(member, password);
        invitation.use(now);
        return member.getLogin();
    }

    /**
     * Sends a reset link if an active account has this email; says nothing either way, and takes
     * the same path so that the answer does not tell whether the email exists.
     */
    public void forgotPassword(String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return;
        }
        Optional<Member> member = em.createNamedQuery(Member.BY_EMAIL, Member.class)
                .setParameter("email", email.strip()).getResultStream().findFirst()
                .filter(m -> m.isActive() && !m.isAnonymized());
        if (member.isEmpty()) {
            LOG.info("password reset asked for an unknown or inactive email");
            return;
        }
        String token = tokens.issue(member.get(), AccountToken.Purpose.PASSWORD_RESET, null, clock.instant());
        mails.passwordReset(member.get(), token);
    }

    public boolean resetIsUsable(String token) {
        return tokens.usable(token, AccountToken.Purpose.PASSWORD_RESET, clock.instant()).isPresent();
    }

    public String resetPassword(String token, String password) {
        return resetPassword(token, password, clock.instant());
    }

    public String resetPassword(String token, String password, Instant now) {
        AccountToken reset = tokens.usable(token, AccountToken.Purpose.PASSWORD_RESET, now)
                .orElseThrow(() -> AccountProblem.of("account.token.invalid"));
        Member member = reset.getMember();
        if (!member.isActive()) {
            throw AccountProblem.of("account.token.invalid");
        }
        setPassword(member, password);
        reset.use(now);
        // whoever was guessing this account's password has no reason to stay locked out of it now
        throttle.reset(member.getLogin());
        return member.getLogin();
    }

    private void setPassword(Member member, String password) {
        List<String> problems = policy.problems(password, member.getLogin(), member.getEmail());
        if (!problems.isEmpty()) {
            throw new AccountProblem(problems, PasswordPolicy.MIN_LENGTH);
        }
        member.changePasswordHash(hasher.hash(password.toCharArray()));
        // whoever knew the old password may be logged in somewhere: those sessions end now
        member.endAllSessions();
        recentLogins.forget(member.getLogin());
    }

    private Member member(String login) {
        return em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", login).getSingleResult();
    }
}
