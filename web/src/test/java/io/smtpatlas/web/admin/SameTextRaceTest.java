package io.smtpatlas.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.translation.TextField;
import io.smtpatlas.data.translation.TranslationService;
import io.smtpatlas.data.user.AppUser;
import io.smtpatlas.data.user.UserService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Two translators save the same text at the same moment, from the same version, twenty times: every time one save
 * wins (303) and the other gets the merge page (409) with the text they typed; never a 500, never a lost text.
 * Runs on H2 by default and on PostgreSQL with -Ppostgres.
 */
@QuarkusTest
class SameTextRaceTest {

    private static final int RACES = 20;

    @Inject
    UserService users;

    @Inject
    TranslationService translations;

    @Test
    void simultaneousSavesOfOneTextAnswerOneWinnerAndOneMergePage() throws Exception {
        for (String name : List.of("racer-a", "racer-b")) {
            if (QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(name)) == null) {
                users.create(name, name + "-password-1", AppUser.TRANSLATOR, List.of(SiteLocale.PT));
            }
        }
        AdminSession a = AdminSession.login("racer-a", "racer-a-password-1");
        AdminSession b = AdminSession.login("racer-b", "racer-b-password-1");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> outcomes = new ArrayList<>();
        try {
            for (int race = 0; race < RACES; race++) {
                Document editorA = a.page("/admin/translations/421/pt");
                b.page("/admin/translations/421/pt");
                String version =
                        editorA.selectFirst("input[name=version-summary]").attr("value");
                String textA = "Texto do primeiro tradutor, corrida " + race;
                String textB = "Texto do segundo tradutor, corrida " + race;
                CyclicBarrier start = new CyclicBarrier(2);
                Future<Response> saveA = pool.submit(() -> save(a, start, version, textA));
                Future<Response> saveB = pool.submit(() -> save(b, start, version, textB));
                Response answerA = saveA.get(30, TimeUnit.SECONDS);
                Response answerB = saveB.get(30, TimeUnit.SECONDS);
                List<Integer> statuses = new ArrayList<>(List.of(answerA.statusCode(), answerB.statusCode()));
                statuses.sort(null);
                outcomes.add(statuses.toString());
                assertEquals(List.of(303, 409), statuses, "race " + race);
                boolean aWon = answerA.statusCode() == 303;
                Response loser = aWon ? answerB : answerA;
                assertTrue(
                        loser.asString().contains(aWon ? textB : textA),
                        "race " + race + ": the loser's typed text is on the merge page");
                String stored = QuarkusTransaction.requiringNew()
                        .call(() -> translations
                                .find("421", SiteLocale.PT, TextField.SUMMARY)
                                .orElseThrow()
                                .body);
                assertEquals(aWon ? textA : textB, stored, "race " + race + ": the winner's text is stored");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(RACES, outcomes.stream().filter("[303, 409]"::equals).count(), outcomes.toString());
    }

    private static Response save(AdminSession session, CyclicBarrier start, String version, String body)
            throws Exception {
        start.await(10, TimeUnit.SECONDS);
        return session.post(
                "/admin/translations/421/pt",
                Map.of("version-summary", version, "body-summary", body, "action", "draft"));
    }
}
