package org.passerelle.privacy.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * What the public privacy page states and the administrator sets (Loi 25, art. 3.1 and 8): the
 * person in charge of the protection of personal information and how to reach them, and how long
 * closed requests are kept. One row (id 1).
 */
@Entity
@Table(name = "privacy_setting")
public class PrivacySettings {
    public static final long THE_ONE = 1L;

    @Id
    private Long id;
    @Size(max = 200)
    private String officerName;
    @Size(max = 200)
    private String officerTitle;
    @Email
    @Size(max = 254)
    private String officerEmail;
    @Size(max = 40)
    private String officerPhone;
    @Min(1)
    @Max(240)
    private int retentionMonths = 24;
    @Version
    private long version;

    protected PrivacySettings() {
    }

    public void change(String name, String title, String email, String phone, int months) {
        this.officerName = blankToNull(name);
        this.officerTitle = blankToNull(title);
        this.officerEmail = blankToNull(email);
        this.officerPhone = blankToNull(phone);
        this.retentionMonths = months;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getOfficerName() {
        return officerName;
    }

    public String getOfficerTitle() {
        return officerTitle;
    }

    public String getOfficerEmail() {
        return officerEmail;
    }

    public String getOfficerPhone() {
        return officerPhone;
    }

    public int getRetentionMonths() {
        return retentionMonths;
    }

    public long getVersion() {
        return version;
    }
}
