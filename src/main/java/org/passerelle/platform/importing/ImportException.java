package org.passerelle.platform.importing;

/** A bad row in an imported file, located by file name and line so a person can fix it. */
public class ImportException extends RuntimeException {
    private final String file;
    private final long line;

    public ImportException(String file, long line, String problem) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String getFile() {
        return file;
    }

    public long getLine() {
        return line;
    }
}
