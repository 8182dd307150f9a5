package org.policytracker.it;

import org.policytracker.platform.time.Shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.policytracker.platform.excel.Xlsx;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web pages in a real browser: Debian's Chromium driven by Selenium through its chromedriver,
 * signing in on the real Keycloak's login page as each role and walking the reporting journey — the
 * city bureau fills in and submits (first refused, the message next to the field), the province's
 * plan office returns it with a comment, the city resubmits, the office accepts and downloads the
 * half-year summary. Screenshots go to {@code target/screenshots/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebIT {

    @ArquillianResource
    URL base;

    static final Path SHOTS = Path.of("target", "screenshots");

    private String app() {
        return Http.local(base).toString().replaceAll("/$", "");
    }

    /** A browser of its own (own cookies), signed in as {@code user} on Keycloak's login page. */
    private Browser signIn(String user, Path downloads) throws Exception {
        Browser b = browser(user, downloads);
        b.driver.get(app() + "/");
        signInOnKeycloak(b, user);
        return b;
    }

    /** A headless Chromium of its own (own profile and cookies), not signed in. */
    static Browser browser(String user, Path downloads) throws Exception {
        ChromeOptions o = new ChromeOptions();
        o.setBinary("/usr/bin/chromium");
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory("chromium-" + user));
        o.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL")); // the console, when a page does not come
        if (downloads != null) {
            o.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        return new Browser(new ChromeDriver(service, o), user);
    }

    /** On Keycloak's login page (where the application sent the browser): signs in and waits for the application's page. */
    static void signInOnKeycloak(Browser b, String user) {
        b.await(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertTrue(b.driver.getCurrentUrl().startsWith(Http.keycloak()), "Keycloak's own login page: " + b.driver.getCurrentUrl());
        b.driver.findElement(By.id("username")).sendKeys(user);
        b.driver.findElement(By.id("password")).sendKeys(Http.DEMO_USERS.get(user));
        b.driver.findElement(By.id("kc-login")).click();
        b.await(ExpectedConditions.presenceOfElementLocated(By.id("page-title")));
    }

    record Browser(WebDriver driver, String user) implements AutoCloseable {
        <T> T await(Function<WebDriver, T> condition) {
            return new WebDriverWait(driver, Duration.ofSeconds(45)).until(condition::apply);
        }

        String text() {
            return driver.findElement(By.tagName("body")).getText();
        }

        void shot(String name) throws Exception {
            Files.createDirectories(SHOTS);
            // the Chinese web font may still be loading (font-display: swap)
            ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                    "var done = arguments[arguments.length - 1]; document.fonts.ready.then(function () { done(true); });");
            Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        }

        /** Clicks and waits for the next page (the buttons post the whole form). */
        void clickAndWait(By by) {
            // a mark on the current page: gone once the next page has loaded
            var js = (org.openqa.selenium.JavascriptExecutor) driver;
            js.executeScript("window.__stillHere = true;");
            WebElement button = driver.findElement(by);
            // an open overlay (a date picker's calendar, a select's panel) must not swallow the click
            js.executeScript("document.activeElement && document.activeElement.blur();"
                    + "document.querySelectorAll('.ui-datepicker-panel, .ui-selectonemenu-panel, .ui-connected-overlay-enter-done')"
                    + ".forEach(function (p) { p.style.display = 'none'; });"
                    + "arguments[0].scrollIntoView({block: 'center'});", button);
            button.click();
            awaitNextPage(by);
        }

        /** Waits for the page a click asked for; when it does not come, says where the browser is and what it shows. */
        private void awaitNextPage(By clicked) {
            try {
                awaitLoaded();
            } catch (org.openqa.selenium.TimeoutException e) {
                Object logs;
                try {
                    logs = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll();
                } catch (RuntimeException none) {
                    logs = "(none)";
                }
                throw new AssertionError("no next page after clicking " + clicked + " at " + driver.getCurrentUrl() + "; console: "
                        + logs + "; page: " + text(), e);
            }
        }

        private void awaitLoaded() {
            await(d -> {
                try {
                    return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                            "return window.__stillHere === undefined && document.readyState === 'complete';"));
                } catch (org.openqa.selenium.WebDriverException navigating) {
                    return false;
                }
            });
            await(ExpectedConditions.presenceOfElementLocated(By.id("page-title")));
        }

        @Override
        public void close() {
            driver.quit();
        }
    }

    /** A cycle of the Shaanxi plan for Xi'an whose current half-year is open, its draft mostly filled by a colleague. */
    static int preparedSlot(URL base) {
        return preparedSlot(base, false);
    }

    /** The half-year now running, or ({@code overdue}) the one before it, whose report is already late. */
    static LocalDate halfYear(boolean overdue) {
        LocalDate today = LocalDate.now(Shanghai.ZONE);
        LocalDate start = LocalDate.of(today.getYear(), today.getMonthValue() <= 6 ? 1 : 7, 1);
        return overdue ? start.minusMonths(6) : start;
    }

    static int preparedSlot(URL base, boolean overdue) {
        Http office = Http.as(base, "shaanxi.office", "en");
        String start = halfYear(overdue).toString();
        String code = "WEB-" + System.nanoTime() % 1_000_000;
        Http.Reply created = office.post("/api/cycles", Json.createObjectBuilder().add("code", code)
                .add("planId", id(office, "/api/plans?q=SN-2024-IWR", "SN-2024-IWR"))
                .add("nameZh", "浏览器测试周期 " + code).add("frequency", "SEMI_ANNUAL").add("dueDaysAfterPeriod", 10)
                .add("reviewerId", org(base, "610000.IIT")).add("firstPeriodStart", start)
                .add("participants", Json.createArrayBuilder().add(Json.createObjectBuilder().add("organisationId", org(base, "610100.IIT"))))
                .build().toString());
        assertEquals(201, created.status(), created::toString);
        Http xian = Http.as(base, "xian.bureau", "en");
        JsonObject page = xian.get("/api/submissions?cycle=" + created.object().getInt("id")).object();
        // the slot of the first half-year of the cycle (the overdue one, when there are two)
        List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
        JsonObject slot = xian.get("/api/submissions/" + items.get(items.size() - 1).getInt("id")).object();
        // a colleague has drafted every task as completed
        JsonArrayBuilder reports = Json.createArrayBuilder();
        List<JsonObject> tasks = slot.getJsonArray("taskReports").getValuesAs(JsonObject.class);
        for (JsonObject r : tasks) {
            reports.add(Json.createObjectBuilder().add("taskId", r.getInt("taskId")).add("status", "COMPLETED")
                    .add("percentDone", 100).add("narrative", "已完成 " + r.getString("number")));
        }
        Http.Reply saved = xian.put("/api/submissions/" + slot.getInt("id") + "/draft", Json.createObjectBuilder()
                .add("version", slot.getJsonNumber("version").longValue()).add("taskReports", reports).build().toString());
        assertEquals(200, saved.status(), saved::toString);
        return slot.getInt("id");
    }

    private static int org(URL base, String code) {
        return id(Http.as(base, "inspector", "en"), "/api/organisations?size=500&q=" + code, code);
    }

    private static int id(Http http, String query, String code) {
        return http.get(query).object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow().getInt("id");
    }

    /**
     * A session that ends while a form is open loses nothing: the session cookie deleted mid-form, "save" signs the person
     * in again (Keycloak still knows them) and shows the form with what was typed and a message; saved on the second
     * try. The same for a page state the server no longer knows; a sign-in callback that is no good gets the
     * application's own page in both languages.
     */
    @Test
    void anEndedSessionOrAForgottenPageStateLosesNothingTyped() throws Exception {
        int slot = preparedSlot(base);
        String submission = app() + "/reporting/submission.xhtml?id=" + slot;
        try (Browser city = signIn("xian.bureau", null)) {
            city.driver.get(submission);
            city.await(ExpectedConditions.presenceOfElementLocated(By.id("form:save")));
            WebElement narrative = city.driver.findElement(By.cssSelector("textarea[id$=':0:narrative']"));
            narrative.clear();
            narrative.sendKeys("会话过期后仍然保留的进展说明");
            city.driver.manage().deleteCookieNamed("JSESSIONID");
            city.driver.manage().deleteCookieNamed("JSESSIONIDVERSION");
            city.clickAndWait(By.id("form:save"));
            city.await(ExpectedConditions.presenceOfElementLocated(By.id("form-restored")));
            assertTrue(city.text().contains("登录已过期") && !city.text().contains("500"), city.text());
            assertTrue(city.driver.getCurrentUrl().endsWith("submission.xhtml?id=" + slot), "the same report again: "
                    + city.driver.getCurrentUrl() + " " + city.text());
            assertEquals("会话过期后仍然保留的进展说明",
                    city.driver.findElement(By.cssSelector("textarea[id$=':0:narrative']")).getAttribute("value"), "what was typed is back");
            city.clickAndWait(By.id("form:save"));
            assertTrue(city.text().contains("草稿已保存"), city.text());
            assertEquals("会话过期后仍然保留的进展说明", Http.as(base, "xian.bureau", "zh").get("/api/submissions/" + slot).object()
                    .getJsonArray("taskReports").getJsonObject(0).getString("narrative"));

            // a page state the server does not know (as after a restart without the session store)
            city.driver.get(submission);
            city.await(ExpectedConditions.presenceOfElementLocated(By.id("form:save")));
            narrative = city.driver.findElement(By.cssSelector("textarea[id$=':0:narrative']"));
            narrative.clear();
            narrative.sendKeys("页面状态失效后仍然保留");
            ((org.openqa.selenium.JavascriptExecutor) city.driver).executeScript("document.querySelectorAll("
                    + "'input[name=\"jakarta.faces.ViewState\"]').forEach(function (v) { v.value = '-4242:-4242'; });");
            city.clickAndWait(By.id("form:save"));
            city.await(ExpectedConditions.presenceOfElementLocated(By.id("form-restored")));
            assertEquals("页面状态失效后仍然保留",
                    city.driver.findElement(By.cssSelector("textarea[id$=':0:narrative']")).getAttribute("value"), city.text());
            city.clickAndWait(By.id("form:save"));
            assertTrue(city.text().contains("草稿已保存"), city.text());

        }
        // a callback from nowhere: the application's page in both languages, not the container's error
        try (Browser stranger = browser("stranger", null)) {
            stranger.driver.get(app() + "/callback?code=x&state=y");
            stranger.await(ExpectedConditions.presenceOfElementLocated(By.id("try-again")));
            assertTrue(stranger.text().contains("登录未完成") && stranger.text().contains("Sign-in did not complete"), stranger.text());
        }
    }

    @Test
    void aCityReportsTheProvinceReturnsAndAcceptsAndDownloadsTheSummary() throws Exception {
        int slot = preparedSlot(base, true);
        String submission = app() + "/reporting/submission.xhtml?id=" + slot;

        // the city bureau: its dashboard lists the report with the days left; it fills in the first task and submits
        try (Browser city = signIn("xian.bureau", null)) {
            assertTrue(city.text().contains("本单位待报送"), city.text());
            city.shot("01-city-dashboard");
            city.driver.get(submission);
            city.await(ExpectedConditions.presenceOfElementLocated(By.id("form:save")));
            assertTrue(city.text().contains("西安市工业和信息化局") && city.text().contains("草稿"), city.text());
            // the first task is in fact delayed: the report does not go without the reason and a corrective action
            selectStatus(city, 0, "滞后");
            WebElement percent = city.driver.findElement(By.cssSelector("[id$=':0:percent']"));
            percent.clear();
            percent.sendKeys("160");
            city.driver.findElement(By.cssSelector("textarea[id$=':0:narrative']")).sendKeys("已完成重点企业水效对标（浏览器测试）");
            city.clickAndWait(By.id("form:save"));
            assertTrue(city.text().contains("完成百分比应在 0 至 100 之间"), "checked as the API checks it: " + city.text());
            percent = city.driver.findElement(By.cssSelector("[id$=':0:percent']"));
            percent.clear();
            percent.sendKeys("60");
            // what sending needs is marked before sending: a delayed task's three fields, the count of tasks with a status
            assertTrue(city.driver.findElement(By.id("task-0")).getAttribute("class").contains("task-delayed"), "marked as delayed");
            int tasks = city.driver.findElements(By.cssSelector("section.task-report[id^='task-']")).size();
            assertEquals(String.valueOf(tasks), city.driver.findElement(By.id("filled")).getText(), "every task has a status");
            // the draft saves itself (every 30 s when something was typed; called at once here)
            ((org.openqa.selenium.JavascriptExecutor) city.driver).executeScript("ptAutosaveNow()");
            city.await(d -> d.findElement(By.id("form:autosaveStatus")).getText().contains("自动保存"));
            assertTrue(city.driver.findElement(By.id("form:autosaveStatus")).getText().startsWith("草稿已于"),
                    city.driver.findElement(By.id("form:autosaveStatus")).getText());
            city.clickAndWait(By.id("form:submit"));
            String refused = city.text();
            // the half-year's report is already late: it does not go without saying why either
            assertTrue(refused.contains("未提交：有 4 处需要修改") && refused.contains("报为滞后：请说明原因")
                    && refused.contains("请说明逾期报送的原因"), refused);
            assertEquals("60", city.driver.findElement(By.cssSelector("[id$=':0:percent']")).getAttribute("value"), "what was typed stays");
            city.shot("02-city-refused");
            city.driver.findElement(By.cssSelector("textarea[id$=':0:delay']")).sendKeys("管网施工受汛期影响。");
            city.driver.findElement(By.cssSelector("textarea[id$=':0:action']")).sendKeys("增加施工班组，分段并行施工。");
            city.driver.findElement(By.id("form:latenessReason")).sendKeys("汇总各区县台账耗时，延迟报送。");
            // typed, then the date picker's calendar closed (it would cover the buttons)
            city.driver.findElement(By.cssSelector("[id$=':0:actionDue_input']"))
                    .sendKeys(LocalDate.now(Shanghai.ZONE).plusMonths(3).toString(), org.openqa.selenium.Keys.ESCAPE);
            city.clickAndWait(By.id("form:save"));
            assertTrue(city.text().contains("草稿已保存"), city.text());
            assertEquals("60", city.driver.findElement(By.cssSelector("[id$=':0:percent']")).getAttribute("value"));
            city.clickAndWait(By.id("form:submit"));
            assertTrue(city.text().contains("已提交审核") && city.driver.findElement(By.id("status")).getText().equals("已报送"), city.text());
            city.shot("03-city-submitted");
        }

        // the province's plan office: waiting for its review; returning needs a comment
        try (Browser office = signIn("shaanxi.office", null)) {
            assertTrue(office.text().contains("待我审核") && office.text().contains("西安市工业和信息化局"), office.text());
            office.shot("04-office-dashboard");
            office.driver.get(submission);
            office.await(ExpectedConditions.presenceOfElementLocated(By.id("form:return")));
            assertTrue(office.text().contains("已完成重点企业水效对标（浏览器测试）"), "the version as sent: " + office.text());
            office.clickAndWait(By.id("form:return"));
            assertTrue(office.text().contains("退回须填写修改意见"), office.text());
            // what to fix: on the whole, and beside two of the tasks
            office.driver.findElement(By.id("form:comment")).sendKeys("请补充再生水管网建设进度。");
            office.driver.findElement(By.cssSelector("textarea[id$=':0:reviewNote']")).sendKeys("请写明已建成的管网长度。");
            office.driver.findElement(By.cssSelector("textarea[id$=':1:reviewNote']")).sendKeys("请附水效对标台账。");
            office.clickAndWait(By.id("form:return"));
            assertTrue(office.text().contains("已退回修改"), office.text());
            office.shot("05-office-returned");
        }

        // the city resubmits
        try (Browser city = signIn("xian.bureau", null)) {
            assertTrue(city.text().contains("已退回修改"), "the returned report is due again: " + city.text());
            assertTrue(city.text().contains("请补充再生水管网建设进度。"), "the reviewer's comment among the notifications: " + city.text());
            assertTrue(city.driver.findElement(By.id("reminders")).getText().contains("新"), "marked new");
            city.clickAndWait(By.id("notices:markRead"));
            assertTrue(city.text().contains("请补充再生水管网建设进度。") && city.driver.findElements(By.id("notices:markRead")).isEmpty(),
                    "still listed, no longer new: " + city.text());
            city.driver.get(submission);
            city.await(ExpectedConditions.presenceOfElementLocated(By.id("form:submit")));
            // what to fix stands at the top, each with a link to its task, and beside the tasks themselves
            String top = city.driver.findElement(By.id("lastReview")).getText();
            assertTrue(top.contains("退回修改意见") && top.contains("请补充再生水管网建设进度。") && top.contains("请写明已建成的管网长度。")
                    && top.contains("请附水效对标台账。"), top);
            assertEquals(2, city.driver.findElements(By.cssSelector("#lastReview a[href^='#task-']")).size(), top);
            List<WebElement> beside = city.driver.findElements(By.cssSelector(".review-note"));
            assertEquals(2, beside.size());
            assertTrue(beside.get(0).getText().contains("请写明已建成的管网长度。"), beside.get(0).getText());
            city.shot("05b-city-what-to-fix");
            city.driver.findElement(By.cssSelector("textarea[id$=':0:difficulties']")).sendKeys("再生水管网建设进度：已完成 12 千米中的 5 千米。");
            city.clickAndWait(By.id("form:submit"));
            assertTrue(city.driver.findElement(By.id("status")).getText().equals("已重新报送"), city.text());
        }

        // the office accepts, compares the two versions side by side, and downloads the half-year summary
        Path downloads = Files.createTempDirectory("downloads");
        try (Browser office = signIn("shaanxi.office", downloads)) {
            office.driver.get(submission);
            office.await(ExpectedConditions.presenceOfElementLocated(By.id("form:accept")));
            assertEquals(2, office.driver.findElements(By.cssSelector(".version")).size(), "both versions side by side");
            // what changed from version 1 to version 2, answer by answer
            String changes = office.driver.findElement(By.id("changes")).getText();
            assertTrue(changes.contains("存在困难") && changes.contains("再生水管网建设进度：已完成 12 千米中的 5 千米。"), changes);
            office.shot("06a-office-compares");
            office.clickAndWait(By.id("form:accept"));
            assertTrue(office.driver.findElement(By.id("status")).getText().equals("已审核通过"), office.text());
            office.shot("06-office-accepted");
            // the return and the acceptance each reached the city's mailbox (the demo organisations have one each)
            LocalDate reported = halfYear(true);
            String slotPeriod = reported.getYear() + (reported.getMonthValue() <= 6 ? "-H1" : "-H2");
            List<String> mailed = ReportingIT.mails("610100.iit@demo.policy-tracker.example").stream()
                    .map(m -> m.getString("subject")).filter(x -> x.contains(slotPeriod)).toList();
            assertTrue(mailed.stream().anyMatch(x -> x.startsWith("【退回修改】"))
                    && mailed.stream().anyMatch(x -> x.startsWith("【审核通过】")), mailed::toString);

            office.driver.get(app() + "/reports/index.xhtml");
            office.await(ExpectedConditions.presenceOfElementLocated(By.id("reports:download")));
            // the report's language is the page's until another is chosen
            assertTrue(office.driver.findElement(By.cssSelector("input[name='reports:lang'][value='zh']")).isSelected(), "中文 chosen");
            // the main menu: every item its own Tab stop
            List<WebElement> menu = office.driver.findElements(By.cssSelector("nav.app-nav a"));
            assertTrue(menu.size() >= 6 && menu.stream().allMatch(a -> a.getAttribute("tabindex") == null
                    || Integer.parseInt(a.getAttribute("tabindex")) >= 0), "menu items reachable by Tab");
            pickIn(office, "reports:plan", "SN-2024-IWR");
            LocalDate half = halfYear(true);
            String period = half.getYear() + (half.getMonthValue() <= 6 ? "-H1" : "-H2");
            office.driver.findElement(By.id("reports:period")).sendKeys(period);
            office.shot("07-office-reports");
            office.driver.findElement(By.id("reports:download")).click();
            Path pdf = office.await(d -> {
                try (var files = Files.list(downloads)) {
                    return files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElse(null);
                } catch (java.io.IOException e) {
                    return null;
                }
            });
            String text = Documents.flat(Documents.pdf(Files.readAllBytes(pdf)));
            assertTrue(text.contains("《陕西省推进工业废水循环利用提升工业水效实施方案》") && text.contains("已完成重点企业水效对标（浏览器测试）"), text);
        }
    }

    @Test
    void aCityFillsItsReportInExcelAndTheOfficeTakesATaskListOutAndBackIn() throws Exception {
        int slot = preparedSlot(base);
        Path downloads = Files.createTempDirectory("downloads");
        try (Browser city = signIn("xian.bureau", downloads)) {
            city.driver.get(app() + "/reporting/submission.xhtml?id=" + slot);
            city.await(ExpectedConditions.presenceOfElementLocated(By.id("sheet:download")));
            city.driver.findElement(By.id("sheet:download")).click();
            Path form = downloaded(city, downloads, ".xlsx");
            Sheets.Book cells = Sheets.read(Files.readAllBytes(form));
            assertEquals("已完成", cells.get("填报 Report").get(2).get(5), "the draft as it stands, in Chinese");

            // filled offline, one cell wrong: refused with the cell named, nothing saved
            cells.get("填报 Report").get(2).put(5, "推进中");
            cells.get("填报 Report").get(2).put(6, "七十");
            cells.get("填报 Report").get(2).put(7, "离线填写（浏览器测试）");
            city.driver.findElement(By.id("sheet:sheetFile")).sendKeys(Files.write(downloads.resolve("filled.xlsx"), cells.write()).toString());
            city.clickAndWait(By.id("sheet:uploadSheet"));
            assertTrue(city.text().contains("填报 Report!F2：“七十”不是数字") && city.text().contains("未保存"), city.text());
            assertEquals("100", city.driver.findElement(By.cssSelector("[id$=':0:percent']")).getAttribute("value"), "nothing saved");

            // corrected: the draft now holds the file's answers
            cells.get("填报 Report").get(2).put(6, "70");
            city.driver.findElement(By.id("sheet:sheetFile")).sendKeys(Files.write(downloads.resolve("filled2.xlsx"), cells.write()).toString());
            city.clickAndWait(By.id("sheet:uploadSheet"));
            assertTrue(city.text().contains("文件已保存为草稿"), city.text());
            assertEquals("70", city.driver.findElement(By.cssSelector("[id$=':0:percent']")).getAttribute("value"));
            assertTrue(city.text().contains("离线填写（浏览器测试）"), city.text());
            city.shot("20-city-excel-uploaded");
        }

        // the plan office takes the plan's task list out in Excel and reads it back in as a proposal for a new plan
        try (Browser office = signIn("shaanxi.office", downloads)) {
            Http api = Http.as(base, "shaanxi.office", "en");
            int plan = id(api, "/api/plans?q=SN-2024-IWR", "SN-2024-IWR");
            office.driver.get(app() + "/plans/plan.xhtml?id=" + plan);
            office.await(ExpectedConditions.presenceOfElementLocated(By.id("excel:exportTasks")));
            office.driver.findElement(By.id("excel:exportTasks")).click();
            Path list = downloaded(office, downloads, "任务清单-" + plan + ".xlsx");
            office.driver.get(app() + "/plans/import.xhtml");
            office.await(ExpectedConditions.presenceOfElementLocated(By.id("read:file")));
            office.driver.findElement(By.id("read:file")).sendKeys(list.toString());
            office.clickAndWait(By.id("read:readButton"));
            office.await(ExpectedConditions.presenceOfElementLocated(By.id("proposal:accept")));
            int tasks = api.get("/api/tasks?plan=" + plan + "&size=500").object().getInt("total");
            assertEquals(tasks, office.driver.findElements(By.cssSelector("input[id$=':title']")).size(),
                    "the review page shows every task read from the workbook");
            assertTrue(office.text().contains("(610000.WR 陕西省水利厅)"), "units by their codes: " + office.text());
            office.shot("21-office-task-list-read");

            // the typical-case catalogue as filtered, in Excel
            office.driver.get(app() + "/cases/index.xhtml?industry=" + java.net.URLEncoder.encode("钢铁", java.nio.charset.StandardCharsets.UTF_8));
            office.await(ExpectedConditions.presenceOfElementLocated(By.id("excel:download")));
            assertTrue(office.driver.findElements(By.id("excel:file")).size() == 1, "the plan office may upload");
            office.driver.findElement(By.id("excel:download")).click();
            var catalogue = Xlsx.read(Files.readAllBytes(downloaded(office, downloads, "典型案例名单.xlsx")));
            int steel = api.get("/api/cases?industry=" + java.net.URLEncoder.encode("钢铁", java.nio.charset.StandardCharsets.UTF_8))
                    .object().getInt("total");
            assertTrue(steel >= 8);
            assertEquals(steel + 1, catalogue.get("典型案例 Cases").stream().mapToInt(Xlsx.Cell::row).max().orElse(0),
                    "the steel cases (8 in the published list) under the header");
        }
    }

    /** The file that arrives in the download folder with that name ending. */
    private static Path downloaded(Browser b, Path folder, String ending) {
        return b.await(d -> {
            try (var files = Files.list(folder)) {
                return files.filter(f -> f.getFileName().toString().endsWith(ending)).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }

    @Test
    void aParkCommitteeFilesItsPlanAndTheProvinceApprovesIt() throws Exception {
        Http committeeApi = Http.as(base, "xahtz.committee", "en");
        int park = id(committeeApi, "/api/parks?q=SN-XAHTZ", "SN-XAHTZ");
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        committeeApi.get("/api/park-filings?park=" + park + "&size=200").object().getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(f -> taken.add(f.getInt("year")));
        int year = java.util.stream.IntStream.rangeClosed(2030, 2099).filter(y -> !taken.contains(y)).findFirst().orElseThrow();
        String filing;
        try (Browser committee = signIn("xahtz.committee", null)) {
            String home = committee.driver.findElement(By.id("myPark")).getText();
            assertTrue(home.contains("西安高新技术产业开发区") && home.contains("实施方案") && home.contains("年度报告"),
                    "its park, its plan's state and the next report: " + home);
            committee.driver.get(app() + "/parks/index.xhtml");
            // the year stands beside the buttons it governs, in the park's own row
            WebElement y = committee.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[id$=':year']")));
            assertEquals(y.findElement(By.xpath("ancestor::td")), committee.driver.findElement(By.cssSelector("[id$=':newPlan']"))
                    .findElement(By.xpath("ancestor::td")), "year and buttons in one cell");
            y.clear();
            y.sendKeys(String.valueOf(year));
            committee.clickAndWait(By.cssSelector("[id$=':newPlan']"));
            committee.await(ExpectedConditions.presenceOfElementLocated(By.id("form:submit")));
            filing = committee.driver.getCurrentUrl();
            // sent empty: every missing part is named where it belongs
            committee.clickAndWait(By.id("form:submit"));
            assertTrue(committee.text().contains("未提交：有"), committee.text());
            // the bar counts the fields marked * that have a value, and counts on as they are typed
            int marked = committee.driver.findElements(By.cssSelector("#form .required")).size();
            assertEquals(String.valueOf(marked), committee.driver.findElement(By.id("needed")).getText(), "one count per * on the form");
            int filled = Integer.parseInt(committee.driver.findElement(By.id("filled")).getText());
            assertTrue(filled < marked, "sent empty, so not all filled: " + filled + "/" + marked);
            committee.driver.findElement(By.id("form:situation")).sendKeys("西安高新区电子信息产业集聚，超纯水回用潜力大（浏览器测试）。");
            assertEquals(String.valueOf(filled + 1), committee.driver.findElement(By.id("filled")).getText());
            List<WebElement> tasks = committee.driver.findElements(By.cssSelector("textarea[id$=':taskText']"));
            assertEquals(5, tasks.size(), "one main task per area of the notice");
            for (int i = 0; i < tasks.size(); i++) {
                tasks.get(i).sendKeys("主要任务 " + (i + 1) + "（浏览器测试）");
            }
            committee.clickAndWait(By.id("form:addProject"));
            committee.driver.findElement(By.cssSelector("[id$=':0:name']")).sendKeys("半导体企业超纯水回用工程");
            pickIn(committee, committee.driver.findElement(By.cssSelector("[id$=':0:area']")).getAttribute("id"), "资源高效利用");
            committee.driver.findElement(By.cssSelector("[id$=':0:investment']")).sendKeys("12000");
            // a month typed loosely is refused next to its field, in Chinese, and the rest stays as typed
            committee.driver.findElement(By.cssSelector("[id$=':0:start']")).sendKeys(year + "-3");
            committee.clickAndWait(By.id("form:save"));
            assertTrue(committee.text().contains("年月格式应为 yyyy-MM"), committee.text());
            assertEquals("半导体企业超纯水回用工程", committee.driver.findElement(By.cssSelector("[id$=':0:name']")).getAttribute("value"));
            WebElement start = committee.driver.findElement(By.cssSelector("[id$=':0:start']"));
            start.clear();
            start.sendKeys(year + "-03");
            committee.driver.findElement(By.cssSelector("[id$=':0:end']")).sendKeys((year + 1) + "-12");
            committee.driver.findElement(By.cssSelector("textarea[id$=':0:construction']")).sendKeys("建设超纯水回用系统，日回用 1 万立方米。");
            committee.clickAndWait(By.id("form:addResult"));
            pickIn(committee, committee.driver.findElement(By.cssSelector("[id$=':0:kind']")).getAttribute("id"), "节水量");
            committee.driver.findElement(By.cssSelector("[id$=':0:target']")).sendKeys("3000000");
            committee.driver.findElement(By.cssSelector("[id$=':0:targetYear']")).sendKeys(String.valueOf(year + 1));
            committee.driver.findElement(By.id("form:safeguards")).sendKeys("管委会成立领导小组，设立专项资金。");
            // a project (6 marked fields, its menu among them) and an expected result (2) added: all filled, and the send succeeds
            assertEquals(committee.driver.findElement(By.id("needed")).getText(), committee.driver.findElement(By.id("filled")).getText(),
                    () -> committee.driver.findElement(By.id("form:progressLine")).getText() + "; still red: "
                            + committee.driver.findElements(By.cssSelector("#form .required:not(.done)")).stream()
                                    .map(m -> m.findElement(By.xpath("preceding-sibling::label[1]")).getAttribute("for")).toList());
            assertEquals(String.valueOf(marked + 8), committee.driver.findElement(By.id("needed")).getText());
            committee.clickAndWait(By.id("form:submit"));
            assertEquals("已报送", committee.driver.findElement(By.id("status")).getText(), committee.text());
            committee.shot("08-park-plan-submitted");
        }
        try (Browser office = signIn("shaanxi.office", null)) {
            office.driver.get(filing);
            office.await(ExpectedConditions.presenceOfElementLocated(By.id("review:approve")));
            assertEquals("半导体企业超纯水回用工程", office.driver.findElement(By.cssSelector("[id$=':0:name']")).getAttribute("value"),
                    "the plan as sent, read-only for the province");
            office.clickAndWait(By.id("review:approve"));
            assertEquals("已批复", office.driver.findElement(By.id("status")).getText(), office.text());
            office.shot("09-park-plan-approved");
        }
    }

    @Test
    void everyFeatureIsFoundFromTheMenusInChineseAndEnglish() throws Exception {
        try (Browser bureau = signIn("jiaozuo.bureau", null)) {
            assertTrue(bureau.text().contains("待我审核"), "the reviewer's queue: " + bureau.text());
            // the plan office opens a new reporting cycle for its plan: told what is missing, then created
            bureau.driver.findElement(By.linkText("进展报送")).click();
            bureau.await(ExpectedConditions.presenceOfElementLocated(By.id("newCycle"))).click();
            bureau.await(ExpectedConditions.presenceOfElementLocated(By.id("cycle:create")));
            bureau.clickAndWait(By.id("cycle:create"));
            assertTrue(bureau.text().contains("未提交：有"), bureau.text());
            pickIn(bureau, "cycle:plan", "JZ-2019-IR");
            String code = "WEB-CYCLE-" + System.nanoTime() % 100_000;
            bureau.driver.findElement(By.id("cycle:code")).sendKeys(code);
            bureau.driver.findElement(By.id("cycle:nameZh")).sendKeys("焦作市工业结构调整落实情况半年报送（浏览器测试）");
            bureau.driver.findElement(By.id("cycle:first_input")).sendKeys("2031-01-01", org.openqa.selenium.Keys.ESCAPE);
            bureau.clickAndWait(By.id("cycle:create"));
            assertTrue(bureau.text().contains("已创建报送周期 " + code), bureau.text());
            // plans: the Jiaozuo plan's tree with lights and its 17 targets
            bureau.driver.findElement(By.linkText("规划")).click();
            bureau.await(ExpectedConditions.presenceOfElementLocated(By.id("plans")));
            bureau.driver.findElement(By.partialLinkText("焦作市推进工业结构调整")).click();
            bureau.await(ExpectedConditions.presenceOfElementLocated(By.id("tasks")));
            String plan = bureau.text();
            assertTrue(plan.contains("调整优化产业布局") && plan.contains("绿灯") && plan.contains("煤炭消费总量") && plan.contains("不超过14.5百万吨（较2015年下降11.48%）"), plan);
            bureau.shot("10-plan-tree");
            // the typical-case catalogue, filtered by province
            bureau.driver.findElement(By.linkText("典型案例")).click();
            bureau.await(ExpectedConditions.presenceOfElementLocated(By.id("cases")));
            var province = new org.openqa.selenium.support.ui.Select(bureau.driver.findElement(By.id("province")));
            String shaanxi = province.getOptions().stream().map(WebElement::getText).filter(o -> o.startsWith("陕西")).findFirst().orElseThrow();
            province.selectByVisibleText(shaanxi);
            bureau.clickAndWait(By.id("find"));
            String count = shaanxi.replaceAll(".*\\((\\d+)\\)$", "$1");
            assertTrue(bureau.text().contains(count + " 个案例") && bureau.text().contains("国能榆林化工有限公司"), bureau.text());
            // English for the session
            bureau.clickAndWait(By.id("nav:language"));
            assertTrue(bureau.text().contains("Typical cases") && bureau.text().contains("Industry"), bureau.text());
            bureau.driver.findElement(By.linkText("Home")).click();
            bureau.await(ExpectedConditions.textToBe(By.id("page-title"), "My work"));
            bureau.shot("11-english");
        }
        try (Browser department = signIn("shaanxi.water", null)) {
            String home = department.text();
            assertTrue(home.contains("本单位牵头的任务及报送情况") && home.contains("SN-2024-IWR"), "the tasks it leads: " + home);
            department.shot("12-department-led");
        }
        // the Shaanxi office issues its 2024 park summary to the national agencies: numbered, dated, kept as issued
        String number;
        try (Browser office = signIn("shaanxi.office", null)) {
            office.driver.get(app() + "/reports/index.xhtml?kind=PARK_SUMMARY&year=2024");
            office.clickAndWait(By.id("reports:issue"));
            String issued = office.driver.findElement(By.id("reports:lastIssued")).getText();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("陕工信函〔\\d{4}〕\\d+号").matcher(issued);
            assertTrue(m.find() && issued.contains("SHA-256") && issued.contains(".pdf"), issued);
            number = m.group();
            office.shot("17-office-issued");
        }
        try (Browser reader = signIn("ndrc.reader", null)) {
            // the national reader receives the issued copies, not a live report
            String issued = reader.driver.findElement(By.id("issuedReports")).getText();
            assertTrue(issued.contains(number) && issued.contains("陕西省工业和信息化厅"), issued);
            String href = reader.driver.findElement(By.xpath("//table//tr[contains(., '" + number + "')]//a[text()='PDF']"))
                    .getAttribute("href");
            assertTrue(href.contains("/api/reports/issued/") && href.endsWith("/files/pdf"), href);
            reader.shot("18-national-reader");
        }
        Path auditDownloads = Files.createTempDirectory("audit");
        try (Browser auditor = signIn("inspector", auditDownloads)) {
            assertTrue(auditor.text().contains("审计记录"), auditor.text());
            auditor.driver.findElement(By.id("toAudit")).click();
            auditor.await(ExpectedConditions.presenceOfElementLocated(By.id("events")));
            // in the reader's words: actions, kinds of record, organisations by name (no UPDATE, no 610000.IIT)
            String trail = auditor.driver.findElement(By.id("events")).getText();
            assertTrue(trail.contains("修改") && trail.contains("新建") && !trail.contains("UPDATE") && !trail.contains("CREATE"), trail);
            assertTrue(!trail.contains("610000.IIT") && trail.contains("陕西省工业和信息化厅"), trail);
            // filtered by choosing the kind of record, then the same lines as a workbook
            new org.openqa.selenium.support.ui.Select(auditor.driver.findElement(By.id("type"))).selectByVisibleText("进展报送材料");
            auditor.clickAndWait(By.cssSelector("#filters button[type='submit']:not([name])"));
            String reports = auditor.driver.findElement(By.id("events")).getText();
            assertTrue(reports.contains("进展报送材料") && !reports.contains("任务 "), reports);
            auditor.driver.findElement(By.id("export")).click();
            Sheets.Book book = Sheets.read(Files.readAllBytes(downloaded(auditor, auditDownloads, ".xlsx")));
            List<java.util.Collection<String>> rows = book.get("审计记录").values().stream().map(r -> r.values()).toList();
            assertTrue(rows.size() > 1 && rows.get(0).contains("操作") && rows.stream().skip(1).allMatch(r -> r.contains("进展报送材料")),
                    rows.toString());
            // signing out ends the Keycloak session too: the next page asks for the login again
            auditor.driver.findElement(By.id("nav:signout")).click();
            // Keycloak ends its session at once (the ID token goes along: no "log out?" page) and sends the browser
            // back to the application, which asks for a login again; not the audit page still showing meanwhile
            auditor.await(d -> d.getCurrentUrl().startsWith(Http.keycloak()) && !d.findElements(By.id("username")).isEmpty());
            assertTrue(auditor.driver.findElements(By.id("kc-logout")).isEmpty(), "no confirmation asked");
            auditor.driver.get(app() + "/");
            auditor.await(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        }
    }

    /**
     * The plan office builds a plan in the browser: a new plan (refused without its code, then saved), a section and
     * a task under it with a lead and a co-responsible unit, the task changed, a target with an indicator defined on
     * the spot, a reporting cycle created from the plan page and changed (one more obliged organisation, an
     * alternate reviewer).
     */
    @Test
    void thePlanOfficeBuildsAPlanWithTasksUnitsTargetsAndACycle() throws Exception {
        String code = "WEB-PLAN-" + System.nanoTime() % 100_000;
        try (Browser office = signIn("shaanxi.office", null)) {
            String home = office.text();
            assertTrue(home.contains("本单位规划任务红黄绿灯") && home.contains("SN-2024-IWR"), "its plans by light: " + home);
            assertTrue(home.contains("已逾期或60天内到期的未完成任务") && home.contains("调整优化高耗水行业结构和布局"),
                    "the Shaanxi plan's tasks were due by the end of 2025: " + home);
            office.shot("13-office-lights-deadlines");

            office.driver.findElement(By.linkText("规划")).click();
            office.await(ExpectedConditions.presenceOfElementLocated(By.id("newPlan"))).click();
            office.await(ExpectedConditions.presenceOfElementLocated(By.id("plan:save")));
            office.driver.findElement(By.id("plan:titleZh")).sendKeys("陕西省工业节水示范行动方案（浏览器测试）");
            office.clickAndWait(By.id("plan:save"));
            assertTrue(office.text().contains("请填写方案代码"), "the code is missing: " + office.text());
            assertEquals("陕西省工业节水示范行动方案（浏览器测试）", office.driver.findElement(By.id("plan:titleZh")).getAttribute("value"));
            office.driver.findElement(By.id("plan:code")).sendKeys(code);
            office.driver.findElement(By.id("plan:documentNumber")).sendKeys("陕工信发〔2026〕1号");
            office.clickAndWait(By.id("plan:save"));
            assertEquals("陕西省工业节水示范行动方案（浏览器测试）", office.driver.findElement(By.id("page-title")).getText(), office.text());

            // a section at the top, refused without its number first
            office.clickAndWait(By.id("newTask"));
            office.driver.findElement(By.id("task:titleZh")).sendKeys("重点任务");
            office.clickAndWait(By.id("task:save"));
            assertTrue(office.text().contains("请填写序号"), office.text());
            assertEquals("重点任务", office.driver.findElement(By.id("task:titleZh")).getAttribute("value"), "what was typed stays");
            office.driver.findElement(By.id("task:number")).sendKeys("一");
            office.clickAndWait(By.id("task:save"));
            // a task under it: led by the Housing and Urban-Rural Development Dept., the market regulator responsible by duty
            // (units the other tests do not count)
            office.clickAndWait(By.xpath("//tr[contains(., '重点任务')]//a[contains(@id, 'addChild')]"));
            assertEquals("任务", office.driver.findElement(By.id("task:kind_label")).getText(), "a task under a section");
            office.driver.findElement(By.id("task:number")).sendKeys("1");
            office.driver.findElement(By.id("task:titleZh")).sendKeys("推进园区废水循环利用");
            office.driver.findElement(By.id("task:deadline_input")).sendKeys("2027-06-30", org.openqa.selenium.Keys.ESCAPE);
            pickIn(office, "task:units:0:organisation", "(610000.HURC)");
            office.clickAndWait(By.id("task:addUnit"));
            pickIn(office, "task:units:1:role", "按职责分工负责");
            pickIn(office, "task:units:1:organisation", "(610000.AMR)");
            office.shot("14-task-form");
            office.clickAndWait(By.id("task:save"));
            String plan = office.text();
            assertTrue(plan.contains("推进园区废水循环利用") && plan.contains("陕西省住房和城乡建设厅 · 陕西省市场监督管理局") && plan.contains("2027-06-30"), plan);
            // the task changed
            office.clickAndWait(By.xpath("//tr[contains(., '推进园区废水循环利用')]//a[contains(@id, 'editTask')]"));
            assertEquals("2027-06-30", office.driver.findElement(By.id("task:deadline_input")).getAttribute("value"));
            WebElement title = office.driver.findElement(By.id("task:titleZh"));
            title.sendKeys("，建设再生水管网");
            office.clickAndWait(By.id("task:save"));
            assertTrue(office.text().contains("推进园区废水循环利用，建设再生水管网"), office.text());

            // a target, with an indicator the registry lacks
            office.clickAndWait(By.id("newTarget"));
            office.clickAndWait(By.id("target:save"));
            assertTrue(office.text().contains("此项为必填项"), "indicator and target year: " + office.text());
            office.driver.findElement(By.cssSelector("[id='target:newIndicator'] legend")).click();
            office.await(ExpectedConditions.visibilityOfElementLocated(By.id("target:iCode"))).sendKeys(code + "-REUSE");
            office.driver.findElement(By.id("target:iUnit")).sendKeys("%");
            office.driver.findElement(By.id("target:iNameZh")).sendKeys("园区再生水利用率（浏览器测试）");
            office.driver.findElement(By.id("target:iNameEn")).sendKeys("Park reclaimed-water use rate (browser test)");
            pickIn(office, "target:iDirection", "上升");
            office.clickAndWait(By.id("target:createIndicator"));
            assertTrue(office.text().contains("已新增指标 " + code + "-REUSE"), office.text());
            assertTrue(office.driver.findElement(By.id("target:indicator_label")).getText().contains("园区再生水利用率"), "chosen for the target");
            pickIn(office, "target:relation", "不少于");
            office.driver.findElement(By.id("target:targetValue")).sendKeys("60");
            office.driver.findElement(By.id("target:targetYear")).sendKeys("2027");
            office.driver.findElement(By.id("target:statement")).sendKeys("到2027年，园区再生水利用率达到60%以上");
            office.clickAndWait(By.id("target:save"));
            assertTrue(office.text().contains("园区再生水利用率（浏览器测试）") && office.text().contains("到2027年，园区再生水利用率达到60%以上"), office.text());

            // a reporting cycle from the plan page, then one more organisation obliged and an alternate reviewer
            office.clickAndWait(By.id("newCycle"));
            assertTrue(office.driver.findElement(By.id("cycle:plan_label")).getText().contains(code), "the plan chosen already");
            office.driver.findElement(By.id("cycle:code")).sendKeys(code + "-H");
            office.driver.findElement(By.id("cycle:nameZh")).sendKeys("工业节水示范行动半年报送（浏览器测试）");
            office.driver.findElement(By.id("cycle:first_input")).sendKeys("2031-01-01", org.openqa.selenium.Keys.ESCAPE);
            office.clickAndWait(By.id("cycle:create"));
            assertTrue(office.text().contains("已创建报送周期 " + code + "-H"), office.text());
            office.clickAndWait(By.id("cycle:toPlan"));
            By cycleRow = By.xpath("//tr[contains(., '" + code + "-H')]");
            int obliged = Integer.parseInt(office.driver.findElement(cycleRow).findElements(By.tagName("td")).get(4).getText().strip());
            office.clickAndWait(By.xpath("//tr[contains(., '" + code + "-H')]//a[contains(@id, 'editCycle')]"));
            assertEquals(obliged, office.driver.findElements(By.cssSelector("[id$=':organisation_label']")).size(), "the obliged listed");
            office.clickAndWait(By.id("cycle:addParticipant"));
            pickIn(office, "cycle:participants:" + obliged + ":organisation", "(610100.IIT)");
            pickIn(office, "cycle:alternate", "(610000.WR)");
            office.shot("15-cycle-change");
            office.clickAndWait(By.id("cycle:save"));
            assertTrue(office.text().contains("已保存报送周期 " + code + "-H"), office.text());
            office.clickAndWait(By.id("cycle:toPlan"));
            assertEquals(String.valueOf(obliged + 1),
                    office.driver.findElement(cycleRow).findElements(By.tagName("td")).get(4).getText().strip(), office.text());
            office.shot("16-plan-built");
        }
        // another organisation's plan office may look but not change
        try (Browser other = signIn("jiaozuo.bureau", null)) {
            other.driver.get(app() + "/plans/index.xhtml?q=" + code);
            other.await(ExpectedConditions.presenceOfElementLocated(By.id("plans")));
            if (!other.driver.findElements(By.partialLinkText("浏览器测试")).isEmpty()) {
                other.clickAndWait(By.partialLinkText("浏览器测试"));
                assertTrue(other.driver.findElements(By.id("editPlan")).isEmpty(), "no change for another office");
            }
        }
    }

    /**
     * A plan from its text in the browser: the Jiaozuo plan office uploads a plan document, reviews the proposal
     * (units matched, a unit it adds and leaves unchosen refuses the creation, named where it is), removes it and
     * creates the plan, which opens with its tasks.
     */
    @Test
    void thePlanOfficeImportsAPlanFromItsText() throws Exception {
        Path document = Path.of("target", "test-classes", "import", "unseen-zh.txt").toAbsolutePath();
        try (Browser office = signIn("jiaozuo.bureau", null)) {
            office.driver.findElement(By.linkText("规划")).click();
            office.await(ExpectedConditions.presenceOfElementLocated(By.id("importPlan"))).click();
            office.await(ExpectedConditions.presenceOfElementLocated(By.id("read:file"))).sendKeys(document.toString());
            office.clickAndWait(By.id("read:readButton"));
            String proposal = office.text();
            assertTrue(proposal.contains("识别结果") && proposal.contains("二/(一)/1") && proposal.contains("焦作市发展和改革委员会")
                    && proposal.contains("尚待选择的单位和目标: 0") && proposal.contains("每年1月10日和7月10日前"), proposal);
            WebElement code = office.driver.findElement(By.id("proposal:code"));
            code.clear();
            code.sendKeys("WEB-IMPORT-" + System.nanoTime() % 100_000);
            office.clickAndWait(By.id("proposal:tasks:3:addUnit"));
            office.clickAndWait(By.id("proposal:accept"));
            assertTrue(office.text().contains("请为“”选择对应单位，或删除该单位"), "the unchosen unit, where it is: " + office.text());
            office.shot("19-import-review");
            office.clickAndWait(By.id("proposal:tasks:3:units:4:removeUnit"));
            office.clickAndWait(By.id("proposal:accept"));
            assertEquals("焦作市工业领域节能降碳实施方案（2023—2025年）", office.driver.findElement(By.id("page-title")).getText(), office.text());
            assertTrue(office.text().contains("严控高耗能项目") && office.text().contains("煤炭消费总量"), office.text());
        }
    }

    /**
     * Usable by keyboard and at a desk's and a tablet's width: every field of the form pages has a label; the skip
     * link comes first and Tab reaches the save button, Enter submits; no page is wider than 1280 px or a
     * 768 px tablet.
     */
    @Test
    void formsAreLabelledKeyboardUsableAndFitADeskAndATablet() throws Exception {
        try (Browser office = signIn("shaanxi.office", null)) {
            var js = (org.openqa.selenium.JavascriptExecutor) office.driver;
            String planId = office.driver.findElements(By.xpath("//a[contains(@href, 'plans/plan.xhtml?id=')]")).get(0)
                    .getAttribute("href").replaceAll(".*id=", "");
            List<String> pages = List.of("/index.xhtml", "/plans/index.xhtml", "/plans/plan.xhtml?id=" + planId, "/plans/edit.xhtml",
                    "/plans/task.xhtml?plan=" + planId, "/plans/target.xhtml?plan=" + planId, "/reporting/cycle.xhtml",
                    "/reporting/submissions.xhtml", "/parks/index.xhtml", "/cases/index.xhtml", "/reports/index.xhtml", "/plans/import.xhtml");
            for (org.openqa.selenium.Dimension size : List.of(new org.openqa.selenium.Dimension(1280, 900),
                    new org.openqa.selenium.Dimension(768, 1024))) {
                office.driver.manage().window().setSize(size);
                for (String page : pages) {
                    office.driver.get(app() + page);
                    office.await(ExpectedConditions.presenceOfElementLocated(By.id("page-title")));
                    Object unlabelled = js.executeScript("var bad = [];"
                            + "document.querySelectorAll('input, select, textarea').forEach(function (e) {"
                            + "  if (e.type === 'hidden' || e.type === 'submit' || e.type === 'button' || e.offsetParent === null) return;"
                            + "  var labelled = (e.id && document.querySelector('label[for=\"' + CSS.escape(e.id) + '\"]')) || e.closest('label')"
                            + "      || e.getAttribute('aria-label') || e.getAttribute('aria-labelledby') || e.title;"
                            + "  if (!labelled) bad.push(e.id || e.name || e.outerHTML.substring(0, 80)); });"
                            + "return bad.join(', ');");
                    assertEquals("", unlabelled, "unlabelled fields on " + page);
                    Object wide = js.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                    if (((Number) wide).intValue() > 1) {
                        Object culprits = js.executeScript("var w = document.documentElement.clientWidth, out = [];"
                                + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                                + "  if (r.right > w + 1 && e.offsetParent !== null && out.length < 8) out.push(e.tagName + '#' + e.id + '.'"
                                + "      + e.className + ' ' + Math.round(r.width) + 'px'); });"
                                + "return out.join('; ');");
                        throw new AssertionError(page + " is wider than " + size.width + " px by " + wide + " px: " + culprits);
                    }
                }
                office.shot("17-tablet-" + size.width);
            }
            // by keyboard: the skip link first, then on to the save button; Enter sends the form
            office.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            office.driver.get(app() + "/plans/edit.xhtml");
            office.await(ExpectedConditions.presenceOfElementLocated(By.id("plan:save")));
            var keys = new org.openqa.selenium.interactions.Actions(office.driver);
            keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
            assertEquals("skip", office.driver.switchTo().activeElement().getAttribute("class"), "the skip link comes first");
            String reached = null;
            List<String> path = new java.util.ArrayList<>();
            for (int i = 0; i < 120 && !"plan:save".equals(reached); i++) {
                keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
                reached = office.driver.switchTo().activeElement().getAttribute("id");
                path.add(reached);
                if ("plan:titleZh".equals(reached)) {
                    keys.sendKeys("键盘录入的规划").perform();
                }
            }
            assertEquals("plan:save", reached, "Tab reaches the save button: " + path);
            js.executeScript("window.__stillHere = true;");
            keys.sendKeys(org.openqa.selenium.Keys.ENTER).perform();
            office.await(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "return window.__stillHere === undefined && document.readyState === 'complete';")));
            assertTrue(office.text().contains("请填写方案代码"), office.text());
            assertEquals("键盘录入的规划", office.driver.findElement(By.id("plan:titleZh")).getAttribute("value"));
        }
    }

    /** Chooses, in the PrimeFaces select {@code id}, the option whose label contains {@code text}. */
    private static void pickIn(Browser b, String id, String text) {
        By item = By.xpath("//div[@id='" + id + "_panel']//li[contains(@data-label, '" + text + "')]");
        By label = By.id(id + "_label");
        for (int attempt = 1; ; attempt++) {
            // to the middle of the window: the form's save bar stays in view at its bottom edge
            WebElement menu = b.driver.findElement(By.id(id));
            ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", menu);
            menu.click();
            clickSettled(b, b.await(ExpectedConditions.elementToBeClickable(item)));
            // a long list still scrolling under a slow machine can take the click on a neighbour: then choose again
            List<WebElement> shown = b.driver.findElements(label);
            if (shown.isEmpty() || shown.get(0).getText().contains(text) || attempt == 3) {
                return;
            }
        }
    }

    /**
     * Clicks an item of a PrimeFaces panel that may still be opening or scrolling (a long organisation list):
     * the item is scrolled to the middle of its list — the list only: a scrolling page makes PrimeFaces close the
     * panel — and the click is retried while a neighbour would receive it or the panel is still fading in.
     */
    private static void clickSettled(Browser b, WebElement element) {
        for (int attempt = 1; ; attempt++) {
            ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript("var e = arguments[0];"
                    + " var box = e.closest('.ui-selectonemenu-items-wrapper, .ui-autocomplete-items, .ui-autocomplete-panel');"
                    + " if (box) { box.scrollTop = e.offsetTop - box.clientHeight / 2 + e.offsetHeight / 2; }"
                    + " else { e.scrollIntoView({block: 'center'}); }", element);
            try {
                element.click();
                return;
            } catch (org.openqa.selenium.ElementNotInteractableException e) { // intercepted by a neighbour, or not shown yet
                if (attempt == 10) throw e;
                try { Thread.sleep(200); } catch (InterruptedException i) { Thread.currentThread().interrupt(); throw e; }
            }
        }
    }

    /** Chooses a status in the PrimeFaces select of task row {@code row}. */
    private static void selectStatus(Browser b, int row, String label) {
        b.driver.findElement(By.cssSelector("[id$=':" + row + ":status']")).click();
        clickSettled(b, b.await(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$=':" + row + ":status_panel'] li[data-label='" + label + "']"))));
    }


    static {
        // Selenium's own logs stay quiet; the test says what happened
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.WARNING);
    }
}
