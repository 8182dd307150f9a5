package org.policytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Keycloak down (issue 9): the build's Keycloak is stopped in the middle of a working day and started again.
 * Meanwhile a city bureau signed in before goes on saving its report in the browser, an API client's token
 * keeps being accepted, a person who comes to sign in gets a clear 503 page in Chinese and English instead of
 * the browser's connection error, and signing out ends the session here and says so. With Keycloak back, that
 * person's "try again" leads to the login page and in. Nothing typed is lost.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeycloakDownIT {

    @ArquillianResource
    URL base;

    private String app() {
        return Http.local(base).toString().replaceAll("/$", "");
    }

    @Test
    void whileKeycloakIsAwaySignedInPeopleGoOnAndNewcomersAreToldClearly() throws Exception {
        int slot = WebIT.preparedSlot(base);
        String submission = app() + "/reporting/submission.xhtml?id=" + slot;
        // an API client with a token fresh from Keycloak, used once (the application fetches the realm's keys)
        Http api = Http.as(base, "xian.bureau", "zh").withToken(
                Http.tokenFor("xian.bureau", Http.DEMO_USERS.get("xian.bureau"), Http.keycloak()));
        assertEquals(200, api.get("/api/submissions/" + slot).status());
        try (WebIT.Browser city = WebIT.browser("xian.bureau", null); WebIT.Browser newcomer = WebIT.browser("shaanxi.office", null)) {
            city.driver().get(app() + "/");
            WebIT.signInOnKeycloak(city, "xian.bureau");
            city.driver().get(submission);
            city.await(ExpectedConditions.presenceOfElementLocated(By.id("form:save")));

            keycloak("stop");
            try {
                assertTrue(keycloakRefuses(), "Keycloak is down");
                // readiness says nobody can sign in here now (asked again after the 2 s the last answer is kept)
                Thread.sleep(2_500);
                Http.Reply ready = new Http(base, "zh").getAbsolute(api.serverRoot() + "/health/ready", "application/json");
                assertEquals(503, ready.status(), ready::toString);
                assertTrue(ready.body().matches("(?s).*\"signIn\"\\s*:\\s*\"unavailable\".*") && ready.body().contains("schemaVersion"), ready::toString);

                // the API client's token is still accepted: the form is read and a draft saved
                JsonObject form = api.get("/api/submissions/" + slot).object();
                JsonArrayBuilder reports = Json.createArrayBuilder();
                for (JsonObject r : form.getJsonArray("taskReports").getValuesAs(JsonObject.class)) {
                    reports.add(Json.createObjectBuilder().add("taskId", r.getInt("taskId")).add("status", "COMPLETED")
                            .add("percentDone", 100).add("narrative", "认证服务中断期间经接口保存 " + r.getString("number")));
                }
                Http.Reply saved = api.put("/api/submissions/" + slot + "/draft", Json.createObjectBuilder()
                        .add("version", form.getJsonNumber("version").longValue()).add("taskReports", reports).build().toString());
                assertEquals(200, saved.status(), () -> "a held token while Keycloak is away: " + saved);

                // the signed-in city bureau goes on in the browser: what it types is saved
                city.driver().get(submission); // the API's save made the page's version stale
                city.await(ExpectedConditions.presenceOfElementLocated(By.id("form:save")));
                var narrative = city.driver().findElement(By.cssSelector("textarea[id$=':0:narrative']"));
                narrative.clear();
                narrative.sendKeys("认证服务中断期间在浏览器中填写并保存");
                city.clickAndWait(By.id("form:save"));
                assertTrue(city.text().contains("草稿已保存"), city.text());
                city.driver().get(submission);
                city.await(ExpectedConditions.presenceOfElementLocated(By.id("form:save")));
                assertEquals("认证服务中断期间在浏览器中填写并保存",
                        city.driver().findElement(By.cssSelector("textarea[id$=':0:narrative']")).getAttribute("value"), "kept");

                // someone coming to sign in: a clear page in both languages, 503 with Retry-After, not a connection error
                HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app() + "/")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(503, page.statusCode(), page::body);
                assertEquals("30", page.headers().firstValue("Retry-After").orElse(""));
                assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.headers()::toString);
                newcomer.driver().get(app() + "/");
                newcomer.await(ExpectedConditions.presenceOfElementLocated(By.id("signin-unavailable")));
                String told = newcomer.text();
                assertTrue(told.contains("暂时无法登录") && told.contains("Sign-in is unavailable at the moment")
                        && told.contains("没有任何内容丢失") && told.contains("Nothing has been lost"), told);
                assertTrue(newcomer.driver().getCurrentUrl().startsWith(app()), "stays on the application: " + newcomer.driver().getCurrentUrl());
                newcomer.shot("keycloak-down-sign-in");

                // signing out ends the session here and says so (Keycloak's own sign-out page cannot load)
                city.driver().get(app() + "/logout");
                city.await(ExpectedConditions.presenceOfElementLocated(By.id("signin-unavailable")));
                assertTrue(city.text().contains("您已在本机退出") && city.text().contains("You are signed out"), city.text());
                city.driver().get(submission);
                city.await(ExpectedConditions.presenceOfElementLocated(By.id("signin-unavailable")));
            } finally {
                keycloak("start");
            }

            // Keycloak back: ready again, and "try again" leads to its login page and in
            Thread.sleep(2_500);
            Http.Reply ready = new Http(base, "zh").getAbsolute(new Http(base, "zh").serverRoot() + "/health/ready", "application/json");
            assertEquals(200, ready.status(), ready::toString);
            newcomer.driver().findElement(By.id("try-again")).click();
            WebIT.signInOnKeycloak(newcomer, "shaanxi.office");
            assertTrue(newcomer.driver().getCurrentUrl().startsWith(app()), newcomer.driver().getCurrentUrl());
        }
        // Keycloak back with the same keys: a token it issues now is accepted (the application keeps the keys an hour)
        Http fresh = Http.as(base, "xian.bureau", "zh").withToken(
                Http.tokenFor("xian.bureau", Http.DEMO_USERS.get("xian.bureau"), Http.keycloak()));
        // and the draft saved through the browser while Keycloak was away is there for the next sign-in
        JsonObject after = fresh.get("/api/submissions/" + slot).object();
        assertEquals("认证服务中断期间在浏览器中填写并保存", after.getJsonArray("taskReports").getJsonObject(0).getString("narrative"));
    }

    private static boolean keycloakRefuses() {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Http.keycloak() + "/realms/policy-tracker")).build(),
                    HttpResponse.BodyHandlers.discarding());
            return false;
        } catch (java.io.IOException refused) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The build's Keycloak (scripts/keycloak.sh with the build's settings), stopped or started again with its data. */
    private static void keycloak(String command) throws Exception {
        Path log = Path.of("target", "keycloak-down-" + command + ".log");
        ProcessBuilder kc = new ProcessBuilder("bash", "scripts/keycloak.sh", command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        kc.environment().put("KC_DIR", System.getProperty("it.kc.dir"));
        kc.environment().put("KC_PORT", System.getProperty("it.kc.port", "18180"));
        kc.environment().put("KC_MGMT_PORT", System.getProperty("it.kc.mgmt.port", "19000"));
        kc.environment().put("KC_DIST", System.getProperty("it.kc.dist"));
        assertEquals(0, kc.start().waitFor(), () -> "keycloak.sh " + command + ": " + read(log));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
