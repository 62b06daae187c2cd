package corridor.server;

import corridor.server.testing.Chromium;
import corridor.server.testing.SimulatedFleet;
import corridor.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The observatory in real headless Chromium (Debian's chromium and chromium-driver), driven by
 * Selenium against a real server. Screenshots go to {@code target/screenshots}. Under CI
 * ({@code CI=true}) a missing browser fails the tests; elsewhere they are skipped with a message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

    private TestServer api;
    /** A second server with a monitoring state from the fleet simulator loaded. */
    private TestServer monitored;
    private WebDriver driver;
    private Path profile;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        Chromium.require();
        api = new TestServer(dir.resolve("plain"));
        monitored = new TestServer(dir.resolve("monitored"));
        monitored.server.loadMonitorState(SimulatedFleet.ingest(monitored.dataset,
                SimulatedFleet.pingsCsv(monitored.dataset, 6, 40, 1)), "simulated-fleet.json");
        profile = Files.createDirectories(dir.resolve("chromium-profile"));
    }

    @AfterAll
    void stop() {
        if (api != null) {
            api.close();
        }
        if (monitored != null) {
            monitored.close();
        }
    }

    @BeforeEach
    void openBrowser() throws IOException {
        driver = Chromium.open(profile);
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void openObservatory() {
        openObservatory(api);
    }

    private void openObservatory(TestServer server) {
        Chromium.openObservatory(driver, server.base());
    }

    private void waitFor(Duration timeout, java.util.function.BooleanSupplier condition, String what) {
        Chromium.waitFor(driver, timeout, condition, what);
    }

    /** Each legend entry's name and colour within the element {@code id} (names unique within it). */
    private Map<String, String> legendColors(String id) {
        @SuppressWarnings("unchecked")
        Map<String, String> colors = (Map<String, String>) ((JavascriptExecutor) driver).executeScript(
                "const out = {}; document.querySelectorAll('#' + arguments[0] + ' .legend span').forEach((span) => {"
                        + " out[span.textContent] = span.previousElementSibling.querySelector('rect').getAttribute('fill'); });"
                        + " return out;", id);
        return colors;
    }

    /** The width an SVG is shown at over the width it is drawn in (its viewBox): below 1 its text is shrunk. */
    private double shownScale(String svgId) {
        Object scale = ((JavascriptExecutor) driver).executeScript("const svg = document.getElementById(arguments[0]);"
                + " return svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;", svgId);
        return ((Number) scale).doubleValue();
    }

    private int count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    private List<String> consoleMessages(Level atLeast) {
        return Chromium.consoleMessages(driver, atLeast);
    }

    private Path screenshot(String name) {
        return Chromium.screenshot(driver, name);
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }

    @Test
    void thePageLoadsWithItsLayersAndNoConsoleErrors() {
        openObservatory();

        assertThat(count("path.basemap-country")).isGreaterThan(20);
        assertThat(count("path.layer-links")).isEqualTo(api.dataset.links().size());
        assertThat(count("path.layer-hubs")).isPositive();
        assertThat(driver.findElement(By.id("legend")).getText()).contains("planned", "superseded", "border crossing",
                "motorway", "national highway");
        long motorways = api.dataset.links().stream().filter(l -> l.roadClass() == corridor.model.network.RoadClass.MOTORWAY).count();
        assertThat(count("path.road-motorway")).isEqualTo(motorways).isPositive();
        assertThat(count("path.road-national_highway")).isPositive();
        // The built-in dataset has no street-level roads: no Streets layer, no tile requested.
        assertThat(driver.findElement(By.id("streets-toggle")).isDisplayed()).isFalse();
        assertThat(count("path.street")).isZero();
        screenshot("observatory-map");
        assertThat(consoleMessages(Level.SEVERE)).isEmpty();
    }

    @Test
    void layersToggleOnAndOff() {
        openObservatory();
        assertThat(count("path.layer-incidents")).isZero();

        driver.findElement(By.id("layer-incidents")).click();
        assertThat(count("path.layer-incidents")).isEqualTo(api.dataset.incidents().size()).isPositive();
        driver.findElement(By.id("layer-hubs")).click();
        assertThat(count("path.layer-hubs")).isZero();
        driver.findElement(By.id("layer-incidents")).click();
        assertThat(count("path.layer-incidents")).isZero();
        driver.findElement(By.id("layer-hubs")).click();
        assertThat(count("path.layer-hubs")).isPositive();
    }

    @Test
    void clickingAPlaceShowsItsSourcesWithPublisherType() {
        openObservatory();
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelector('path.layer-hubs').dispatchEvent(new MouseEvent('click', {bubbles: true}))");
        waitFor(Duration.ofSeconds(5), () -> count("#details .sources li") > 0, "the details of a hub");
        assertThat(driver.findElement(By.cssSelector("#details .sources .badge")).getText()).isNotBlank();
    }

    @Test
    void planningKashgarToGwadarDrawsTheRouteAndFillsTheLegTable() {
        openObservatory();
        driver.findElement(By.id("tab-plan")).click();
        // no street-level roads in the built-in dataset: nothing to match a GPS trace to
        assertThat(driver.findElement(By.id("trace-section")).isDisplayed()).isFalse();
        type("from", "Kashgar");
        type("to", "Gwadar");
        setValue("date", "2025-07-01");
        driver.findElement(By.id("plan-button")).click();

        waitFor(Duration.ofSeconds(20), () -> count("#leg-table tbody tr") > 0, "the leg table");
        assertThat(count("path.route-line")).isPositive();
        String total = driver.findElement(By.cssSelector("#leg-table tfoot")).getText();
        assertThat(total).contains("Total", "km");
        assertThat(driver.findElement(By.id("plan-result")).getText()).contains("Kashgar", "Gwadar");
        // the directions under the legs: on the built-in dataset, one step per corridor link, and it says so
        waitFor(Duration.ofSeconds(5), () -> count("#directions .directions-steps li") > 0, "the directions");
        assertThat(driver.findElement(By.id("directions")).getText())
                .contains("Kashgar → ", "Follow G314 Kashgar-Tashkurgan to Tashkurgan", "Arrive at Gwadar");
        assertThat(driver.findElement(By.id("plan-result")).getText()).contains("one step per corridor link");
        screenshot("observatory-route");

        driver.findElement(By.id("compare-button")).click();
        waitFor(Duration.ofSeconds(30), () -> count("#compare-table .side") == 2, "the comparison with the sea route");
        assertThat(driver.findElement(By.id("compare-table")).getText()).contains("Overland corridor", "Sea route");
        screenshot("observatory-compare");
        assertThat(consoleMessages(Level.SEVERE)).isEmpty();
    }

    /** Plans a route in the open planner with {@code vehicle} chosen, and waits for its leg table. */
    private void planWith(String from, String to, String date, String vehicle) {
        type("from", from);
        type("to", to);
        setValue("date", date);
        new Select(driver.findElement(By.id("vehicle"))).selectByValue(vehicle);
        driver.findElement(By.id("plan-button")).click();
        waitFor(Duration.ofSeconds(20), () -> count("#leg-table tbody tr") > 0, "the leg table");
    }

    @Test
    void aVehicleChoiceShowsEachLegsSpeedItsSourceTheRuleThatKeptItOffAndBothArrivals() {
        // a server without a monitoring state: a truck in July is kept off the N-15, the times are the model's
        openObservatory();
        driver.findElement(By.id("tab-plan")).click();
        waitFor(Duration.ofSeconds(10), () -> count("#vehicle option") > 0, "the vehicle choice");
        assertThat(new Select(driver.findElement(By.id("vehicle"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("rigid-truck");
        planWith("Khunjerab", "Islamabad", "2025-07-15", "articulated-40ft");
        assertThat(driver.findElement(By.id("plan-access")).getText()).contains("Kept off by", "n15-", "heavy_transport");
        assertThat(driver.findElement(By.id("arrival-median")).getText()).startsWith("arriving 2025-07-");
        assertThat(driver.findElement(By.id("plan-result")).getText()).contains("times from the model");
        assertThat(count("#arrival-p95")).isZero();
        List<WebElement> moves = driver.findElements(By.cssSelector("#leg-table tbody tr")).stream()
                .filter(r -> !r.findElements(By.cssSelector(".speed-source")).isEmpty()).toList();
        assertThat(moves).isNotEmpty().allSatisfy(row -> {
            assertThat(row.findElement(By.cssSelector("td.speed")).getText()).matches("[0-9.]+ km/h");
            assertThat(row.findElement(By.cssSelector(".speed-source")).getText()).startsWith("speed: speed model: heavy_transport");
        });
        screenshot("observatory-route-vehicle");

        // a car may take the N-15 over Babusar in July: no rule in the way, car speeds. From Gilgit, as a
        // car leaving Khunjerab at midnight would reach Babusar in its night closure (18:00-04:00 for cars)
        type("from", "Gilgit");
        new Select(driver.findElement(By.id("vehicle"))).selectByValue("car");
        driver.findElement(By.id("plan-button")).click();
        waitFor(Duration.ofSeconds(20), () -> count("#leg-table .speed-source") > 0
                && driver.findElement(By.id("leg-table")).getText().contains("N-15"), "the car's route over the N-15");
        assertThat(count("#plan-access")).isZero();
        assertThat(driver.findElements(By.cssSelector("#leg-table .speed-source")))
                .anyMatch(e -> e.getText().startsWith("speed: speed model: car"));

        // a server with a monitoring state: the arrival at the median and at the 95th percentile, each leg's time source
        openObservatory(monitored);
        driver.findElement(By.id("tab-plan")).click();
        waitFor(Duration.ofSeconds(10), () -> count("#vehicle option") > 0, "the vehicle choice");
        planWith("Kashgar", "Islamabad", "2025-05-15", "rigid-truck");
        assertThat(driver.findElement(By.id("arrival-median")).getText()).contains("at the median");
        assertThat(driver.findElement(By.id("arrival-p95")).getText()).contains("at the 95th percentile");
        assertThat(driver.findElements(By.cssSelector("#leg-table .badge.time-source")))
                .hasSize(count("#leg-table tbody tr"))
                .anyMatch(e -> e.getText().startsWith("observed median"));
        screenshot("observatory-route-observed");
        assertThat(consoleMessages(Level.SEVERE)).isEmpty();
    }

    @Test
    void whereATruckFromSostCanBeWithinADayIsDrawnAsBands() {
        openObservatory();
        driver.findElement(By.id("tab-plan")).click();
        setValue("date", "2025-07-01");
        driver.findElement(By.cssSelector(".reach-preset[data-from=Sost]")).click();

        waitFor(Duration.ofSeconds(20), () -> count("#reach-table tbody tr") == 3, "the bands' table");
        assertThat(count("path.isochrone-band")).isGreaterThanOrEqualTo(3);
        assertThat(driver.findElement(By.id("reach-result")).getText()).contains("Sost", "24");
        screenshot("observatory-isochrone");
        assertThat(consoleMessages(Level.SEVERE)).isEmpty();

        type("reach-from", "Atlantis");
        driver.findElement(By.id("reach-button")).click();
        waitFor(Duration.ofSeconds(10), () -> driver.findElement(By.id("reach-error")).isDisplayed(), "the error message");
        assertThat(driver.findElement(By.id("reach-error")).getText()).contains("Atlantis");
    }

    @Test
    void aBadPlaceNameShowsTheApisMessage() {
        openObservatory();
        driver.findElement(By.id("tab-plan")).click();
        type("from", "Atlantis");
        type("to", "Gwadar");
        driver.findElement(By.id("plan-button")).click();
        waitFor(Duration.ofSeconds(10), () -> driver.findElement(By.id("plan-error")).isDisplayed(), "the error message");
        assertThat(driver.findElement(By.id("plan-error")).getText()).contains("Atlantis");
    }

    @Test
    void aShippedScenarioShowsBeforeAndAfter() {
        openObservatory();
        driver.findElement(By.id("tab-scenarios")).click();
        setValue("scenario-date", "2025-07-01");
        driver.findElement(By.id("scenario-button")).click();
        waitFor(Duration.ofSeconds(30), () -> count("#scenario-table tbody tr") == 5, "the before/after table");
        assertThat(driver.findElement(By.id("scenario-table")).getText()).contains("before", "after", "distance");
        screenshot("observatory-scenario");
    }

    @Test
    void aScenarioUploadedWithTheTokenAppearsInTheList() {
        openObservatory();
        driver.findElement(By.id("tab-scenarios")).click();
        driver.findElement(By.cssSelector("#scenario-upload summary")).click();
        type("upload-id", "browser-upload");
        setValue("upload-text", TestServer.closeLinkScenario(api.dataset.links().get(2).id()).replace("Link closed",
                "Uploaded in the browser"));
        type("upload-token", "not-the-token-at-all");
        driver.findElement(By.id("upload-button")).click();
        waitFor(Duration.ofSeconds(10), () -> count("#upload-message .error") > 0, "the refusal of a wrong token");
        assertThat(driver.findElement(By.id("upload-message")).getText()).contains("token");

        type("upload-token", TestServer.TOKEN);
        driver.findElement(By.id("upload-button")).click();
        waitFor(Duration.ofSeconds(10), () -> count("#upload-message .ok") > 0, "the upload");
        assertThat(driver.findElement(By.id("scenario")).getText()).contains("Uploaded in the browser");
        assertThat(consoleMessages(Level.SEVERE)).allMatch(m -> m.contains("401"));
    }

    /** How many indicator values of {@code measure} (or below it) the served dataset holds. */
    private int indicatorValues(String measure) {
        return (int) api.dataset.indicators().stream()
                .filter(v -> v.measure().equals(measure) || v.measure().startsWith(measure + ".")).count();
    }

    @Test
    void theDashboardShowsTheTradeChart() {
        openObservatory();
        driver.findElement(By.id("tab-dashboards")).click();
        waitFor(Duration.ofSeconds(20), () -> count("#trade-svg rect.bar") > 0, "the trade chart");
        waitFor(Duration.ofSeconds(20), () -> count("#sector-svg rect.bar") > 0, "the projects by sector chart");
        assertThat(driver.findElement(By.id("trade-values")).getText()).contains("CN-GACC");
        // the charts are drawn near the width they are shown at, so their 11 px labels stay legible (a chart that
        // kept an empty slot for every reporter in every year was shrunk to 40% and its labels to 4 px)
        assertThat(shownScale("trade-svg")).as("trade chart's shown/drawn width").isGreaterThan(0.7);
        // the table reads in the series' time order, by the month a period ends: 2021-07, 2021-08, 2021-09,
        // 2021-07/2021-09, ..., 2022-01, FY2022 (July 2021 to June 2022), 2022-07
        List<String> mocPeriods = driver.findElements(By.cssSelector("#trade-values tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td"))).filter(cells -> cells.get(0).getText().equals("PK-MOC"))
                .map(cells -> cells.get(1).getText()).toList();
        assertThat(mocPeriods).startsWith("2021-07", "2021-08", "2021-09", "2021-07/2021-09");
        assertThat(mocPeriods.indexOf("FY2022")).isGreaterThan(mocPeriods.indexOf("2022-01"));
        // trade in each direction, whole years 2013-2025, with the years that have no figure named
        waitFor(Duration.ofSeconds(20), () -> count("#trade-direction-svg rect.bar") > 0, "the trade-by-direction chart");
        assertThat(count("#trade-direction-svg rect.bar") + count("#trade-direction-pk-svg rect.bar"))
                .isGreaterThanOrEqualTo(16);
        assertThat(shownScale("trade-direction-svg")).as("China → Pakistan chart's shown/drawn width").isGreaterThan(0.7);
        assertThat(shownScale("trade-direction-pk-svg")).as("Pakistan → China chart's shown/drawn width").isGreaterThan(0.7);
        // a reporter keeps its colour from chart to chart, and no two reporters of a chart share one
        Map<String, String> byYear = legendColors("trade-chart");
        Map<String, String> toPakistan = legendColors("trade-direction-chart");
        assertThat(toPakistan.get("CN-GACC China → Pakistan")).isEqualTo(byYear.get("CN-GACC"));
        assertThat(toPakistan.get("PK-SBP Pakistan → China")).isEqualTo(byYear.get("PK-SBP"));
        for (String chart : List.of("trade-chart", "trade-direction-chart")) {
            Object clashes = ((JavascriptExecutor) driver).executeScript("return [...document.querySelectorAll("
                    + "'#' + arguments[0] + ' .legend')].filter((l) => { const fills = [...l.querySelectorAll('rect')]"
                    + ".map((r) => r.getAttribute('fill')); return new Set(fills).size < fills.length; }).length;", chart);
            assertThat(((Number) clashes).intValue()).as("legends of %s with a colour twice", chart).isZero();
        }
        assertThat(driver.findElement(By.id("trade-gap-list")).getText())
                .contains("CN-GACC China → Pakistan: no whole-year figure for 2013–2018")
                .contains("PK-SBP Pakistan → China: no whole-year figure for FY 2014–2017, 2019")
                // Dawn's FY2016 is a fiscal year though Dawn is no Pakistani statistics office
                .contains("Dawn China → Pakistan: no whole-year figure for FY 2013–2015, 2017–2025")
                // the Pakistan Business Council's rounded calendar years are a series of their own, not Pakistan's fiscal years
                .contains("PBC Pakistan → China: no whole-year figure for 2014, 2016–2025");
        // where two reporters give the same flow: the same periods first, a calendar against a fiscal year flagged
        waitFor(Duration.ofSeconds(20), () -> count("#trade-difference-values tbody tr") > 0, "the differences table");
        List<WebElement> differenceRows = driver.findElements(By.cssSelector("#trade-difference-values tbody tr"));
        assertThat(differenceRows.get(0).getAttribute("class")).isEqualTo("same-period");
        assertThat(driver.findElement(By.id("trade-difference-values")).getText())
                .contains("PBC 2013: US$2.60 bn", "World Bank 2013: US$2.65 bn", "+US$52.0 m (+2.0%)", "periods differ");
        // the use of the assets: Gwadar's cargo, Khunjerab's traffic, the power plants by capacity
        waitFor(Duration.ofSeconds(20), () -> count("#power-svg rect.bar") > 0, "the power plants chart");
        assertThat(count("#power-svg rect.bar")).isEqualTo((int) api.dataset.projects().stream()
                .filter(p -> p.sector() == corridor.model.record.Sector.ENERGY && "MW".equals(p.capacityUnit())
                        && p.capacityValue() != null).count());
        // Gwadar's cargo beside the main ports': one bar per value, each named by its port
        waitFor(Duration.ofSeconds(20), () -> count("#gwadar-svg rect.bar") > 0, "the ports' cargo chart");
        assertThat(count("#gwadar-svg rect.bar")).isEqualTo(indicatorValues("port.cargo"));
        assertThat(driver.findElement(By.id("gwadar-chart")).getText())
                .contains("Gwadar Port", "Port of Karachi · PK-KPT · FY2025", "Port Qasim · PK-MOF", "Gwadar Port (urea)");
        assertThat(count("#khunjerab-cargo-svg rect.bar")).isGreaterThanOrEqualTo(2);
        assertThat(count("#khunjerab-passengers-svg rect.bar")).isGreaterThanOrEqualTo(2);
        assertThat(driver.findElement(By.id("khunjerab-vehicles-chart")).getText()).doesNotContain("tonnes");
        assertThat(driver.findElement(By.id("card-assets")).getText()).contains("Sahiwal", "tonnes");
        // every asset-use measure is charted: Gwadar's ship calls, the zones' take-up by zone, the plants' output
        waitFor(Duration.ofSeconds(20), () -> count("#gwadar-ships-svg rect.bar") > 0, "the ship calls chart");
        assertThat(count("#gwadar-ships-svg rect.bar")).isEqualTo(indicatorValues("port.ship_calls"));
        // a count reads as a number: "99", not "99 count"
        assertThat(driver.findElement(By.id("gwadar-ships-chart")).getText()).contains("99").doesNotContain("count")
                .contains("Gwadar Port · PK-SENATE", "Port of Karachi · PK-KPT", "Port Qasim · PK-MOMA");
        waitFor(Duration.ofSeconds(20), () -> count("#sez-svg rect.bar") > 0, "the zones chart");
        // one bar per zone and measure (the latest figure of each)
        assertThat(count("#sez-svg rect.bar")).isEqualTo((int) api.dataset.indicators().stream()
                .filter(v -> v.measure().startsWith("sez.")).map(v -> v.subject() + "|" + v.measure()).distinct().count());
        assertThat(driver.findElement(By.id("sez-chart")).getText()).contains("Allama Iqbal Industrial City SEZ",
                "Rashakai SEZ", "Gwadar Free Zone, Phase I (south)");
        assertThat(driver.findElement(By.id("sez-gaps")).getText()).contains("Dhabeji SEZ", "Bostan SEZ");
        waitFor(Duration.ofSeconds(20), () -> count("#power-output-svg rect.bar") > 0, "the power output chart");
        assertThat(count("#power-output-svg rect.bar")).isEqualTo(indicatorValues("power.generation"));
        assertThat(driver.findElement(By.id("power-output-chart")).getText()).contains("Port Qasim", "8,890 GWh");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('card-trade-directions').scrollIntoView()");
        screenshot("observatory-dashboards-trade-directions");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('trade-differences').scrollIntoView()");
        screenshot("observatory-dashboards-trade-differences");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('card-assets').scrollIntoView()");
        screenshot("observatory-dashboards-assets");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('sez-chart').scrollIntoView()");
        screenshot("observatory-dashboards-zones-and-output");
        assertThat(driver.findElement(By.id("card-trade")).getText()).containsAnyOf("state media", "government",
                "independent media", "multilateral");
        screenshot("observatory-dashboards");
        assertThat(consoleMessages(Level.SEVERE)).isEmpty();
        assertThat(driver.getCurrentUrl()).endsWith("#dashboards");
    }

    @Test
    void aProjectsDetailsLinkItsAiddataRecords() {
        openObservatory();
        List<String> placed = api.dataset.projects().stream().filter(p -> p.location() != null)
                .map(corridor.model.record.Project::id).toList();
        int sahiwal = placed.indexOf("sahiwal-coal-project");
        assertThat(sahiwal).isNotNegative();
        waitFor(Duration.ofSeconds(10), () -> count("path.layer-projects") == placed.size(), "the project markers");
        ((JavascriptExecutor) driver).executeScript("document.querySelectorAll('path.layer-projects')[arguments[0]]"
                + ".dispatchEvent(new MouseEvent('click', {bubbles: true}))", sahiwal);
        waitFor(Duration.ofSeconds(5), () -> count("#details dd.aiddata a") > 0, "the AidData records of Sahiwal");
        List<String> links = driver.findElements(By.cssSelector("#details dd.aiddata a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertThat(links).startsWith("https://china.aiddata.org/projects/92303", "https://china.aiddata.org/projects/92304")
                .hasSize(api.dataset.project("sahiwal-coal-project").orElseThrow().aiddataIds().size());
        assertThat(driver.findElement(By.id("details")).getText()).contains("Sahiwal", "AidData records");
        assertThat(consoleMessages(Level.SEVERE)).isEmpty();
    }

    @Test
    void aMineralAreaShowsItsRoutesToChinaOnTheMap() {
        openObservatory();
        if (count("path.layer-minerals") == 0) {
            driver.findElement(By.id("layer-minerals")).click();
        }
        waitFor(Duration.ofSeconds(10), () -> count("path.layer-minerals") > 0, "the mineral areas");
        // the last mineral drawn is a point (a mine); a click on its marker opens its details
        ((JavascriptExecutor) driver).executeScript("const all = document.querySelectorAll('path.layer-minerals');"
                + "all[all.length - 1].dispatchEvent(new MouseEvent('click', {bubbles: true}));");
        waitFor(Duration.ofSeconds(10), () -> count("#mineral-routes-button") > 0, "the routes button");
        driver.findElement(By.id("mineral-routes-button")).click();
        waitFor(Duration.ofSeconds(30), () -> count("#mineral-routes-table tbody tr") > 0, "the routes table");
        long ways = 1 + api.dataset.places().stream().filter(p -> p.kind() == corridor.model.network.PlaceKind.SEAPORT
                && p.country().equals("PK")).count();
        assertThat(count("#mineral-routes-table tbody tr")).isEqualTo((int) ways);
        assertThat(count("path.route-line")).isPositive();
        assertThat(driver.findElement(By.id("mineral-routes")).getText()).contains("road over Khunjerab", "sea via Gwadar",
                "US$", "/t", "not routed");
        screenshot("observatory-mineral-routes");
        assertThat(consoleMessages(Level.SEVERE)).isEmpty();
    }

    @Test
    void aLinkToATabOpensIt() {
        driver.get(api.base() + "/#dashboards");
        waitFor(Duration.ofSeconds(30), () -> count("#trade-svg rect.bar") > 0, "the trade chart from a link");
        assertThat(driver.findElement(By.id("view-map")).isDisplayed()).isFalse();
    }

    @Test
    void theMapAndPanelFitAPhone() {
        driver.manage().window().setSize(new Dimension(390, 844));
        openObservatory();
        WebElement map = driver.findElement(By.id("map"));
        WebElement panel = driver.findElement(By.id("panel"));
        assertThat(map.getSize().getWidth()).isLessThanOrEqualTo(390);
        assertThat(panel.getSize().getWidth()).isLessThanOrEqualTo(390);
        assertThat(map.getSize().getHeight()).isPositive();
        screenshot("observatory-phone");
    }

    @Test
    void theClaimBoxShowsAVerdictWithItsSources() {
        openObservatory();
        driver.findElement(By.id("tab-evidence")).click();
        type("claim-text", "bilateral trade reached US$23.1 billion in 2024");
        driver.findElement(By.id("claim-button")).click();
        waitFor(Duration.ofSeconds(15), () -> count("#claim-result .claim") > 0, "the verdict");
        String verdict = driver.findElement(By.id("verdict-0")).getText().toLowerCase(java.util.Locale.ROOT);
        assertThat(verdict).containsAnyOf("supported", "contradicted", "unverifiable");
        assertThat(count("#claim-values-0 tbody tr")).isPositive();
        assertThat(driver.findElement(By.cssSelector("#claim-values-0 .sources .badge")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("claim-result")).getText()).contains("23.1", "tolerance");
        screenshot("observatory-claim");

        type("claim-publisher", "China Daily");
        driver.findElement(By.id("claim-button")).click();
        waitFor(Duration.ofSeconds(15), () -> count("#claim-result .verdict-unverifiable") > 0, "the own-publisher verdict");
        assertThat(driver.findElement(By.id("claim-result")).getText()).contains("own publisher");
        assertThat(consoleMessages(Level.SEVERE)).isEmpty();
    }

    @Test
    void anUrduAndChineseArticleIsShownEachParagraphInItsDirection() {
        openObservatory();
        driver.findElement(By.id("tab-evidence")).click();
        // sentences of the gold set (evidence/src/test/resources/chinese-urdu-claims.csv)
        String article = "لاہور: سکھر سے ملتان موٹروے ایم فائیو کھول دی گئی، دونوں شہروں کے درمیان موٹروے کا سفر 392 کلو میٹر ہے۔\n\n"
                + "由中国建筑股份有限公司承建的白沙瓦至卡拉奇高速公路(木尔坦至苏库尔段)全长392公里,是中巴经济走廊最大交通基础设施项目。";
        WebElement box = driver.findElement(By.id("article-text"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", box, article);
        driver.findElement(By.id("article-button")).click();
        waitFor(Duration.ofSeconds(15), () -> count("#article-marked mark.figure-mark") == 2, "the marked article");
        List<WebElement> marks = driver.findElements(By.cssSelector("#article-marked mark.figure-mark"));
        assertThat(marks).extracting(WebElement::getText).containsExactly("392 کلو میٹر", "392公里");
        assertThat(marks).extracting(m -> m.getAttribute("class"))
                .containsOnly("figure-mark verdict-supported");
        List<WebElement> lines = driver.findElements(By.cssSelector("#article-marked .article-line"));
        assertThat(lines).extracting(l -> l.getAttribute("dir")).containsOnly("auto");
        assertThat(lines).extracting(l -> (String) ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(arguments[0]).direction;", l)).containsExactly("rtl", "ltr", "ltr");
        assertThat(driver.findElement(By.id("article-text")).getAttribute("dir")).isEqualTo("auto");
        screenshot("observatory-article-urdu-chinese");
        assertThat(consoleMessages(Level.SEVERE)).isEmpty();
    }

    @Test
    void aPastedArticleIsReportedWithEveryFigureMarkedInItsText() {
        openObservatory();
        driver.findElement(By.id("tab-evidence")).click();
        String article = "Publisher: China Daily\nPublished: 2025-08-25\n\nAccording to Chinese customs, bilateral trade "
                + "reached $23.1 billion in 2024, an increase of 11.1 percent from the previous year.\n\nHe said the CPEC "
                + "created 236,000 direct jobs over the past decade. The Tashkurgan-Khunjerab road is 146 km long, "
                + "and trade jumped 59 percent in 2021.";
        WebElement box = driver.findElement(By.id("article-text"));
        box.clear();
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", box, article);
        driver.findElement(By.id("article-button")).click();
        waitFor(Duration.ofSeconds(15), () -> count("#article-marked mark.figure-mark") > 0, "the marked article");
        List<WebElement> marks = driver.findElements(By.cssSelector("#article-marked mark.figure-mark"));
        assertThat(marks).extracting(WebElement::getText)
                .containsExactly("$23.1 billion", "11.1 percent", "236,000", "146 km", "59 percent");
        assertThat(marks).extracting(m -> m.getAttribute("class")).containsExactly(
                "figure-mark verdict-unverifiable", "figure-mark verdict-unverifiable", "figure-mark verdict-disputed",
                "figure-mark verdict-disputed", "figure-mark verdict-supported");
        assertThat(driver.findElement(By.id("article-summary")).getText()).contains("5 figures", "China Daily",
                "2025-08-25");
        assertThat(driver.findElement(By.id("article-marked")).getText()).contains("According to Chinese customs")
                .doesNotContain("Publisher:");
        assertThat(driver.findElement(By.id("article-claim-2")).getText()).contains("Sources in the data disagree",
                "155,000");
        ((JavascriptExecutor) driver).executeScript(
                "document.getElementById('article-summary').scrollIntoView({block: 'start'});");
        screenshot("observatory-article");
        marks.get(3).click();
        assertThat(consoleMessages(Level.SEVERE)).isEmpty();
    }

    @Test
    void anEmptyArticleShowsTheApisMessage() {
        openObservatory();
        driver.findElement(By.id("tab-evidence")).click();
        ((JavascriptExecutor) driver).executeScript(
                "document.getElementById('article-text').value = '   ';"
                        + "document.getElementById('article-form').requestSubmit();");
        waitFor(Duration.ofSeconds(10), () -> count("#article-result .error") > 0, "the error message");
        assertThat(driver.findElement(By.id("article-result")).getText()).contains("the article is empty");
    }

    @Test
    void aClaimWithoutAFigureShowsTheApisMessage() {
        openObservatory();
        driver.findElement(By.id("tab-evidence")).click();
        type("claim-text", "CPEC is a game changer");
        driver.findElement(By.id("claim-button")).click();
        waitFor(Duration.ofSeconds(10), () -> count("#claim-result .error") > 0, "the error message");
        assertThat(driver.findElement(By.id("claim-result")).getText()).isNotBlank();
    }

    @Test
    void theNearToolListsMineralAreasAndHighlightsThem() {
        openObservatory();
        driver.findElement(By.id("tab-evidence")).click();
        type("near-km", "50");
        driver.findElement(By.id("near-button")).click();
        int expected = new corridor.evidence.proximity.Proximity(api.dataset).near(corridor.evidence.proximity.NearLayer.MINERALS, 50,
                List.of()).size();
        waitFor(Duration.ofSeconds(15), () -> count("#near-table tbody tr") > 0, "the mineral areas near the corridor");
        assertThat(count("#near-table tbody tr")).isEqualTo(expected);
        assertThat(count("path.near-hit")).isEqualTo(expected);
        assertThat(driver.findElement(By.id("near-table")).getText()).contains("km", "nearest seaport", "nearest railhead");
        screenshot("observatory-near");
        driver.findElement(By.id("tab-layers")).click();
        assertThat(count("path.near-hit")).isZero();
        assertThat(consoleMessages(Level.SEVERE)).isEmpty();
    }

    @Test
    void theProjectsTableFiltersBySector() {
        openObservatory();
        driver.findElement(By.id("tab-projects")).click();
        waitFor(Duration.ofSeconds(15), () -> count("#projects-table tbody tr") > 0, "the projects table");
        assertThat(count("#projects-table tbody tr")).isEqualTo(api.dataset.projects().size());
        assertThat(driver.findElement(By.id("projects-table")).getText()).contains("unknown");
        // the summary by sector sets the published list's count beside the dataset's, with who, when and the source
        waitFor(Duration.ofSeconds(15), () -> count("#projects-summary-table td.published-list") > 0, "the published list column");
        assertThat(driver.findElement(By.cssSelector("#projects-summary-table thead")).getText()).contains("published list");
        org.openqa.selenium.WebElement social = driver.findElement(By.cssSelector("#projects-summary-table tr[data-key='social'] td.published-list"));
        assertThat(social.findElement(By.className("published-count")).getText()).isEqualTo("27");
        long socialProjects = api.dataset.projects().stream().filter(p -> p.sector() == corridor.model.record.Sector.SOCIAL).count();
        assertThat(socialProjects).isLessThan(27);
        assertThat(social.getText()).contains("Daily Pakistan · 2019-12").contains("dataset −" + (27 - socialProjects));
        assertThat(social.findElement(By.tagName("a")).getAttribute("href")).startsWith("https://en.dailypakistan.com.pk/");
        assertThat(driver.findElement(By.cssSelector("#projects-summary-table tr[data-key='transport'] td.published-list"))
                .getText()).isEqualTo("unknown");
        assertThat(driver.findElement(By.id("projects-summary-lists")).getText()).contains("named in no source");

        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("projects-sector"))).selectByValue("energy");
        long energy = api.dataset.projects().stream().filter(p -> p.sector() == corridor.model.record.Sector.ENERGY).count();
        waitFor(Duration.ofSeconds(15), () -> count("#projects-table tbody tr") == energy, "the energy projects");
        assertThat(driver.findElements(By.cssSelector("#projects-table td.sector"))).allMatch(td -> td.getText().equals("energy"));
        assertThat(driver.findElement(By.cssSelector("#projects-summary-table tfoot")).getText()).contains(String.valueOf(energy));
        assertThat(count("#projects-table .sources .badge")).isPositive();
        screenshot("observatory-projects");
        assertThat(consoleMessages(Level.SEVERE)).isEmpty();
        assertThat(driver.getCurrentUrl()).endsWith("#projects");
    }

    @Test
    void withoutMonitoringDataThePerformanceTabSaysHowToLoadItAndShowsASimulatedMonth() {
        openObservatory();
        driver.findElement(By.id("tab-performance")).click();
        waitFor(Duration.ofSeconds(10), () -> driver.findElement(By.id("perf-empty")).isDisplayed(), "the empty state");
        assertThat(driver.findElement(By.id("perf-how")).getText()).contains("simulate-fleet", "monitor ingest",
                "--monitor-state");
        // the simulated month is generated at its first request: give it time on a busy machine
        waitFor(Duration.ofSeconds(120), () -> count("path.perf-link") > 0, "the simulated month's links on the map");
        assertThat(driver.findElement(By.id("perf-simulated")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("perf-simulated")).getText()).contains("Simulated", "not observations");
        assertThat(driver.findElement(By.id("perf-summary")).getText()).startsWith("Simulated");
        assertThat(driver.findElement(By.id("perf-legend")).getText()).contains("simulated");
        List<WebElement> headings = driver.findElements(By.cssSelector("#perf-content h3"));
        assertThat(headings).isNotEmpty().allSatisfy(h -> assertThat(h.getText()).endsWith("simulated"));
        assertThat(count("#perf-sections-svg rect.bar")).isPositive();
        assertThat(count("#perf-reliability-svg rect.bar")).isPositive();
        assertThat(driver.findElement(By.id("perf-sections-values")).getText()).contains("Khunjerab–Islamabad");
        screenshot("observatory-performance-simulated");
        assertThat(consoleMessages(Level.SEVERE)).isEmpty();
    }

    @Test
    void thePerformanceTabShowsColouredLinksAndTheBorderPanel() {
        openObservatory(monitored);
        driver.findElement(By.id("tab-performance")).click();
        waitFor(Duration.ofSeconds(20), () -> count("path.perf-link") > 0, "the links coloured by speed");
        java.util.Set<String> colours = new java.util.HashSet<>();
        driver.findElements(By.cssSelector("path.perf-link")).forEach(p -> colours.add(p.getAttribute("stroke")));
        assertThat(colours).hasSizeGreaterThan(1);
        assertThat(driver.findElement(By.id("perf-legend")).getText()).contains("km/h");
        assertThat(count("#perf-border-svg rect.bar")).isPositive();
        assertThat(driver.findElement(By.id("perf-border-values")).getText()).contains("Khunjerab", "2025-05");
        assertThat(count("#perf-speed-svg rect.bar")).isPositive();
        assertThat(count("#perf-port-svg rect.bar")).isPositive();
        assertThat(driver.findElement(By.id("perf-empty")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("perf-simulated")).isDisplayed()).isFalse();
        assertThat(count("#perf-content .badge.simulated")).isZero();
        assertThat(driver.findElement(By.id("perf-summary")).getText()).doesNotStartWith("Simulated");
        waitFor(Duration.ofSeconds(10), () -> count("#perf-sections-svg rect.bar") > 0, "the section percentiles");
        assertThat(count("#perf-reliability-svg rect.bar")).isPositive();
        assertThat(count("#perf-trend-svg rect.bar")).isPositive();
        assertThat(driver.findElement(By.id("perf-sections-values")).getText()).contains("trips");
        screenshot("observatory-performance");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('perf-port-chart').scrollIntoView()");
        screenshot("observatory-performance-charts");

        com.fasterxml.jackson.databind.JsonNode june = monitored.get("/api/monitor/links.geojson?month=2025-06").json();
        int juneHubs = 0;
        for (com.fasterxml.jackson.databind.JsonNode f : june.get("features")) {
            juneHubs += f.get("geometry").get("type").asText().equals("Point") ? 1 : 0;
        }
        int expectedHubs = juneHubs;
        int expectedLinks = june.get("features").size() - juneHubs;
        assertThat(count("path.perf-hub") + count("path.perf-link")).isGreaterThan(expectedHubs + expectedLinks);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("perf-month"))).selectByValue("2025-06");
        waitFor(Duration.ofSeconds(10), () -> count("path.perf-hub") == expectedHubs
                && count("path.perf-link") == expectedLinks, "the links and hubs of June");
        driver.findElement(By.id("tab-layers")).click();
        assertThat(count("path.perf-link")).isZero();
        assertThat(consoleMessages(Level.SEVERE)).isEmpty();
    }

    @Test
    void theProjectsViewFitsAPhone() {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(api.base() + "/#projects");
        waitFor(Duration.ofSeconds(30), () -> count("#projects-table tbody tr") > 0, "the projects table on a phone");
        Object pageWidth = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
        assertThat(((Number) pageWidth).intValue()).isLessThanOrEqualTo(390);
        screenshot("observatory-projects-phone");
    }
}
