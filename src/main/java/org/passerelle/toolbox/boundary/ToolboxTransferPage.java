package org.passerelle.toolbox.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.passerelle.platform.importing.ImportException;
import org.passerelle.platform.web.Messages;
import org.passerelle.toolbox.control.ContributionProblem;
import org.passerelle.toolbox.control.ImportProblems;
import org.passerelle.toolbox.control.ToolboxImport;
import org.passerelle.toolbox.control.ToolboxTransfer;

/**
 * For coordinators (/admin/boite-a-outils.xhtml): download the whole toolbox as a zip, or import
 * one; every problem of a refused import is listed with its file and line.
 */
@Named
@RequestScoped
public class ToolboxTransferPage {
    /** A zip larger than this is refused before reading it. */
    static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

    @Inject
    ToolboxTransfer transfer;
    @Inject
    SecurityContext security;
    @Inject
    Messages messages;

    private Part file;
    private List<ImportException> problems = List.of();
    private ToolboxImport.Result imported;

    /** Sends the zip as a download instead of a page. */
    public void export() throws IOException {
        byte[] zip = transfer.export(login());
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/zip");
        external.setResponseContentLength(zip.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"boite-a-outils-"
                + LocalDate.now(ZoneId.of("America/Montreal")) + ".zip\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(zip);
        }
        faces.responseComplete();
    }

    public String importFile() {
        if (file == null || file.getSize() == 0) {
            messages.error("import:file", "toolbox.transfer.file.required");
            return null;
        }
        if (file.getSize() > MAX_UPLOAD_BYTES) {
            messages.error("import:file", "toolbox.transfer.file.tooLarge", MAX_UPLOAD_BYTES / (1024 * 1024));
            return null;
        }
        String name = file.getSubmittedFileName() == null ? "import.zip" : file.getSubmittedFileName();
        try (InputStream in = file.getInputStream()) {
            imported = transfer.importZip(login(), name, in.readAllBytes());
            messages.info(null, "toolbox.transfer.imported", imported.toolCards(), imported.guides());
        } catch (ImportProblems e) {
            problems = e.getProblems();
            messages.error(null, "toolbox.transfer.refused", problems.size());
        } catch (ContributionProblem e) {
            e.getKeys().forEach(key -> messages.error(null, key));
        } catch (IOException e) {
            messages.error("import:file", "toolbox.transfer.file.unreadable");
        }
        return null;
    }

    private String login() {
        return security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<ImportException> getProblems() {
        return problems;
    }

    /** The problem without its "file, line N: " prefix, which the table shows in its own columns. */
    public String what(ImportException problem) {
        String message = problem.getMessage();
        int colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(colon + 2);
    }

    public ToolboxImport.Result getImported() {
        return imported;
    }
}
