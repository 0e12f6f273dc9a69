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
 * that it stays fast with a hundred thousand requests; the rows come as {@link QueueLine}s, written
 * for the page's language.
 */
class QueueRows extends LazyDataModel<QueueLine> {
    private static final long serialVersionUID = 1L;

    private final transient SupportDesk desk;
    private final String login;
    private final transient Supplier<QueueFilter> filter;
    private final transient Supplier<QueueLine.Writer> writer;
    private transient List<QueueLine> lastRows;

    QueueRows(SupportDesk desk, String login, Supplier<QueueFilter> filter,
              Supplier<QueueLine.Writer> writer) {
        this.desk = desk;
        this.login = login;
        this.filter = filter;
        this.writer = writer;
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
        List<DeskViews.QueueRow> page;
        if (first == 0) {
            // PrimeFaces asks count() before load() only for a later page; for the first one it takes
            // the count set here, so that the page and its total cost one transaction, not two
            DeskViews.QueuePage both = desk.queue(login, filter.get(), sort, ascending, first, pageSize);
            setRowCount((int) both.total());
            page = both.rows();
        } else {
            page = desk.queueRows(login, filter.get(), sort, ascending, first, pageSize);
        }
        lastRows = page.stream().map(writer.get()::line).toList();
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
