package org.passerelle.toolbox.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.passerelle.platform.web.MarkdownRenderer;
import org.passerelle.platform.web.Messages;
import org.passerelle.toolbox.control.ContributionRules;
import org.passerelle.toolbox.control.ContributionViews;
import org.passerelle.toolbox.control.Contributions;
import org.passerelle.toolbox.control.ToolboxVocabulary;
import org.passerelle.toolbox.entity.ContributionText;
import org.passerelle.toolbox.entity.EntryKind;
import org.passerelle.toolbox.entity.ToolCardDetails;

/**
 * "Proposer une fiche" / "Proposer une modification": a member writes a new entry, an edit of a
 * published one ({@code ?fiche=slug}) or goes on with their own draft ({@code ?id=}). Save as a
 * draft or submit to the moderators. On any failure the typed text stays on the page.
 */
@Named
@ViewScoped
public class ContributionEditor implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Contributions contributions;
    @Inject
    transient SecurityContext security;
    @Inject
    transient Messages messages;
    @Inject
    transient MarkdownRenderer markdown;

    private String entrySlugParam;
    private String idParam;
    private String typeParam;

    private Long id;
    private long version;
    private String entrySlug;
    private String entryTitle;
    private EntryKind kind;
    private String category;
    private String title;
    private String summary;
    private String body;
    private String changeSummary;
    private String licenseKind;
    private String costForNonprofits;
    private String hostingOptions;
    private String dataLocationNotes;
    private String frenchUi;
    private String alternativeTo;
    private String website;
    private String difficulty;
    private String moderatorComment;
    private String previewHtml;
    private ContributionViews.Comparison changedMeanwhile;
    private Integer baseRevision;
    private int currentRevision;
    private boolean rebased;
    private String autosaveStatus;

    public void load() throws IOException {
        if (kind != null || id != null) {
            return; // already loaded (postback after a failure)
        }
        if (idParam != null) {
            ContributionViews.Detail detail = ContributionPage.parseId(idParam) == null ? null
                    : contributions.detail(login(), ContributionPage.parseId(idParam))
                    .filter(ContributionViews.Detail::isEditable).orElse(null);
            if (detail == null) {
                notFound();
                return;
            }
            id = detail.id();
            version = detail.version();
            kind = detail.kind();
            entrySlug = detail.entrySlug();
            entryTitle = detail.entryTitle();
            moderatorComment = detail.moderatorComment();
            if (detail.stale()) {
                changedMeanwhile = detail.changedMeanwhile();
                baseRevision = detail.baseRevision();
                currentRevision = detail.currentRevision();
            }
            fill(detail.text());
        } else if (entrySlugParam != null) {
            Contributions.StartingPoint start = contributions.startingPoint(entrySlugParam).orElse(null);
            if (start == null) {
                notFound();
                return;
            }
            kind = start.kind();
            entrySlug = start.slug();
            entryTitle = start.text().title();
            fill(start.text());
        } else {
            kind = "outil".equals(typeParam) || "tool".equals(typeParam) ? EntryKind.TOOL : EntryKind.GUIDE;
        }
    }

    private void fill(ContributionText text) {
        category = text.category();
        title = text.title();
        summary = text.summary();
        body = text.body();
        changeSummary = text.changeSummary();
        ToolCardDetails d = text.details();
        if (d != null) {
            licenseKind = d.licenseKind();
            costForNonprofits = d.costForNonprofits();
            hostingOptions = d.hostingOptions();
            dataLocationNotes = d.dataLocationNotes();
            frenchUi = d.frenchUi();
            alternativeTo = d.alternativeTo();
            website = d.website();
            difficulty = d.difficulty();
        }
    }

    public String saveDraft() {
        return save(false);
    }

    public String submit() {
        return save(true);
    }

    private String save(boolean submitting) {
        ContributionText text = new ContributionText(category, title, summary, body, changeSummary,
                new ToolCardDetails(licenseKind, costForNonprofits, hostingOptions, dataLocationNotes, frenchUi,
                        alternativeTo, website, difficulty));
        try {
            long saved;
            if (id != null) {
                contributions.update(login(), id, text, version, submitting, rebased);
                saved = id;
            } else if (entrySlug != null) {
                saved = contributions.proposeEdit(login(), entrySlug, text, submitting);
            } else {
                saved = contributions.proposeNew(login(), kind, text, submitting);
            }
            FacesContext.getCurrentInstance().getExternalContext().getFlash()
                    .put("notice", submitting ? "contrib.submitted" : "contrib.saved");
            return "/app/contribution?faces-redirect=true&id=" + saved;
        } catch (RuntimeException e) {
            ContributionFailures.show(e, messages);
            return null;
        }
    }

    /**
     * Autosave (Ajax, every 30 seconds while typing and when a field loses focus): saves the
     * draft as "Enregistrer le brouillon" would, but stays on the page. The first save of a new
     * proposal creates the draft. The version read is checked, so a draft changed elsewhere (another
     * tab) is never overwritten: the person is told, and their text stays on the page.
     */
    public void autosave() {
        ContributionText text = new ContributionText(category, title, summary, body, changeSummary,
                new ToolCardDetails(licenseKind, costForNonprofits, hostingOptions, dataLocationNotes, frenchUi,
                        alternativeTo, website, difficulty));
        try {
            if (id != null) {
                contributions.update(login(), id, text, version, false, rebased);
            } else if (entrySlug != null) {
                id = contributions.proposeEdit(login(), entrySlug, text, false);
            } else {
                id = contributions.proposeNew(login(), kind, text, false);
            }
            version = contributions.detail(login(), id).orElseThrow().version();
            autosaveStatus = messages.text("toolbox.autosave.saved", java.time.LocalTime.now(
                    java.time.ZoneId.of("America/Montreal")).withNano(0).withSecond(0).toString());
        } catch (org.passerelle.toolbox.control.ContributionProblem problem) {
            autosaveStatus = problem.getKind() == org.passerelle.toolbox.control.ContributionProblem.Kind.CONFLICT
                    ? messages.text("toolbox.autosave.conflict")
                    : messages.text("toolbox.autosave.notSaved", messages.text(problem.getKeys().get(0)));
        } catch (RuntimeException e) {
            // a concurrent save detected at commit (@Version): the same answer as a stale version
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof jakarta.persistence.OptimisticLockException
                        || t instanceof org.hibernate.StaleStateException) {
                    autosaveStatus = messages.text("toolbox.autosave.conflict");
                    return;
                }
            }
            throw e;
        }
    }

    /** What the last autosave did, for the page's status line. */
    public String getAutosaveStatus() {
        return autosaveStatus;
    }

    public void preview() {
        previewHtml = markdown.toSafeHtml(body);
    }

    private void notFound() throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
        FacesContext.getCurrentInstance().responseComplete();
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }

    /** The entry was published again since this draft was written: show what changed. */
    public boolean isStale() {
        return changedMeanwhile != null;
    }

    public ContributionViews.Comparison getChangedMeanwhile() {
        return changedMeanwhile;
    }

    public Integer getBaseRevision() {
        return baseRevision;
    }

    public int getCurrentRevision() {
        return currentRevision;
    }

    public boolean isRebased() {
        return rebased;
    }

    public void setRebased(boolean rebased) {
        this.rebased = rebased;
    }

    public boolean isEdit() {
        return entrySlug != null;
    }

    /** The card fields show for a tool card, and for a new entry whose kind is still open. */
    public boolean isCardFieldsShown() {
        return kind == EntryKind.TOOL || isNewKindChoosable();
    }

    public List<String> getLicenseKinds() {
        return ToolboxVocabulary.LICENSE_KINDS.stream().sorted().toList();
    }

    public List<String> getHostingChoices() {
        return ToolboxVocabulary.HOSTING_OPTIONS.stream().sorted().toList();
    }

    public List<String> getFrenchUiChoices() {
        return List.of("oui", "partiel", "non");
    }

    public List<String> getDifficulties() {
        return List.of("debutant", "intermediaire", "avance");
    }

    public boolean isNewKindChoosable() {
        return entrySlug == null && id == null;
    }

    public List<String> getCategories() {
        return ToolboxVocabulary.CATEGORIES;
    }

    public List<EntryKind> getKinds() {
        return List.of(EntryKind.values());
    }

    public int getTitleMax() {
        return ContributionRules.TITLE_MAX;
    }

    public int getSummaryMax() {
        return ContributionRules.SUMMARY_MAX;
    }

    public int getChangeSummaryMax() {
        return ContributionRules.CHANGE_SUMMARY_MAX;
    }

    public Long getId() {
        return id;
    }

    public String getEntrySlug() {
        return entrySlug;
    }

    public String getEntryTitle() {
        return entryTitle;
    }

    public String getModeratorComment() {
        return moderatorComment;
    }

    public String getPreviewHtml() {
        return previewHtml;
    }

    public String getEntrySlugParam() {
        return entrySlugParam;
    }

    public void setEntrySlugParam(String entrySlugParam) {
        this.entrySlugParam = entrySlugParam;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public String getTypeParam() {
        return typeParam;
    }

    public void setTypeParam(String typeParam) {
        this.typeParam = typeParam;
    }

    public EntryKind getKind() {
        return kind;
    }

    public void setKind(EntryKind kind) {
        this.kind = kind;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getChangeSummary() {
        return changeSummary;
    }

    public void setChangeSummary(String changeSummary) {
        this.changeSummary = changeSummary;
    }

    public String getLicenseKind() {
        return licenseKind;
    }

    public void setLicenseKind(String licenseKind) {
        this.licenseKind = licenseKind;
    }

    public String getCostForNonprofits() {
        return costForNonprofits;
    }

    public void setCostForNonprofits(String costForNonprofits) {
        this.costForNonprofits = costForNonprofits;
    }

    public String getHostingOptions() {
        return hostingOptions;
    }

    public void setHostingOptions(String hostingOptions) {
        this.hostingOptions = hostingOptions;
    }

    public String getDataLocationNotes() {
        return dataLocationNotes;
    }

    public void setDataLocationNotes(String dataLocationNotes) {
        this.dataLocationNotes = dataLocationNotes;
    }

    public String getFrenchUi() {
        return frenchUi;
    }

    public void setFrenchUi(String frenchUi) {
        this.frenchUi = frenchUi;
    }

    public String getAlternativeTo() {
        return alternativeTo;
    }

    public void setAlternativeTo(String alternativeTo) {
        this.alternativeTo = alternativeTo;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getDifficulty() {
        return difficulty;
    }

    public void setDifficulty(String difficulty) {
        this.difficulty = difficulty;
    }
}
