package org.passerelle.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.OptionalInt;
import org.passerelle.admin.control.AdminScope;
import org.passerelle.admin.control.AuditLog;
import org.passerelle.identity.control.AccountProblem;
import org.passerelle.identity.entity.Member;
import org.passerelle.platform.config.Settings;
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

    private final Settings environment = Settings.fromEnvironment();

    /**
     * What the page shows; a detached copy. {@code retentionMonths} is the one the retention job
     * applies: PASSERELLE_RETENTION_MONTHS when the operator set it ({@code retentionFixed}), the
     * administrator's setting otherwise.
     */
    public record Officer(String name, String title, String email, String phone, int retentionMonths, long version,
                          boolean retentionFixed) {
        public Officer(String name, String title, String email, String phone, int retentionMonths, long version) {
            this(name, title, email, phone, retentionMonths, version, false);
        }
    }

    public Officer settings() {
        PrivacySettings s = em.find(PrivacySettings.class, PrivacySettings.THE_ONE);
        OptionalInt fixed = environment.retentionMonths();
        return new Officer(s.getOfficerName(), s.getOfficerTitle(), s.getOfficerEmail(), s.getOfficerPhone(),
                fixed.orElse(s.getRetentionMonths()), s.getVersion(), fixed.isPresent());
    }

    /** Months a closed request is kept whole before the retention job anonymises it. */
    public int retentionMonths() {
        return settings().retentionMonths();
    }

    public void change(String login, Officer wanted) {
        Member me = scope.actor(login);
        scope.require(scope.isAdmin(me));
        PrivacySettings s = em.find(PrivacySettings.class, PrivacySettings.THE_ONE);
        if (s.getVersion() != wanted.version()) {
            throw new OptimisticLockException("changed meanwhile");
        }
        Officer before = settings();
        // set by the operator, the period is not the administrator's to change: the stored one stays
        int months = before.retentionFixed() ? s.getRetentionMonths() : wanted.retentionMonths();
        s.change(wanted.name(), wanted.title(), wanted.email(), wanted.phone(), months);
        if (!validator.validate(s).isEmpty()) {
            throw AccountProblem.of("privacy.settings.invalid");
        }
        audit.changed(me, "privacy", PrivacySettings.THE_ONE, "confidentialité", "officer",
                before.name() + " <" + before.email() + ">", s.getOfficerName() + " <" + s.getOfficerEmail() + ">", null);
        if (!before.retentionFixed()) {
            audit.changed(me, "privacy", PrivacySettings.THE_ONE, "confidentialité", "retentionMonths",
                    before.retentionMonths(), s.getRetentionMonths(), null);
        }
    }
}
