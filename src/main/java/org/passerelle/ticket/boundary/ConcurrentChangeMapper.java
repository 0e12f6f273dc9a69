package org.passerelle.ticket.boundary;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.hibernate.StaleStateException;
import org.passerelle.platform.rest.Problems;

/**
 * Two callers changed the same request at the same instant: the version check passed for both,
 * the database refused the second at commit. It is told so (409), as if it had sent a stale
 * version; any other failed transaction is a 500 problem without internals.
 */
@Provider
public class ConcurrentChangeMapper implements ExceptionMapper<TransactionalException> {
    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(TransactionalException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return Problems.of(Response.Status.CONFLICT, "conflict", List.of("request.changedMeanwhile"),
                        Problems.language(headers.getAcceptableLanguages()));
            }
        }
        return Problems.of(Response.Status.INTERNAL_SERVER_ERROR, "server-error", List.of("api.problem.server"),
                Problems.language(headers.getAcceptableLanguages()));
    }
}
