package org.passerelle.privacy.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.passerelle.admin.boundary.AdminFailures;
import org.passerelle.platform.web.Messages;
import org.passerelle.privacy.control.Privacy;

/** The public page "Confidentialité" and its settings form for administrators. */
@Named
@RequestScoped
public class PrivacyPage {
    @Inject
    Privacy privacy;
    @Inject
    SecurityContext security;
    @Inject
    AdminFailures failures;
    @Inject
    Messages messages;

    private Privacy.Officer officer;
    @Size(max = 200)
    private String name;
    @Size(max = 200)
    private String title;
    @Email
    @Size(max = 254)
    private String email;
    @Size(max = 40)
    private String phone;
    @Min(1)
    @Max(240)
    private int retentionMonths;
    private long version;

    public Privacy.Officer getOfficer() {
        if (officer == null) {
            officer = privacy.settings();
        }
        return officer;
    }

    /** View action of the settings page: fills the form. */
    public void edit() {
        Privacy.Officer o = getOfficer();
        name = o.name();
        title = o.title();
        email = o.email();
        phone = o.phone();
        retentionMonths = o.retentionMonths();
        version = o.version();
    }

    public void save() {
        Privacy.Officer wanted = new Privacy.Officer(name, title, email, phone, retentionMonths, version);
        if (failures.attempt(null, () -> privacy.change(security.getCallerPrincipal().getName(), wanted))) {
            messages.info(null, "admin.saved");
            officer = null;
            edit();
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public int getRetentionMonths() {
        return retentionMonths;
    }

    public void setRetentionMonths(int retentionMonths) {
        this.retentionMonths = retentionMonths;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
