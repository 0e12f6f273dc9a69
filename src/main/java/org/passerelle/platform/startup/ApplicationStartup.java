package org.passerelle.platform.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.passerelle.platform.config.Settings;
import org.passerelle.platform.demo.DemoData;
import org.passerelle.search.control.SearchIndex;

/**
 * What happens once the application is deployed: the demo data on an empty database (demo
 * mode), then a search index that matches the database, then a line saying where to go.
 */
@ApplicationScoped
public class ApplicationStartup {
    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Inject
    DemoData demoData;
    @Inject
    SearchIndex searchIndex;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        Settings settings = Settings.fromEnvironment();
        boolean demo = settings.demoMode();
        boolean loaded = false;
        try {
            if (demo && demoData.isEmpty()) {
                demoData.load();
                loaded = true;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Passerelle: the demo data could not be loaded, the database is unchanged: {0}",
                    rootMessage(e));
            throw e;
        }
        if (loaded) {
            searchIndex.rebuildAfterLoad();
        } else {
            searchIndex.rebuildIfOutOfStep();
        }
        String url = settings.get("passerelle.public.url", "http://localhost:8080");
        StringBuilder ready = new StringBuilder("Passerelle is ready at ").append(url);
        if (demo) {
            ready.append(" (demo mode) — demo logins: ").append(String.join(", ", DemoData.LOGINS))
                    .append("; password: ").append(DemoData.PASSWORD);
        }
        LOG.info(ready.toString());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
