package org.passerelle.ticket.control;

import java.io.IOException;
import java.io.InputStream;

/** A file as somebody sent it: the name they gave, its size, and a way to read it once. */
public record Upload(String submittedName, long size, Content content) {

    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
