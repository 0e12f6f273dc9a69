package org.passerelle.ticket.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import jakarta.servlet.http.Part;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.platform.web.MarkdownRenderer;
import org.passerelle.platform.web.Messages;
import org.passerelle.ticket.control.HelpRequests;
import org.passerelle.ticket.control.RequestViews;

/** One of my requests: the public conversation, a reply, "marquer comme résolue". */
@Named
@ViewScoped
public class RequestPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient HelpRequests requests;
    @Inject
    transient SecurityContext security;
    @Inject
    transient Messages messages;
    @Inject
    transient MarkdownRenderer markdown;

    private String number;
    private RequestViews.Detail detail;
    private String reply;
    private transient List<Part> files = new ArrayList<>();
    private Integer stars;
    private String ratingComment;

    public void load() throws IOException {
        detail = number == null ? null : requests.detail(login(), number).orElse(null);
        if (detail == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String sendReply() {
        try {
            requests.reply(login(), detail.number(), reply, detail.version(), Uploads.of(files));
            return reload("request.reply.sent");
        } catch (RuntimeException e) {
            RequestFailures.show(e, messages);
            return null;
        }
    }

    public String markResolved() {
        try {
            requests.markResolved(login(), detail.number(), detail.version());
            return reload("request.resolved.done");
        } catch (RuntimeException e) {
            RequestFailures.show(e, messages);
            return null;
        }
    }

    public String rate() {
        try {
            requests.rate(login(), detail.number(), stars, ratingComment, detail.version());
            return reload("request.rating.thanks");
        } catch (RuntimeException e) {
            RequestFailures.show(e, messages);
            return null;
        }
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files == null ? new ArrayList<>() : files;
    }

    public List<Integer> getStarChoices() {
        return List.of(1, 2, 3, 4, 5);
    }

    public Integer getStars() {
        return stars;
    }

    public void setStars(Integer stars) {
        this.stars = stars;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public void setRatingComment(String ratingComment) {
        this.ratingComment = ratingComment;
    }

    private String reload(String messageKey) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put("notice", messageKey);
        return "/app/demande?faces-redirect=true&numero=" + detail.number();
    }

    public String html(String text) {
        return markdown.toSafeHtml(text);
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }

    public RequestViews.Detail getDetail() {
        return detail;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }
}
