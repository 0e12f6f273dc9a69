package org.passerelle.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.passerelle.admin.control.AdminScope;
import org.passerelle.admin.control.AuditLog;
import org.passerelle.identity.control.AccountProblem;
import org.passerelle.identity.entity.Member;
import org.passerelle.privacy.entity.PrivacySettings;

/** Reads the privacy page's settings (public) and lets an administrator change them (audited). */
@ApplicationScoped
@Transactional
public class Privacy {
    @PersistenceContext
    EntityManager em;
    @Inject
    AdminScope scope;
    @Inject
    AuditLog audit;
    @Inject
    Validator validator;

    /** What the page shows; a detached copy. */
    public record Officer(String name, String title, String email, String phone, int retentionMonths, long version) {
    }

    public Officer settings() {
        PrivacySettings s = em.find(PrivacySettings.class, PrivacySettings.THE_ONE);
        return new Officer(s.getOfficerName(), s.getOfficerTitle(), s.getOfficerEmail(), s.getOfficerPhone(),
                s.getRetentionMonths(), s.getVersion());
    }

    public void change(String login, Officer wanted) {
        Member me = scope.actor(login);
        scope.require(scope.isAdmin(me));
        PrivacySettings s = em.find(PrivacySettings.class, PrivacySettings.THE_ONE);
        if (s.getVersion() != wanted.version()) {
            throw new OptimisticLockException("changed meanwhile");
        }
        Officer before = settings();
        s.change(wanted.name(), wanted.title(), wanted.email(), wanted.phone(), wanted.retentionMonths());
        if (!validator.validate(s).isEmpty()) {
            throw AccountProblem.of("privacy.settings.invalid");
        }
        audit.changed(me, "privacy", PrivacySettings.THE_ONE, "confidentialité", "officer",
                before.name() + " <" + before.email() + ">", s.getOfficerName() + " <" + s.getOfficerEmail() + ">", null);
        audit.changed(me, "privacy", PrivacySettings.THE_ONE, "confidentialité", "retentionMonths",
                before.retentionMonths(), s.getRetentionMonths(), null);
    }
}
