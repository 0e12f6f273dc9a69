package org.passerelle.ticket.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.passerelle.platform.web.Messages;
import org.passerelle.search.control.QueryText;
import org.passerelle.search.control.TicketSearch;
import org.passerelle.ticket.control.DeskViews;
import org.passerelle.ticket.control.QueueFilter;
import org.passerelle.ticket.control.SupportDesk;
import org.passerelle.ticket.entity.Category;
import org.passerelle.ticket.entity.Status;
import org.passerelle.ticket.entity.Urgency;
import org.primefaces.model.LazyDataModel;

/** The support queue: saved views, filters, a lazy table, bulk assign and bulk close. */
@Named
@ViewScoped
public class SupportQueue implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int SEARCH_HITS = 50;

    @Inject
    transient SupportDesk desk;
    @Inject
    transient SecurityContext security;
    @Inject
    transient Messages messages;
    @Inject
    transient TicketSearch ticketSearch;

    private QueueFilter.SavedView view = QueueFilter.SavedView.UNASSIGNED;
    private Status status;
    private Category category;
    private String region;
    private Long network;
    private Long organization;
    private String assignee;
    private Urgency urgency;
    private boolean overdue;
    private DeskViews.QueueChoices choices;
    private transient QueueMenus menus;
    private LazyDataModel<QueueLine> rows;
    private List<QueueLine> selected = new ArrayList<>();
    private String bulkAgent;
    private String query;
    private TicketSearch.Results found;

    @PostConstruct
    void init() {
        choices = desk.queueChoices(login());
        rows = new QueueRows(desk, login(), this::filter, SupportQueue::lineWriter);
    }

    /** The saved view, narrowed by whatever filters are set. */
    QueueFilter filter() {
        QueueFilter base = QueueFilter.of(view, login());
        Set<Status> statuses = status != null ? Set.of(status) : base.statuses();
        return new QueueFilter(statuses, category, blankToNull(region), network, organization,
                assignee != null ? assignee : base.assignee(), urgency, overdue || base.overdueOnly());
    }

    /** Searches the requests of the queue's scope, with its filters; an empty query shows the table again. */
    public void search() {
        if (query != null && query.length() > QueryText.MAX_LENGTH) {
            messages.error("queue:query", "search.query.tooLong", QueryText.MAX_LENGTH);
            return;
        }
        found = isSearching() ? ticketSearch.search(login(), query, filter(), SEARCH_HITS) : null;
    }

    public boolean isSearching() {
        return query != null && !query.isBlank();
    }

    public void showView(String name) {
        view = QueueFilter.SavedView.valueOf(name);
        clearFilters();
    }

    public void clearFilters() {
        query = null;
        found = null;
        status = null;
        category = null;
        region = null;
        network = null;
        organization = null;
        assignee = null;
        urgency = null;
        overdue = false;
        selected = new ArrayList<>();
    }

    public void assignSelected() {
        if (selected.isEmpty() || bulkAgent == null) {
            messages.error(null, "desk.bulk.nothing");
            return;
        }
        int changed = desk.bulkAssign(login(), numbers(), bulkAgent);
        messages.info(null, "desk.bulk.assigned", changed);
        selected = new ArrayList<>();
    }

    public void closeSelected() {
        if (selected.isEmpty()) {
            messages.error(null, "desk.bulk.nothing");
            return;
        }
        int changed = desk.bulkClose(login(), numbers());
        messages.info(null, "desk.bulk.closed", changed);
        selected = new ArrayList<>();
    }

    private List<String> numbers() {
        return selected.stream().map(QueueLine::getNumber).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }

    public QueueFilter.SavedView[] getViews() {
        return QueueFilter.SavedView.values();
    }

    /** The filter menus' options, made again only when the page's language changes. */
    public QueueMenus getMenus() {
        Locale locale = viewLocale();
        if (menus == null || !menus.locale().equals(locale)) {
            menus = QueueMenus.of(choices, locale);
        }
        return menus;
    }

    private static Locale viewLocale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static QueueLine.Writer lineWriter() {
        return new QueueLine.Writer(viewLocale(), FacesContext.getCurrentInstance().getExternalContext()
                .getRequestContextPath());
    }

    public LazyDataModel<QueueLine> getRows() {
        return rows;
    }

    public QueueFilter.SavedView getView() {
        return view;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Long getNetwork() {
        return network;
    }

    public void setNetwork(Long network) {
        this.network = network;
    }

    public Long getOrganization() {
        return organization;
    }

    public void setOrganization(Long organization) {
        this.organization = organization;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public List<QueueLine> getSelected() {
        return selected;
    }

    public void setSelected(List<QueueLine> selected) {
        this.selected = selected;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null ? null : query.strip();
    }

    public TicketSearch.Results getFound() {
        return found;
    }

    public String getBulkAgent() {
        return bulkAgent;
    }

    public void setBulkAgent(String bulkAgent) {
        this.bulkAgent = bulkAgent;
    }
}
