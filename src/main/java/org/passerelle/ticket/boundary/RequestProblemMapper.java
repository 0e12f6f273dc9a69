package org.passerelle.ticket.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.passerelle.platform.rest.Problems;
import org.passerelle.ticket.control.RequestProblem;

/**
 * A refused request over the API: RFC 9457 problem details in the caller's language. Somebody
 * else's request answers 404 exactly like a missing one; a stale version or a refused transition
 * is a 409 conflict; a missing version a 428; everything else is bad input (400).
 */
@Provider
public class RequestProblemMapper implements ExceptionMapper<RequestProblem> {
    private static final Set<String> NOT_FOUND = Set.of("request.notFound", "desk.other.notFound");
    private static final Set<String> CONFLICT = Set.of("request.changedMeanwhile", "request.transition.refused",
            "request.closed", "desk.merge.already", "request.rating.notNow");

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(RequestProblem problem) {
        String key = problem.getKeys().get(0);
        Response.Status status;
        String type;
        if (NOT_FOUND.contains(key)) {
            status = Response.Status.NOT_FOUND;
            type = "not-found";
        } else if (CONFLICT.contains(key)) {
            status = Response.Status.CONFLICT;
            type = "conflict";
        } else if ("api.version.required".equals(key)) {
            status = Response.Status.PRECONDITION_REQUIRED;
            type = "version-required";
        } else {
            status = Response.Status.BAD_REQUEST;
            type = "invalid-input";
        }
        return Problems.of(status, type, problem.getKeys(), Problems.language(headers.getAcceptableLanguages()),
                problem.getArguments());
    }
}
