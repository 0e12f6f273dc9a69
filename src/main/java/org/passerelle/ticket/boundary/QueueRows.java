package org.passerelle.ticket.boundary;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.passerelle.ticket.control.QueueFilter;
import org.passerelle.ticket.control.SupportDesk;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The queue as PrimeFaces reads it: one page at a time, counted and sorted by the database, so
 * that it stays fast with a hundred thousand requests; the rows come as {@link QueueLine}s, with
 * their dates written in the page's language.
 */
class QueueRows extends LazyDataModel<QueueLine> {
    private static final long serialVersionUID = 1L;

    private final transient SupportDesk desk;
    private final String login;
    private final transient Supplier<QueueFilter> filter;
    private final transient Supplier<Locale> locale;
    private transient List<QueueLine> lastRows;

    QueueRows(SupportDesk desk, String login, Supplier<QueueFilter> filter, Supplier<Locale> locale) {
        this.desk = desk;
        this.login = login;
        this.filter = filter;
        this.locale = locale;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) desk.queueCount(login, filter.get());
    }

    @Override
    public List<QueueLine> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                Map<String, FilterMeta> filterBy) {
        QueueFilter.Sort sort = QueueFilter.Sort.UPDATED;
        boolean ascending = false;
        for (SortMeta meta : sortBy.values()) {
            sort = QueueFilter.Sort.valueOf(meta.getField());
            ascending = meta.getOrder() == SortOrder.ASCENDING;
        }
        QueueLine.Writer writer = new QueueLine.Writer(locale.get());
        lastRows = desk.queueRows(login, filter.get(), sort, ascending, first, pageSize).stream()
                .map(writer::line).toList();
        return lastRows;
    }

    @Override
    public String getRowKey(QueueLine row) {
        return row.getNumber();
    }

    @Override
    public QueueLine getRowData(String rowKey) {
        return lastRows == null ? null
                : lastRows.stream().filter(r -> r.getNumber().equals(rowKey)).findFirst().orElse(null);
    }
}
