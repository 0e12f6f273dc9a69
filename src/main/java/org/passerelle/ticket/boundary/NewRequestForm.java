package org.passerelle.ticket.boundary;

import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.platform.web.MarkdownRenderer;
import org.passerelle.platform.web.Messages;
import org.passerelle.search.control.ToolboxSearch;
import org.passerelle.ticket.control.Attachments;
import org.passerelle.ticket.control.HelpRequests;
import org.passerelle.ticket.control.NewRequest;
import org.passerelle.ticket.control.SupportDesk;
import org.passerelle.ticket.entity.Category;
import org.passerelle.ticket.entity.PreferredContact;
import org.passerelle.ticket.entity.Urgency;
import org.passerelle.toolbox.control.EntryPage;
import org.passerelle.toolbox.control.ToolboxCatalog;

/** "Nouvelle demande": a member describes what they need. */
@Named
@ViewScoped
public class NewRequestForm implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int DEFLECTION_HITS = 5;

    @Inject
    transient HelpRequests requests;
    @Inject
    transient Attachments attachments;
    @Inject
    transient SupportDesk desk;
    @Inject
    transient ToolboxCatalog catalog;
    @Inject
    transient SecurityContext security;
    @Inject
    transient Messages messages;
    @Inject
    transient MarkdownRenderer markdown;
    @Inject
    transient ToolboxSearch toolbox;

    private Category category;
    private String subject;
    private String description;
    private Urgency urgency = Urgency.NORMAL;
    private PreferredContact contact = PreferredContact.EMAIL;
    private String phone;
    private boolean reuseConsent;
    private String previewHtml;
    private transient List<Part> files = new ArrayList<>();
    private String onBehalfOf;
    private String fromEntry;
    private List<ToolboxSearch.Hit> suggestions = List.of();
    private boolean suggested;

    /**
     * While the member types the subject: the five toolbox entries that best match it. Runs
     * before validation (the subject may still be short) and skips it, so no error shows yet.
     */
    public void suggest(AjaxBehaviorEvent event) {
        Object typed = ((UIInput) event.getComponent()).getSubmittedValue();
        String text = typed == null ? "" : typed.toString();
        suggestions = text.strip().length() < 3 ? List.of()
                : toolbox.search(text, ToolboxSearch.Filters.none(), 0, DEFLECTION_HITS).hits();
        suggested = text.strip().length() >= 3;
        FacesContext.getCurrentInstance().renderResponse();
    }

    public List<ToolboxSearch.Hit> getSuggestions() {
        return suggestions;
    }

    public boolean isSuggested() {
        return suggested;
    }

    public String submit() {
        NewRequest request = new NewRequest(category, subject, description, urgency, contact, phone, reuseConsent);
        try {
            String login = security.getCallerPrincipal().getName();
            if (isStaff() && onBehalfOf != null && !onBehalfOf.isBlank()) {
                String number = desk.openOnBehalf(login, onBehalfOf.strip(), request, Uploads.of(files));
                FacesContext.getCurrentInstance().getExternalContext().getFlash().put("notice", "request.onBehalf.done");
                return "/soutien/demande?faces-redirect=true&numero=" + number;
            }
            String number = requests.open(login, request, Uploads.of(files));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("opened", number);
            return "/app/demande?faces-redirect=true&numero=" + number;
        } catch (RuntimeException e) {
            RequestFailures.show(e, messages);
            return null;
        }
    }

    /** "Poser une question" from a toolbox entry: the subject names it, the topic follows it. */
    public void startFromEntry() {
        if (fromEntry == null || subject != null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        catalog.page(fromEntry.strip()).map(EntryPage::entry).ifPresent(entry -> {
            subject = messages.text("request.fromEntry.subject", entry.title());
            if (subject.length() > NewRequest.SUBJECT_MAX) {
                subject = subject.substring(0, NewRequest.SUBJECT_MAX);
            }
            for (Category candidate : Category.values()) {
                if (candidate.code().equals(entry.category())) {
                    category = candidate;
                }
            }
        });
    }

    public String getFromEntry() {
        return fromEntry;
    }

    public void setFromEntry(String fromEntry) {
        this.fromEntry = fromEntry;
    }

    /** Agents may type the request for a member who called: the member's login or email. */
    public boolean isStaff() {
        return security.isCallerInRole("agent") || security.isCallerInRole("pool-lead");
    }

    public String getOnBehalfOf() {
        return onBehalfOf;
    }

    public void setOnBehalfOf(String onBehalfOf) {
        this.onBehalfOf = onBehalfOf;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files == null ? new ArrayList<>() : files;
    }

    public long getAttachmentMaxMb() {
        return attachments.policy().maxMegabytes();
    }

    public String getAttachmentTypes() {
        return attachments.policy().allowedExtensions();
    }

    public void preview() {
        previewHtml = markdown.toSafeHtml(description);
    }

    public List<Category> getCategories() {
        return List.of(Category.values());
    }

    public List<Urgency> getUrgencies() {
        return List.of(Urgency.values());
    }

    public List<PreferredContact> getContacts() {
        return List.of(PreferredContact.values());
    }

    public int getSubjectMax() {
        return NewRequest.SUBJECT_MAX;
    }

    public int getDescriptionMax() {
        return NewRequest.DESCRIPTION_MAX;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public PreferredContact getContact() {
        return contact;
    }

    public void setContact(PreferredContact contact) {
        this.contact = contact;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isReuseConsent() {
        return reuseConsent;
    }

    public void setReuseConsent(boolean reuseConsent) {
        this.reuseConsent = reuseConsent;
    }

    public String getPreviewHtml() {
        return previewHtml;
    }
}
