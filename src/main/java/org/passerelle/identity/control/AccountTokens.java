package org.passerelle.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.passerelle.identity.entity.AccountToken;
import org.passerelle.identity.entity.Member;

/**
 * One-time tokens: 32 random bytes sent to the person, only their SHA-256 kept. A new token of a
 * purpose ends the person's earlier open ones, so only the latest mail works.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccountTokens {
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    public static final Duration RESET_VALIDITY = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    private final SecureRandom random = new SecureRandom();

    /** Creates a token and returns its clear value, to put in the link; nothing else ever sees it. */
    public String issue(Member member, AccountToken.Purpose purpose, Member by, Instant now) {
        for (AccountToken open : em.createNamedQuery(AccountToken.OPEN_FOR, AccountToken.class)
                .setParameter("member", member).setParameter("purpose", purpose).getResultList()) {
            open.use(now);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Duration validity = purpose == AccountToken.Purpose.INVITATION ? INVITATION_VALIDITY : RESET_VALIDITY;
        em.persist(new AccountToken(member, purpose, hash(token), now, now.plus(validity), by));
        return token;
    }

    /** The token if it exists, has this purpose, is unused and not expired at {@code now}. */
    public Optional<AccountToken> usable(String token, AccountToken.Purpose purpose, Instant now) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class).setParameter("hash", hash(token.strip()))
                .getResultStream().findFirst()
                .filter(t -> t.getPurpose() == purpose && t.isUsableAt(now) && !t.getMember().isAnonymized());
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
