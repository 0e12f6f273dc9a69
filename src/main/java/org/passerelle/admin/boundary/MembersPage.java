package org.passerelle.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.passerelle.admin.control.Directory;
import org.passerelle.admin.control.InvitationRequest;
import org.passerelle.admin.control.Members;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Organization;
import org.passerelle.identity.entity.Role;
import org.passerelle.platform.web.Messages;

/** "Membres": the members one may manage, inviting one person or a whole CSV file. */
@Named
@RequestScoped
public class MembersPage {
    static final long CSV_MAX_BYTES = 1024 * 1024;

    @Inject
    Members members;
    @Inject
    Directory directory;
    @Inject
    SecurityContext security;
    @Inject
    AdminFailures failures;
    @Inject
    Messages messages;

    private String name;
    private String email;
    private Long organizationId;
    private Role role = Role.MEMBER;
    private String language = "fr";
    private Part file;
    private Members.BulkReport report;
    private List<Member> list;

    public List<Member> getMembers() {
        if (list == null) {
            list = members.members(login());
        }
        return list;
    }

    public void invite() {
        InvitationRequest request = new InvitationRequest(name, email, organizationId, role, language);
        if (failures.attempt("invite:email", () -> members.invite(login(), request))) {
            messages.info("invite:submit", "admin.invite.sent", email);
            name = null;
            email = null;
            list = null;
        }
    }

    public void inviteAll() throws IOException {
        if (file == null || file.getSize() == 0 || file.getSize() > CSV_MAX_BYTES) {
            messages.error("bulk:file", "admin.invite.csv.required");
            return;
        }
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            report = members.inviteAll(login(), reader);
        } catch (RuntimeException e) {
            failures.handle("bulk:file", e);
            return;
        }
        if (report.imported()) {
            messages.info("bulk:submit", "admin.invite.csv.done", report.lines().size());
            list = null;
        } else if (report.fileProblem() != null) {
            messages.error("bulk:file", report.fileProblem().startsWith("admin.") ? report.fileProblem()
                    : "admin.invite.csv.unreadable", report.fileProblem());
        } else {
            messages.error("bulk:file", "admin.invite.csv.refused");
        }
    }

    public List<Organization> getOrganizations() {
        return directory.organizations(login());
    }

    public List<Role> getRoles() {
        return members.assignableRoles(login()).stream().sorted().toList();
    }

    /** The member's role names, sorted, for the list. */
    public List<String> roleNames(Member member) {
        return member.getRoles().stream().map(Role::roleName).sorted().toList();
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }

    public Members.BulkReport getReport() {
        return report;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
