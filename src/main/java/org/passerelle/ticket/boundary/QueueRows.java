package org.passerelle.ticket.boundary;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.passerelle.ticket.control.DeskViews;
import org.passerelle.ticket.control.QueueFilter;
import org.passerelle.ticket.control.SupportDesk;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The queue as PrimeFaces reads it: one page at a time, counted and sorted by the database, so
 * that it stays fast with a hundred thousand requests.
 */
class QueueRows extends LazyDataModel<DeskViews.QueueRow> {
    private static final long serialVersionUID = 1L;

    private final transient SupportDesk desk;
    private final String login;
    private final transient Supplier<QueueFilter> filter;
    private transient List<DeskViews.QueueRow> lastRows;

    QueueRows(SupportDesk desk, String login, Supplier<QueueFilter> filter) {
        this.desk = desk;
        this.login = login;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) desk.queueCount(login, filter.get());
    }

    @Override
    public List<DeskViews.QueueRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                        Map<String, FilterMeta> filterBy) {
        QueueFilter.Sort sort = QueueFilter.Sort.UPDATED;
        boolean ascending = false;
        for (SortMeta meta : sortBy.values()) {
            sort = QueueFilter.Sort.valueOf(meta.getField());
            ascending = meta.getOrder() == SortOrder.ASCENDING;
        }
        lastRows = desk.queueRows(login, filter.get(), sort, ascending, first, pageSize);
        return lastRows;
    }

    @Override
    public String getRowKey(DeskViews.QueueRow row) {
        return row.number();
    }

    @Override
    public DeskViews.QueueRow getRowData(String rowKey) {
        return lastRows == null ? null
                : lastRows.stream().filter(r -> r.number().equals(rowKey)).findFirst().orElse(null);
    }
}
