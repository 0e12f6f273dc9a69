package org.passerelle.inbox.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import org.passerelle.inbox.control.HeldMails;
import org.passerelle.platform.web.MarkdownRenderer;
import org.passerelle.platform.web.Messages;
import org.passerelle.ticket.control.RequestProblem;

/** /soutien/courriels-a-verifier.xhtml: the held mails, each with "attach to a member" and "discard". */
@Named
@ViewScoped
public class HeldMailPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient HeldMails held;
    @Inject
    transient SecurityContext security;
    @Inject
    transient Messages messages;
    @Inject
    transient MarkdownRenderer markdown;

    private List<HeldMails.Row> rows = List.of();
    /** What was typed in the one form submitted: each mail has its own forms, so one field each suffices. */
    private String member;
    private String reason;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        rows = held.pending(security.getCallerPrincipal().getName());
    }

    public String attach(HeldMails.Row row) {
        try {
            String number = held.attach(login(), row.id(), member, row.version());
            messages.info(null, "inbox.held.attached", number);
            member = null;
        } catch (RuntimeException e) {
            show(e);
        }
        load();
        return null;
    }

    public String discard(HeldMails.Row row) {
        try {
            held.discard(login(), row.id(), reason, row.version());
            messages.info(null, "inbox.held.discarded");
            reason = null;
        } catch (RuntimeException e) {
            show(e);
        }
        load();
        return null;
    }

    /** The mail's text, shown as the Markdown renderer shows a request: escaped, links made safe. */
    public String html(String text) {
        return markdown.toSafeHtml(text);
    }

    private void show(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RequestProblem problem) {
                problem.getKeys().forEach(key -> messages.error(null, key, problem.getArguments()));
                return;
            }
            if (t instanceof OptimisticLockException) {
                messages.error(null, "request.changedMeanwhile");
                return;
            }
        }
        throw failure;
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }

    public List<HeldMails.Row> getRows() {
        return rows;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
