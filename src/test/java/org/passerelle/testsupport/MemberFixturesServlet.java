package org.passerelle.testsupport;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.passerelle.admin.control.InvitationRequest;
import org.passerelle.admin.control.Members;
import org.passerelle.identity.control.Accounts;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Role;

/**
 * Deployed only with tests that run outside the server (OidcLoginIT): an administrator's actions on
 * members, through the application's own services, and what became of a member, as plain text.
 * POST invite (an open invitation), member (invited, then the invitation accepted with a password),
 * deactivate; GET describe.
 */
@WebServlet("/test-support/members")
public class MemberFixturesServlet extends HttpServlet {
    public static final String PASSWORD = "une phrase assez longue pour entrer";
    private static final long serialVersionUID = 1L;

    @Inject
    transient Members members;
    @Inject
    transient Accounts accounts;
    @Inject
    transient SentAccountMails mails;
    @PersistenceContext
    transient EntityManager em;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String email = request.getParameter("email");
        switch (request.getParameter("action")) {
            case "invite" -> invite(email);
            case "member" -> {
                invite(email);
                accounts.acceptInvitation(mails.lastToken(email).orElseThrow(), "Personne OIDC", PASSWORD);
            }
            case "deactivate" -> {
                Member member = find(email).get(0);
                members.setActive("admin", member.getId(), false, member.getVersion());
            }
            default -> {
                response.sendError(400);
                return;
            }
        }
        describe(email, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        describe(request.getParameter("email"), response);
    }

    private void invite(String email) {
        long organization = em.createQuery("select o.id from Organization o where o.name = :n", Long.class)
                .setParameter("n", "CDC de Lévis").getSingleResult();
        members.invite("admin", new InvitationRequest("Personne OIDC", email, organization, Role.MEMBER, "fr"));
    }

    private List<Member> find(String email) {
        return em.createQuery("select m from Member m where lower(m.email) = lower(:e)", Member.class)
                .setParameter("e", email).getResultList();
    }

    /** count, then for the member: login, active, OIDC subject, open invitations. */
    private void describe(String email, HttpServletResponse response) throws IOException {
        List<Member> found = find(email);
        StringBuilder text = new StringBuilder("count=").append(found.size());
        if (!found.isEmpty()) {
            Member member = found.get(0);
            long open = em.createQuery("select count(t) from AccountToken t where t.member = :m and t.usedAt is null"
                    + " and t.expiresAt > :now", Long.class).setParameter("m", member)
                    .setParameter("now", Instant.now()).getSingleResult();
            text.append(";login=").append(member.getLogin()).append(";active=").append(member.isActive())
                    .append(";subject=").append(member.getOidcSubject()).append(";openInvitations=").append(open);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(text.toString());
    }
}
