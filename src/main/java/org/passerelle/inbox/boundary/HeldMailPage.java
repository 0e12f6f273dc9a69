package org.passerelle.inbox.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** What was typed for each held mail (by its id): the member to attach it to, the reason to discard it. */
    private final Map<Long, String> member = new HashMap<>();
    private final Map<Long, String> reason = new HashMap<>();

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        rows = held.pending(security.getCallerPrincipal().getName());
    }

    public String attach(HeldMails.Row row) {
        try {
            String number = held.attach(login(), row.id(), member.get(row.id()), row.version());
            messages.info(null, "inbox.held.attached", number);
            member.remove(row.id());
        } catch (RuntimeException e) {
            show(e);
        }
        load();
        return null;
    }

    public String discard(HeldMails.Row row) {
        try {
            held.discard(login(), row.id(), reason.get(row.id()), row.version());
            messages.info(null, "inbox.held.discarded");
            reason.remove(row.id());
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

    public Map<Long, String> getMember() {
        return member;
    }

    public Map<Long, String> getReason() {
        return reason;
    }
}
