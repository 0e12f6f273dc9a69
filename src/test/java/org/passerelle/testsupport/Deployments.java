package org.passerelle.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that Maven built, as Arquillian deploys it: the real application, plus the test classes. */
public final class Deployments {
    private Deployments() {
    }

    public static WebArchive application(Class<?>... testClasses) {
        File war = new File(System.getProperty("passerelle.war", "target/passerelle.war"));
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        archive.addClasses(testClasses);
        return archive;
    }

    /**
     * Adds the jars that hold these classes (found on the test class path) to WEB-INF/lib, for tests
     * that run a library inside the server, such as GreenMail. Classes are named, not referenced,
     * so that this class loads without them.
     */
    public static WebArchive withJarsOf(WebArchive archive, String... classNames) {
        for (String name : classNames) {
            try {
                File jar = new File(Class.forName(name).getProtectionDomain().getCodeSource().getLocation().toURI());
                archive.addAsLibrary(jar);
            } catch (ReflectiveOperationException | java.net.URISyntaxException e) {
                throw new IllegalStateException("no jar on the test class path for " + name, e);
            }
        }
        return archive;
    }
}
