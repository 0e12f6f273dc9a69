package org.passerelle.ticket.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import jakarta.servlet.http.Part;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.passerelle.platform.web.MarkdownRenderer;
import org.passerelle.platform.web.Messages;
import org.passerelle.ticket.control.CannedResponses;
import org.passerelle.ticket.control.DeskReply;
import org.passerelle.ticket.control.DeskViews;
import org.passerelle.ticket.control.RequestToGuide;
import org.passerelle.ticket.control.SupportDesk;
import org.passerelle.ticket.control.Triage;
import org.passerelle.ticket.entity.Category;
import org.passerelle.ticket.entity.RequestView;
import org.passerelle.ticket.entity.Status;
import org.passerelle.ticket.entity.Urgency;
import org.passerelle.toolbox.control.EntryPage;
import org.passerelle.toolbox.control.ToolboxCatalog;

/**
 * A request as the support pool handles it: the whole thread with internal notes, the reply box
 * with réponses types and toolbox links, and every triage action. A failed action keeps what was
 * typed and says why.
 */
@Named
@ViewScoped
public class DeskRequestPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient SupportDesk desk;
    @Inject
    transient CannedResponses canned;
    @Inject
    transient RequestToGuide toGuide;
    @Inject
    transient ToolboxCatalog toolbox;
    @Inject
    transient SecurityContext security;
    @Inject
    transient Messages messages;
    @Inject
    transient MarkdownRenderer markdown;

    private String number;
    private DeskViews.Detail detail;
    private String reply;
    private boolean internal;
    private Status thenStatus;
    private Long cannedId;
    private String toolboxSlug;
    private final Set<String> linkedSlugs = new LinkedHashSet<>();
    private String assignee;
    private Status status;
    private Urgency urgency;
    private Category category;
    private String tags;
    private String otherNumber;
    private String helper;
    private transient List<Part> files = new ArrayList<>();

    public void load() throws IOException {
        // a view action runs on the page's GET only, not on its ajax postbacks: one log line per opening
        detail = number == null ? null : desk.view(login(), number, RequestView.Channel.WEB).orElse(null);
        if (detail == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        assignee = detail.assigneeLogin();
        status = detail.status();
        urgency = detail.urgency();
        category = detail.category();
        tags = String.join(", ", detail.tags());
    }

    public void insertCanned() {
        if (cannedId != null) {
            reply = append(reply, canned.filledFor(login(), detail.number(), cannedId));
            cannedId = null;
        }
    }

    public void insertToolboxLink() {
        if (toolboxSlug != null && !toolboxSlug.isBlank()) {
            toolbox.page(toolboxSlug).map(EntryPage::entry).ifPresent(e -> {
                reply = append(reply, "[" + e.title() + "](/boite-a-outils/fiche.xhtml?slug=" + e.slug() + ")");
                linkedSlugs.add(e.slug());
            });
            toolboxSlug = null;
        }
    }

    private static String append(String text, String addition) {
        return text == null || text.isBlank() ? addition : text.stripTrailing() + "\n\n" + addition;
    }

    public String send() {
        return act(() -> desk.reply(login(), detail.number(),
                new DeskReply(reply, internal, thenStatus, linkedSlugs, Uploads.of(files)), detail.version()),
                internal ? "desk.note.added" : "request.reply.sent");
    }

    public String take() {
        return act(() -> desk.take(login(), detail.number(), detail.version()), "desk.taken");
    }

    public String saveTriage() {
        return act(() -> desk.triage(login(), detail.number(),
                new Triage(assignee, status, urgency, category, tags), detail.version()), "desk.triage.saved");
    }

    /** "Transformer en fiche": a guide draft from this resolved request, opened for editing. */
    public String toGuide() {
        try {
            long id = toGuide.draft(login(), detail.number());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("notice", "desk.toGuide.done");
            return "/app/contribuer?faces-redirect=true&id=" + id;
        } catch (RuntimeException e) {
            RequestFailures.show(e, messages);
            return null;
        }
    }

    public String link() {
        return act(() -> desk.link(login(), detail.number(), otherNumber, detail.version()), "desk.linked");
    }

    public String merge() {
        return act(() -> desk.mergeInto(login(), detail.number(), otherNumber, detail.version()), "desk.merged");
    }

    public String invite() {
        return act(() -> desk.invite(login(), detail.number(), helper, detail.version()), "desk.invited");
    }

    private String act(Runnable action, String doneKey) {
        try {
            action.run();
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("notice", doneKey);
            return "/soutien/demande?faces-redirect=true&numero=" + detail.number();
        } catch (RuntimeException e) {
            RequestFailures.show(e, messages);
            return null;
        }
    }

    public String html(String text) {
        return markdown.toSafeHtml(text);
    }

    public List<CannedResponses.Choice> getCannedResponses() {
        return canned.all();
    }

    public List<ToolboxCatalog.EntrySummary> getToolboxEntries() {
        return toolbox.find(null, null, null);
    }

    public List<DeskViews.Person> getAgents() {
        return desk.assignableAgents(login(), detail.number());
    }

    public List<DeskViews.Person> getPeerHelpers() {
        return desk.peerHelpers(login());
    }

    public boolean isStaff() {
        return security.isCallerInRole("agent") || security.isCallerInRole("pool-lead");
    }

    public Status[] getStatuses() {
        return Status.values();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public Category[] getCategories() {
        return Category.values();
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }

    public DeskViews.Detail getDetail() {
        return detail;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files == null ? new ArrayList<>() : files;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public boolean isInternal() {
        return internal;
    }

    public void setInternal(boolean internal) {
        this.internal = internal;
    }

    public Status getThenStatus() {
        return thenStatus;
    }

    public void setThenStatus(Status thenStatus) {
        this.thenStatus = thenStatus;
    }

    public Long getCannedId() {
        return cannedId;
    }

    public void setCannedId(Long cannedId) {
        this.cannedId = cannedId;
    }

    public String getToolboxSlug() {
        return toolboxSlug;
    }

    public void setToolboxSlug(String toolboxSlug) {
        this.toolboxSlug = toolboxSlug;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getOtherNumber() {
        return otherNumber;
    }

    public void setOtherNumber(String otherNumber) {
        this.otherNumber = otherNumber;
    }

    public String getHelper() {
        return helper;
    }

    public void setHelper(String helper) {
        this.helper = helper;
    }
}
