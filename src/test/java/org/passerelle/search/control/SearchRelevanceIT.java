package org.passerelle.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.testsupport.Deployments;

/**
 * The relevance test set: everyday French and English queries, as members type them (no accents,
 * typos, plurals, elisions, acronyms, English words), each with the demo toolbox entries that must
 * be among the first five. Run against the demo toolbox on the real server (H2, then PostgreSQL).
 */
@ExtendWith(ArquillianExtension.class)
@Tag("postgresql")
class SearchRelevanceIT {
    static final double REQUIRED_HIT_RATE = 0.90;
    static final int TOP = 5;

    /** query | slugs that must all be in the top 5. */
    static final String QUERIES = """
            reunion a distance | jitsi-meet
            visioconferance | jitsi-meet
            AGA | aga-en-ligne
            assemblée générale annuelle en ligne | aga-en-ligne
            mot de passe | bitwarden, securiser-comptes
            mdp | bitwarden
            l'animation | concertation-visio
            sondages | decision-en-ligne, framadate
            cloud | nextcloud, migrer-vers-infonuagique
            password manager | bitwarden, keepassxc
            infonuagique | migrer-vers-infonuagique
            nuage | nextcloud
            sauvegarde | sauvegarde-3-2-1
            backup | sauvegarde-3-2-1, restic
            balado | balado-petit-budget
            podcast | balado-petit-budget, audacity
            teletravail | politique-teletravail-deconnexion, poste-teletravail-ergonomique
            droit a la deconnexion | politique-teletravail-deconnexion
            ergonomie | poste-teletravail-ergonomique
            reunion hybride | reunion-hybride
            hybrid meeting | reunion-hybride
            loi 25 | loi-25-osbl
            renseignements personnels | loi-25-osbl
            privacy | loi-25-osbl
            lecteur d'ecran | nvda
            screen reader | nvda, orca
            double authentification | aegis-authenticator, securiser-comptes
            2FA | aegis-authenticator
            logiciels a rabais | logiciels-rabais-osbl, techsoup-canada
            licences gratuites OBNL | logiciels-rabais-osbl
            medias sociaux | medias-sociaux-mobilisation
            social media | medias-sociaux-mobilisation
            facebook | meta-business-suite
            tableau blanc | excalidraw, miro
            whiteboard | excalidraw
            courriel | thunderbird
            email chiffré | proton-mail
            infolettre | brevo
            newsletter | brevo
            montage video | kdenlive, shotcut
            video editing | kdenlive
            kanban | trello
            gestion de projet | trello
            dons en ligne | zeffy
            fundraising | zeffy
            site web | wordpress
            fracture numerique | inclure-personnes-peu-numeriques
            preter des appareils | inclure-personnes-peu-numeriques
            partenaires sans Teams | choisir-outil-visio
            Zoom ou Teams | choisir-outil-visio
            concertation en visio | concertation-visio
            sous-groupes | methodes-participatives-en-ligne
            prise de decision | decision-en-ligne, loomio
            vote en ligne | decision-en-ligne
            questionnaire | limesurvey, framaforms
            survey | limesurvey
            prise de notes | etherpad
            chiffrement disque | veracrypt
            cle USB | veracrypt
            navigateur | firefox
            bloqueur de publicite | ublock-origin
            rendez-vous en ligne | cal-com
            date de reunion | framadate, doodle
            migrer le serveur | migrer-vers-infonuagique
            depannage a distance | rustdesk
            remote desktop | rustdesk
            sauvgarde | sauvegarde-3-2-1
            telletravail | politique-teletravail-deconnexion
            mobilisaton | medias-sociaux-mobilisation
            accessibilite | nvda
            messagerie chiffree | signal, element
            traitement de texte | libreoffice
            tableur | libreoffice, grist
            formulaire inscription | framaforms
            quiz | kahoot, wooclap
            sondage en direct | mentimeter, wooclap
            """;

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(SearchRelevanceIT.class);
    }

    @Inject
    ToolboxSearch search;

    record Case(String query, List<String> expected) {
    }

    static List<Case> cases() {
        return QUERIES.lines().filter(l -> !l.isBlank()).map(line -> {
            String[] parts = line.split("\\|");
            return new Case(parts[0].strip(), Arrays.stream(parts[1].split(",")).map(String::strip).toList());
        }).toList();
    }

    @Test
    void atLeastNinetyPercentOfEverydayQueriesFindTheirEntriesInTheTopFive() {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 40, "the set has at least 40 queries");
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            List<String> top = search.search(c.query(), ToolboxSearch.Filters.none(), 0, TOP).hits().stream()
                    .map(ToolboxSearch.Hit::slug).toList();
            if (!top.containsAll(c.expected())) {
                misses.add("\"" + c.query() + "\" expected " + c.expected() + " got " + top);
            }
        }
        double rate = (cases.size() - misses.size()) / (double) cases.size();
        System.out.printf("SEARCH RELEVANCE: %d/%d queries hit (%.1f %%)%n", cases.size() - misses.size(),
                cases.size(), rate * 100);
        misses.forEach(m -> System.out.println("SEARCH RELEVANCE MISS: " + m));
        assertTrue(rate >= REQUIRED_HIT_RATE, String.format("hit rate %.1f %% < 90 %%: %s", rate * 100, misses));
    }

    @Test
    void snippetsHighlightTheMatchedWordsAndFacetsCount() {
        ToolboxSearch.Results results = search.search("sauvegarde", ToolboxSearch.Filters.none(), 0, 10);
        assertTrue(results.total() >= 2);
        assertTrue(results.hits().stream().anyMatch(h -> h.snippet().contains("<mark>")), results.toString());
        assertEquals(results.total(), results.facets().get(ToolboxSearch.FACET_KIND).values().stream()
                .mapToLong(Long::longValue).sum());
        assertTrue(results.facets().keySet().containsAll(ToolboxSearch.FACETS));
        // the five facets come from one aggregation (facetValues): each count is what its filter finds
        results.facets().get(ToolboxSearch.FACET_CATEGORY).forEach((category, count) -> assertEquals(count,
                search.search("sauvegarde", new ToolboxSearch.Filters(category, null, null, null, null), 0, 1).total(),
                category));
        results.facets().get(ToolboxSearch.FACET_LICENSE).forEach((license, count) -> assertEquals(count,
                search.search("sauvegarde", new ToolboxSearch.Filters(null, null, license, null, null), 0, 1).total(),
                license));
        results.facets().get(ToolboxSearch.FACET_DIFFICULTY).forEach((difficulty, count) -> assertEquals(count,
                search.search("sauvegarde", new ToolboxSearch.Filters(null, null, null, null, difficulty), 0, 1)
                        .total(), difficulty));
        assertFalse(results.facets().get(ToolboxSearch.FACET_CATEGORY).isEmpty());
        for (int i = 1; i < results.hits().size(); i++) {
            assertTrue(results.hits().get(i - 1).score() >= results.hits().get(i).score(), "best first");
        }
    }

    @Test
    void queriesThatLookLikeSyntaxAreSearchedAsText() {
        for (String odd : List.of("\"", "*", "AND(", "\\", "visio*\"", "((", "~2", "title:zoom", "-", "")) {
            ToolboxSearch.Results results = search.search(odd, ToolboxSearch.Filters.none(), 0, 5);
            assertTrue(results.total() >= 0, odd);
        }
        assertTrue(search.search("\"zoom\"", ToolboxSearch.Filters.none(), 0, 5).hits().stream()
                .anyMatch(h -> h.slug().equals("zoom")));
    }
}
