package org.passerelle.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.passerelle.admin.control.AuditLog;
import org.passerelle.admin.entity.AuditEntry;

/** "Journal des modifications": the latest administrative changes one may read. */
@Named
@RequestScoped
public class AuditPage {
    static final int PAGE = 100;

    @Inject
    AuditLog audit;
    @Inject
    SecurityContext security;

    private int page;
    private List<AuditEntry> entries;

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            entries = audit.latest(security.getCallerPrincipal().getName(), page * PAGE, PAGE);
        }
        return entries;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }

    public boolean isHasNext() {
        return getEntries().size() == PAGE;
    }
}
