package org.policytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Two nodes (issue 9): two more Payara Micro instances of the application on loopback (ports 18081 and 18082),
 * one database, clustered by Payara's own data grid (Hazelcast, TCP/IP discovery on 127.0.0.1). The hourly
 * job's two steps — opening begun periods and sending due reminders — run on both nodes at the same moment:
 * every slot is opened once and every reminder mailed once. A browser signed in on one node goes on, signed in
 * and with its draft, on the other after the first is killed (kill -9): the session lives in the data grid.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    @ArquillianResource
    URL base;

    static Node a;
    static Node b;

    /** Payara's clustering as production runs it, on loopback: both members listed, backups kept on the other. */
    static List<String> clustered(String name, int dataGridPort) {
        return List.of("--name", name, "--clustername", "policy-tracker-it", "--clustermode", "tcpip:127.0.0.1:15900,127.0.0.1:15901",
                "--startport", String.valueOf(dataGridPort), "--interfaces", "127.0.0.1",
                // both members share one address here; host-aware partitioning would keep no backup on the other
                "--nohostaware");
    }

    @BeforeAll
    static void twoNodes() throws Exception {
        // the build's WAR and ClusterProbe (the job's steps on request)
        Path war = Path.of("target", "cluster-it.war");
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war"))).addClass(ClusterProbe.class).addClass(SessionCheckServlet.class)
                .as(ZipExporter.class).exportTo(war.toFile(), true);
        // both at once: they find each other when both are up, and the test waits for one boot instead of two
        ExecutorService boot = Executors.newFixedThreadPool(2);
        try {
            Future<Node> startingA = boot.submit(() -> Node.start(18081, war.toString(), clustered("node-a", 15900)));
            Future<Node> startingB = boot.submit(() -> Node.start(18082, war.toString(), clustered("node-b", 15901)));
            a = startingA.get();
            b = startingB.get();
        } finally {
            boot.shutdown();
        }
        System.out.printf("ClusterIT: node A ready in %.1f s, node B in %.1f s%n", a.readySeconds, b.readySeconds);
        long until = System.currentTimeMillis() + 60_000;
        while (!(Files.readString(a.log).contains("DG Size: 2") && Files.readString(b.log).contains("DG Size: 2"))) {
            assertTrue(System.currentTimeMillis() < until, "the two nodes did not form one cluster:\n" + Node.tail(a.log) + "\n" + Node.tail(b.log));
            Thread.sleep(500);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    @Order(1)
    void theJobsStepsRunOnBothNodesAtOnceOpenEachSlotAndMailEachReminderOnce() throws Exception {
        Http onA = Http.as(a.base(), "admin", "en");
        Http onB = Http.as(b.base(), "admin", "en");
        Http.Reply made = onA.post("/api/test/cluster/cycle", "{}");
        assertEquals(200, made.status(), made::toString);
        long cycle = made.object().getJsonNumber("cycleId").longValue();
        String unitMail = made.object().getString("unitMail");

        // 1 July 2040: both half-years of the cycle have begun; both nodes open them at once, five times over
        int opened = 0;
        for (int round = 0; round < 5; round++) {
            opened += sum(both(onA, onB, "/api/test/cluster/open?cycle=" + cycle + "&date=2040-07-01"), "opened");
        }
        assertEquals(2, opened, "two slots (one organisation, two half-years) opened in all");
        JsonObject slots = onB.get("/api/test/cluster/slots?cycle=" + cycle).object();
        assertEquals(2, slots.getInt("slots"), slots::toString);
        assertEquals(2, slots.getInt("distinct"), slots::toString);
        // each new slot told its organisation once, though both nodes opened five times over
        List<JsonObject> news = ReportingIT.mails(unitMail);
        assertEquals(2, news.size(), news::toString);
        assertTrue(news.stream().allMatch(m -> m.getString("subject").startsWith("【新的报送任务】")), news::toString);

        // the first half-year is due on 10 July 2040: reminders 14 and 3 days before, each node at the same moment
        both(onA, onB, "/api/test/cluster/remind?date=2040-06-26");
        both(onA, onB, "/api/test/cluster/remind?date=2040-06-26");
        List<JsonObject> early = reminders(unitMail);
        assertEquals(1, early.size(), () -> "one mail 14 days before: " + early);
        both(onA, onB, "/api/test/cluster/remind?date=2040-07-07");
        List<JsonObject> inbox = reminders(unitMail);
        assertEquals(2, inbox.size(), inbox::toString);
        assertTrue(inbox.stream().allMatch(m -> m.getString("subject").startsWith("【督办提醒】")), inbox::toString);
    }

    /** The mails of {@code address} but the new-report notices. */
    private static List<JsonObject> reminders(String address) throws Exception {
        return ReportingIT.mails(address).stream().filter(m -> !m.getString("subject").startsWith("【新的报送任务】")).toList();
    }

    @Test
    @Order(2)
    void aBrowsersSessionOutlivesTheNodeThatBeganIt() throws Exception {
        int slot = WebIT.preparedSlot(base);
        String page = "/policy-tracker/reporting/submission.xhtml?id=" + slot;
        try (WebIT.Browser city = WebIT.browser("xian.bureau", null)) {
            city.driver().get("http://localhost:18081" + page);
            WebIT.signInOnKeycloak(city, "xian.bureau");
            city.driver().get("http://localhost:18081" + page);
            city.await(ExpectedConditions.presenceOfElementLocated(By.id("form:save")));
            type(city, "在节点 A 填写（两节点测试）");
            city.clickAndWait(By.id("form:save"));
            assertTrue(city.text().contains("草稿已保存"), city.text());
            String session = city.driver().manage().getCookieNamed("JSESSIONID").getValue();
            // everything the session holds can travel: the signed-in identity, the page's view state, its form
            city.driver().get("http://localhost:18081/policy-tracker/test/session-check");
            String check = city.text();
            assertTrue(check.contains("ok org.policytracker.security.control.WebIdentity") && !check.contains("NOT SERIALIZABLE"), check);

            // Keycloak's own sign-in forgotten: a session lost with node A would now meet its login form, not a silent sign-in
            ChromeDriver chrome = (ChromeDriver) city.driver();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cookies = (List<Map<String, Object>>) chrome.executeCdpCommand("Network.getAllCookies", Map.of()).get("cookies");
            for (Map<String, Object> c : cookies) {
                // Keycloak's (its realm's path); the application's JSESSIONID and JSESSIONIDVERSION stay
                if (String.valueOf(c.get("path")).startsWith("/realms/")) {
                    chrome.executeCdpCommand("Network.deleteCookies", Map.of("name", c.get("name"), "domain", c.get("domain")));
                }
            }
            long killed = System.nanoTime();
            a.kill();
            // as a load balancer would, only once node B's data grid has taken over node A's part of the sessions
            long until = System.currentTimeMillis() + 120_000;
            while (!Files.readString(b.log).contains("Data Grid Instance Removed")) {
                assertTrue(System.currentTimeMillis() < until, () -> "node B did not notice node A gone:\n" + Node.tail(b.log));
                Thread.sleep(250);
            }
            System.out.printf("ClusterIT: node B's data grid without node A %.1f s after the kill%n", (System.nanoTime() - killed) / 1e9);

            city.driver().get("http://localhost:18082" + page);
            city.await(d -> !d.findElements(By.id("form:save")).isEmpty() || !d.findElements(By.id("username")).isEmpty());
            assertTrue(city.driver().findElements(By.id("username")).isEmpty(), "still signed in on node B, not sent to Keycloak's login form");
            assertEquals(session, city.driver().manage().getCookieNamed("JSESSIONID").getValue(), "the same session");
            assertEquals("在节点 A 填写（两节点测试）", narrative(city).getAttribute("value"), "the draft saved on node A");
            type(city, "在节点 B 继续填写（两节点测试）");
            city.clickAndWait(By.id("form:save"));
            assertTrue(city.text().contains("草稿已保存"), city.text());
            city.shot("cluster-session-on-node-b");
        }
        JsonObject after = Http.as(base, "xian.bureau", "zh").get("/api/submissions/" + slot).object();
        assertEquals("在节点 B 继续填写（两节点测试）", after.getJsonArray("taskReports").getJsonObject(0).getString("narrative"));
    }

    private static WebElement narrative(WebIT.Browser b) {
        return b.driver().findElement(By.cssSelector("textarea[id$=':0:narrative']"));
    }

    private static void type(WebIT.Browser b, String text) {
        WebElement n = narrative(b);
        n.clear();
        n.sendKeys(text);
    }

    /** The same POST on both nodes released at the same moment; both must succeed. */
    private static List<JsonObject> both(Http onA, Http onB, String path) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Http.Reply>> replies = new ArrayList<>();
            for (Http node : List.of(onA, onB)) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return node.post(path, "{}");
                }));
            }
            List<JsonObject> answers = new ArrayList<>();
            for (Future<Http.Reply> f : replies) {
                Http.Reply r = f.get();
                assertEquals(200, r.status(), () -> path + ": " + r);
                answers.add(r.object());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }

    private static int sum(List<JsonObject> answers, String field) {
        return answers.stream().mapToInt(o -> o.getInt(field)).sum();
    }
}
