package org.passerelle.platform.bench;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebListener;
import org.passerelle.platform.config.Settings;

/**
 * Registers the benchmark-only servlets ({@link PlainQueueServlet}, {@link SearchEngineServlet})
 * when, and only when, {@code PASSERELLE_BENCH=true} (property {@code passerelle.bench}). Off by
 * default: a normal server has no such URL. Used by {@code bench/requests.sh} and
 * {@code bench/search.sh} (docs/performance.md).
 */
@WebListener
public class BenchSwitch implements ServletContextListener {
    static final String PROPERTY = "passerelle.bench";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (!Settings.fromEnvironment().flag(PROPERTY, false)) {
            return;
        }
        ServletRegistration.Dynamic plain = event.getServletContext()
                .addServlet("bench-plain-queue", PlainQueueServlet.class);
        if (plain != null) {
            plain.addMapping(PlainQueueServlet.PATH);
        }
        ServletRegistration.Dynamic engine = event.getServletContext()
                .addServlet("bench-search-engine", SearchEngineServlet.class);
        if (engine != null) {
            engine.addMapping(SearchEngineServlet.PATH);
        }
    }
}
