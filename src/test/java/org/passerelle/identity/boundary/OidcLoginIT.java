package org.passerelle.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.testsupport.Deployments;
import org.passerelle.testsupport.MemberFixturesServlet;
import org.passerelle.testsupport.SentAccountMails;
import org.passerelle.testsupport.TestOidcProvider;
import org.passerelle.testsupport.TestOidcProvider.Person;

/**
 * OpenID Connect login against a real (small) provider in the test JVM, over HTTP as a browser
 * goes: Passerelle → provider → back to Passerelle. The server knows the provider from the
 * PASSERELLE_OIDC_* variables that failsafe sets (pom.xml).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("postgresql")
class OidcLoginIT {
    private static TestOidcProvider provider;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application(MemberFixturesServlet.class, SentAccountMails.class);
    }

    @ArquillianResource
    URL base;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(cookies).build();

    @BeforeAll
    static void startProvider() throws Exception {
        provider = TestOidcProvider.fromEnvironment();
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @BeforeEach
    void honestProvider() {
        provider.reset();
    }

    @Test
    void theLoginPageOffersTheProvider() throws Exception {
        HttpResponse<String> page = get(base + "connexion.xhtml?next=%2Fapp%2Fprofil.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Se connecter avec Fournisseur de test"), page.body());
        assertTrue(page.body().contains("/connexion/oidc?next=%2Fapp%2Fprofil.xhtml"), page.body());
    }

    @Test
    void anInvitedPersonLogsInOnceThenByTheirSubject() throws Exception {
        String email = uniqueEmail("invitee");
        String subject = UUID.randomUUID().toString();
        assertTrue(fixture("invite", email).contains("openInvitations=1"));

        provider.nextLogin(new Person(subject, email, true));
        HttpResponse<String> back = login("/app/profil.xhtml");
        assertEquals(base.getPath() + "app/profil.xhtml", location(back), provider.lastTokenRequestProblem());
        HttpResponse<String> myData = get(base + "app/mes-donnees");
        assertEquals(200, myData.statusCode());
        assertTrue(myData.body().contains(email), "logged in as the invited member: " + myData.body());
        assertTrue(myData.body().contains("\"oidcSubject\":\"" + subject + "\""), "the link is in their data");

        String state = fixture(null, email);
        assertTrue(state.contains("count=1") && state.contains("subject=" + subject), state);
        assertTrue(state.contains("openInvitations=0"), "the OIDC login accepted the invitation: " + state);

        // later: the provider no longer sends the email, the subject alone finds the member
        logout();
        provider.nextLogin(new Person(subject, null, null));
        assertEquals(base.getPath(), location(login(null)));
        assertTrue(get(base + "app/mes-donnees").body().contains(email));
    }

    @Test
    void aMemberWithAPasswordLogsInWithANewSessionId() throws Exception {
        String email = uniqueEmail("member");
        fixture("member", email);
        provider.nextLogin(new Person(UUID.randomUUID().toString(), email.toUpperCase(java.util.Locale.ROOT), true));
        get(base + "connexion.xhtml");
        String before = sessionId();
        HttpResponse<String> back = login("/app/profil.xhtml");
        assertEquals(base.getPath() + "app/profil.xhtml", location(back), provider.lastTokenRequestProblem());
        assertNotEquals(before, sessionId(), "the session id changes at login");
        assertTrue(get(base + "app/mes-donnees").body().contains(email));
    }

    @Test
    void anUnknownEmailIsRefusedAndNoAccountIsCreated() throws Exception {
        String email = uniqueEmail("stranger");
        provider.nextLogin(new Person(UUID.randomUUID().toString(), email, true));
        HttpResponse<String> back = login("/app/profil.xhtml");
        assertEquals(base.getPath() + "connexion.xhtml?oidc=inconnu", location(back));
        HttpResponse<String> page = get(base + "connexion.xhtml?oidc=inconnu");
        assertTrue(page.body().contains("Aucun compte actif de Passerelle ne correspond"), page.body());
        assertTrue(fixture(null, email).startsWith("count=0"), "nothing created");
        assertNotLoggedIn();
    }

    @Test
    void aDeactivatedMemberOrAnUnverifiedEmailIsRefused() throws Exception {
        String email = uniqueEmail("gone");
        fixture("member", email);
        fixture("deactivate", email);
        provider.nextLogin(new Person(UUID.randomUUID().toString(), email, true));
        assertEquals(base.getPath() + "connexion.xhtml?oidc=inconnu", location(login(null)));
        assertNotLoggedIn();

        String unverified = uniqueEmail("unverified");
        fixture("invite", unverified);
        provider.nextLogin(new Person(UUID.randomUUID().toString(), unverified, false));
        assertEquals(base.getPath() + "connexion.xhtml?oidc=inconnu", location(login(null)));
        assertTrue(fixture(null, unverified).contains("subject=null;openInvitations=1"), "nothing changed");
        assertNotLoggedIn();
    }

    @Test
    void spoiledAnswersAreRefused() throws Exception {
        String email = uniqueEmail("target");
        fixture("member", email);
        provider.nextLogin(new Person(UUID.randomUUID().toString(), email, true));

        provider.tamper(claims -> claims.claim("nonce", "another-login"));
        assertRefused("wrong nonce");
        provider.tamper(claims -> claims.audience(List.of("another-client")));
        assertRefused("wrong audience");
        provider.tamper(claims -> claims.issuer("http://localhost:1/elsewhere"));
        assertRefused("wrong issuer");
        provider.tamper(claims -> claims.issueTime(Date.from(Instant.now().minusSeconds(3600)))
                .expirationTime(Date.from(Instant.now().minusSeconds(600))));
        assertRefused("expired");
        provider.tamper(claims -> { });
        provider.signWithForeignKey(true);
        assertRefused("bad signature");
        provider.signWithForeignKey(false);
        provider.answerWithWrongState(true);
        assertRefused("wrong state");
        provider.answerWithWrongState(false);

        assertTrue(fixture(null, email).contains("subject=null"), "no refused answer linked the account");
        // and an answer that nobody asked for (no login started in this session)
        HttpResponse<String> unasked = get(base + "connexion/oidc/retour?code=x&state=y");
        assertEquals(base.getPath() + "connexion.xhtml?oidc=refuse", location(unasked));

        // the honest answer still works afterwards
        assertEquals(base.getPath(), location(login(null)), provider.lastTokenRequestProblem());
    }

    private void assertRefused(String what) throws Exception {
        HttpResponse<String> back = login(null);
        assertEquals(base.getPath() + "connexion.xhtml?oidc=refuse", location(back), what);
        assertNotLoggedIn();
    }

    /** Passerelle → provider → Passerelle; the last answer (a redirect) is returned. */
    private HttpResponse<String> login(String next) throws Exception {
        HttpResponse<String> start = get(base + "connexion/oidc"
                + (next == null ? "" : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
        assertEquals(302, start.statusCode(), start.body());
        String authorize = absoluteLocation(start);
        assertTrue(authorize.contains("code_challenge=") && authorize.contains("nonce=")
                && authorize.contains("state="), authorize);
        HttpResponse<String> consent = get(authorize);
        assertEquals(302, consent.statusCode(), consent.body());
        HttpResponse<String> back = get(absoluteLocation(consent));
        assertEquals(302, back.statusCode(), back.body());
        return back;
    }

    private void assertNotLoggedIn() throws Exception {
        HttpResponse<String> profile = get(base + "app/profil.xhtml");
        assertEquals(302, profile.statusCode());
        assertTrue(location(profile).contains("connexion.xhtml"), location(profile));
    }

    private void logout() {
        cookies.getCookieStore().removeAll();
    }

    private String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "fr-CA").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Where a redirect goes, to follow it. */
    private static String absoluteLocation(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        return response.uri().resolve(location).toString();
    }

    /** The Location header, without scheme and host when it points back to Passerelle. */
    private String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse(null);
        assertTrue(location != null, "a redirect: " + response.statusCode() + " " + response.body());
        String origin = base.getProtocol() + "://" + base.getAuthority();
        return location.startsWith(origin) ? location.substring(origin.length()) : location;
    }

    private String fixture(String action, String email) throws Exception {
        String url = base + "test-support/members";
        HttpResponse<String> response = action == null
                ? get(url + "?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8))
                : http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                                "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("action=" + action + "&email="
                                + URLEncoder.encode(email, StandardCharsets.UTF_8))).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static String uniqueEmail(String who) {
        return "oidc-" + who + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

}
