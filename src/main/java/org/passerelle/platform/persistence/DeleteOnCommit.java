package org.passerelle.platform.persistence;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;

/**
 * Deletes files once the transaction that removed their rows has committed, and only then: a
 * rolled-back transaction keeps both the rows and the files, so nothing is left half-removed.
 */
public record DeleteOnCommit(List<Path> files) implements Synchronization {
    private static final Logger LOG = Logger.getLogger(DeleteOnCommit.class.getName());

    @Override
    public void beforeCompletion() {
        // the outcome is not known yet
    }

    @Override
    public void afterCompletion(int status) {
        if (status != Status.STATUS_COMMITTED) {
            return;
        }
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // no row points to it any more, so it is never served; say so for the operator
                LOG.warning(() -> "could not delete " + file + ": " + e.getMessage());
            }
        }
    }
}
