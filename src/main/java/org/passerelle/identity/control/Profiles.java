package org.passerelle.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.passerelle.admin.control.AuditLog;
import org.passerelle.identity.entity.Member;

/**
 * Self-service on one's own profile: display name, phone, preferred language (which also sets
 * the language of mails), and "log out everywhere". Audited like an administrator's change, under
 * the member's network, so a coordinator can answer "who changed this".
 */
@ApplicationScoped
@Transactional
public class Profiles {
    public static final int NAME_MAX = 120;
    static final Set<String> LANGUAGES = Set.of("fr", "en");

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;

    /** What the profile form edits. */
    public record Details(String name, String phone, String language) {
    }

    public Member me(String login) {
        return em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", login).getSingleResult();
    }

    public void update(String login, Details details, long expectedVersion) {
        List<String> problems = problems(details);
        if (!problems.isEmpty()) {
            throw new AccountProblem(problems, NAME_MAX);
        }
        Member me = me(login);
        if (me.getVersion() != expectedVersion) {
            throw new OptimisticLockException("profile changed meanwhile");
        }
        String name = details.name().strip();
        String phone = blankToNull(details.phone());
        Long network = networkOf(me);
        audit.changed(me, "member", me.getId(), me.getDisplayName(), "displayName", me.getDisplayName(), name, network);
        audit.changed(me, "member", me.getId(), me.getDisplayName(), "phone", me.getPhone(), phone, network);
        audit.changed(me, "member", me.getId(), me.getDisplayName(), "preferredLanguage", me.getPreferredLanguage(),
                details.language(), network);
        me.rename(name);
        me.changePhone(phone);
        me.preferLanguage(details.language());
    }

    /** Ends all of the member's sessions, this one included; returns the new generation. */
    public int logOutEverywhere(String login) {
        Member me = me(login);
        me.endAllSessions();
        audit.record(me, "member", me.getId(), me.getDisplayName(), "logoutEverywhere", null, null, null, networkOf(me));
        return me.getSessionGeneration();
    }

    static List<String> problems(Details details) {
        List<String> problems = new ArrayList<>();
        if (details.name() == null || details.name().isBlank()) {
            problems.add("profile.name.required");
        } else if (details.name().strip().length() > NAME_MAX) {
            problems.add("profile.name.tooLong");
        }
        String phone = blankToNull(details.phone());
        if (phone != null && !PhoneNumber.isValid(phone)) {
            problems.add("profile.phone.invalid");
        }
        if (details.language() == null || !LANGUAGES.contains(details.language())) {
            problems.add("profile.language.invalid");
        }
        return problems;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Long networkOf(Member me) {
        return me.getOrganization() == null || me.getOrganization().getNetwork() == null ? null
                : me.getOrganization().getNetwork().getId();
    }
}
