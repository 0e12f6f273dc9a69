package org.passerelle.platform.bench;

import jakarta.annotation.Resource;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.passerelle.platform.persistence.DataSourceDeclaration;

/**
 * Benchmark baseline, registered only by {@link BenchSwitch}: the first page of the agent queue
 * (saved view "Non assignées", 50 rows, newest activity first, the total) read straight from JDBC
 * and written as a bare HTML table, with the queue's own scope condition (the pools of the agent
 * and the networks they serve). It tells how much of the real page's time is the framework's.
 * Agents and pool leads only; anyone else gets 403.
 */
public class PlainQueueServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/bench/file-brute";
    private static final String FROM = " from ticket t left join member r on r.id = t.requester_id"
            + " left join organization o on o.id = t.organization_id left join region reg on reg.code = o.region_code"
            + " left join network n on n.id = o.network_id left join member a on a.id = t.assignee_id"
            + " left join support_pool p on p.id = t.pool_id"
            + " where (p.id in (select spa.pool_id from support_pool_agent spa join member m on m.id = spa.member_id"
            + " where m.login = ?) or n.id in (select spn.network_id from support_pool_network spn"
            + " join support_pool_agent spa on spa.pool_id = spn.pool_id join member m on m.id = spa.member_id"
            + " where m.login = ?))"
            + " and t.merged_into_id is null and t.status in ('NEW', 'OPEN') and t.assignee_id is null";
    private static final String ROWS = "select t.number, t.subject, t.status, t.urgency, t.category, r.display_name,"
            + " o.name, reg.code, a.display_name, t.created_at, t.updated_at, t.first_response_at,"
            + " t.first_response_due_at, t.resolution_due_at" + FROM + " order by t.updated_at desc, t.id desc"
            + " offset 0 rows fetch next 50 rows only";

    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    transient DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String login = BenchAccess.staffOrRefuse(request, response);
        if (login == null) {
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        StringBuilder html = new StringBuilder(16_384);
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = connection.prepareStatement("select count(*)" + FROM)) {
                count.setString(1, login);
                count.setString(2, login);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            html.append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\"><title>File</title></head>")
                    .append("<body><p>").append(total).append(" demandes</p><table><thead><tr>")
                    .append("<th>Numéro</th><th>Sujet</th><th>Statut</th><th>Urgence</th><th>Catégorie</th>")
                    .append("<th>Demandeur</th><th>Organisme</th><th>Région</th><th>Assignée à</th><th>Créée</th>")
                    .append("<th>Activité</th><th>1re réponse</th><th>Échéance 1re réponse</th><th>Échéance</th>")
                    .append("</tr></thead><tbody>");
            try (PreparedStatement rows = connection.prepareStatement(ROWS)) {
                rows.setString(1, login);
                rows.setString(2, login);
                try (ResultSet rs = rows.executeQuery()) {
                    while (rs.next()) {
                        html.append("<tr>");
                        for (int column = 1; column <= 14; column++) {
                            html.append("<td>").append(escape(rs.getString(column))).append("</td>");
                        }
                        html.append("</tr>");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        html.append("</tbody></table></body></html>");
        PrintWriter out = response.getWriter();
        out.write(html.toString());
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
