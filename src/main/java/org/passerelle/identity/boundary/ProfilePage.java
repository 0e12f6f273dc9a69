package org.passerelle.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.passerelle.admin.boundary.AdminFailures;
import org.passerelle.identity.control.AccountProblem;
import org.passerelle.identity.control.PeerTopics;
import org.passerelle.identity.control.Profiles;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.PeerTopic;
import org.passerelle.platform.web.LocaleSelection;
import org.passerelle.platform.web.Messages;

/**
 * "Mon profil": my name, phone and language; the topics I master, so the support pool can invite
 * me as a peer helper; and "log out everywhere".
 */
@Named
@ViewScoped
public class ProfilePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient PeerTopics topics;
    @Inject
    transient Profiles profiles;
    @Inject
    transient SecurityContext security;
    @Inject
    transient Messages messages;
    @Inject
    transient AdminFailures failures;
    @Inject
    LocaleSelection language;

    private static final Map<String, String> FIELDS = Map.of("profile.name.required", "details:name",
            "profile.name.tooLong", "details:name", "profile.phone.invalid", "details:phone",
            "profile.language.invalid", "details:language");

    private List<String> chosen = new ArrayList<>();
    private List<PeerTopic> offered = List.of();
    private long version;
    private String name;
    private String phone;
    private String preferredLanguage;

    @PostConstruct
    void load() {
        Member me = profiles.me(login());
        name = me.getDisplayName();
        phone = me.getPhone();
        preferredLanguage = me.getPreferredLanguage();
        version = me.getVersion();
        chosen = new ArrayList<>(topics.of(login()));
        offered = topics.offered();
    }

    /** Saves name, phone and language; the interface switches to that language on the redirect. */
    public String saveDetails() {
        try {
            profiles.update(login(), new Profiles.Details(name, phone, preferredLanguage), version);
        } catch (AccountProblem problem) {
            // each message next to its field, so the person sees which one to fix
            for (String key : problem.keys()) {
                messages.error(FIELDS.getOrDefault(key, "details:save"), key, problem.arguments());
            }
            return null;
        } catch (RuntimeException e) {
            failures.handle("details:save", e);
            return null;
        }
        language.use(preferredLanguage);
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(language.getLocale());
        messages.info(null, "profile.details.saved");
        context.getExternalContext().getFlash().setKeepMessages(true);
        return "/app/profil?faces-redirect=true";
    }

    public void save() {
        if (failures.attempt(null, () -> topics.declare(login(), new LinkedHashSet<>(chosen), version))) {
            version = topics.versionOf(login());
            messages.info(null, "profile.topics.saved");
        }
    }

    /** Ends every session of mine (SessionGuard ends the others at their next request), then this one. */
    public void logOutEverywhere() throws IOException, ServletException {
        profiles.logOutEverywhere(login());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + SessionGuard.ENDED_PAGE);
    }

    public String label(PeerTopic topic) {
        return topic.label(language.getCode());
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }

    public List<PeerTopic> getOffered() {
        return offered;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }
}
