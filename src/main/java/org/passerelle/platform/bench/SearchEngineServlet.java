package org.passerelle.platform.bench;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.passerelle.search.control.TicketSearch;
import org.passerelle.search.control.ToolboxSearch;
import org.passerelle.ticket.control.QueueFilter;

/**
 * Benchmark probe, registered only by {@link BenchSwitch}: runs the search service that
 * {@code GET /api/v1/search} calls ({@link ToolboxSearch} or {@link TicketSearch}, 20 hits, facets
 * and snippets included) {@code n} times in a row inside the server and answers the time of each
 * call in microseconds, one per line, then {@code total N}; beside each time, the CPU time the
 * request thread spent in that call (what a busy machine inflates far less than the elapsed time). What it times is the engine side:
 * Hibernate Search and Lucene, the entities or rows loaded for the hits, the highlighter; not HTTP,
 * authentication nor JSON. {@code GET /bench/search-engine?type=toolbox|tickets&q=...&n=50}.
 * Agents and pool leads only (the ticket search runs in the caller's scope); anyone else gets 403.
 */
public class SearchEngineServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/bench/search-engine";
    static final int MAX_RUNS = 1000;

    @Inject
    transient ToolboxSearch toolbox;
    @Inject
    transient TicketSearch tickets;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String login = BenchAccess.staffOrRefuse(request, response);
        if (login == null) {
            return;
        }
        String q = request.getParameter("q");
        boolean ticketSearch = "tickets".equals(request.getParameter("type"));
        int runs;
        try {
            runs = Math.max(1, Math.min(MAX_RUNS, Integer.parseInt(request.getParameter("n"))));
        } catch (NumberFormatException e) {
            runs = 1;
        }
        StringBuilder out = new StringBuilder(runs * 8 + 32);
        long total = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            total = ticketSearch
                    ? tickets.search(login, q, QueueFilter.any(), 20).total()
                    : toolbox.search(q, ToolboxSearch.Filters.none(), 0, 20).total();
            out.append((System.nanoTime() - started) / 1000).append(' ')
                    .append((threads.getCurrentThreadCpuTime() - cpuStarted) / 1000).append('\n');
        }
        out.append("total ").append(total).append('\n');
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter writer = response.getWriter();
        writer.write(out.toString());
    }
}
