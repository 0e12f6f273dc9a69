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
}
