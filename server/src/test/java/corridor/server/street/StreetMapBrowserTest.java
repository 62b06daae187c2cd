package corridor.server.street;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.server.testing.Chromium;
import corridor.server.testing.ImportedRoads;
import corridor.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The observatory of a dataset with the real Islamabad extract imported, in real headless Chromium: the
 * "Streets" layer draws the road tiles (Leaflet.VectorGrid, vendored), by class at the zooms they matter, with
 * names on hover, and a route on streets is drawn along the street geometry.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreetMapBrowserTest {

    private static final String FROM = "Islamabad";
    private static final String TO = "ICT Model Industrial City (Islamabad)";

    private TestServer islamabad;
    private WebDriver driver;
    private Path profiles;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        Chromium.require();
        islamabad = new TestServer(dir.resolve("isb"), ImportedRoads.ISLAMABAD.dataset());
        profiles = Files.createDirectories(dir.resolve("chromium-profile"));
    }

    @AfterAll
    void stop() {
        if (islamabad != null) {
            islamabad.close();
        }
    }

    @BeforeEach
    void openBrowser() throws IOException {
        driver = Chromium.open(profiles);
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private int count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(code, arguments);
    }

    private int zoom() {
        return Integer.parseInt(driver.findElement(By.id("map")).getAttribute("data-zoom"));
    }

    private void waitFor(String what, java.util.function.BooleanSupplier condition) {
        Chromium.waitFor(driver, Duration.ofSeconds(30), condition, what);
    }

    @Test
    void aRouteAcrossIslamabadIsDrawnAlongTheStreetsWhichShowTheirNamesAndClassesByZoom() {
        Chromium.openObservatory(driver, islamabad.base());
        assertThat(driver.findElement(By.id("streets-toggle")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("legend")).getText()).contains("street: primary (from zoom 8)",
                "street: residential (from zoom 13)");

        driver.findElement(By.id("tab-plan")).click();
        for (String mode : List.of("rail", "sea")) {
            driver.findElement(By.cssSelector("input[name=mode][value=" + mode + "]")).click();
        }
        type("from", FROM);
        type("to", TO);
        driver.findElement(By.id("plan-button")).click();
        waitFor("the leg table", () -> count("#leg-table tbody tr") > 0);

        // The map fits the route: the city at zoom 11 or 12, its main streets drawn from the tiles.
        waitFor("the map at the route", () -> zoom() >= 11);
        waitFor("streets drawn from the tiles", () -> count("path.street") > 100);
        assertThat(count("path.street-primary") + count("path.street-trunk")).isPositive();
        assertThat(count("path.street-residential")).as("residential streets below zoom 13").isZero();

        // The route is drawn as the streets run: as many lines as street legs, with their bends.
        JsonNode route = islamabad.get("/api/route?modes=road&from=" + TestServer.encode(FROM) + "&to="
                + TestServer.encode(TO)).json().get("route");
        long streetLegs = IntStream.range(0, route.get("legs").size())
                .filter(i -> route.get("legs").get(i).path("link").asText().startsWith("osm-")).count();
        assertThat(streetLegs).isGreaterThan(20);
        assertThat(count("path.route-line")).isEqualTo((int) streetLegs);
        long vertices = ((Number) script("let n = 0; document.querySelectorAll('path.route-line').forEach((p) => {"
                + " n += (p.getAttribute('d').match(/[ML]/g) || []).length; }); return n;")).longValue();
        assertThat(vertices).as("vertices of the drawn route").isGreaterThan(2 * streetLegs);
        Chromium.screenshot(driver, "streets-route");

        // At street level the residential streets and then the service roads appear.
        zoomInTo(14);
        waitFor("residential streets and service roads at zoom 14",
                () -> count("path.street-residential") > 20 && count("path.street-service") > 0);

        // A street's name, class and OSM way on hover.
        Set<String> names = IntStream.range(0, islamabad.dataset.roads().segmentCount())
                .mapToObj(islamabad.dataset.roads()::name).filter(n -> !n.isEmpty()).collect(Collectors.toSet());
        String tooltip = hover("path.street-residential");
        assertThat(tooltip).matches(".+ · residential · OSM way \\d+");
        String named = IntStream.range(0, 40).mapToObj(i -> hover("path.street", i)).filter(t -> !t.startsWith("unnamed"))
                .findFirst().orElseThrow(() -> new AssertionError("no named street among the first 40 drawn"));
        assertThat(names).as("the names of the extract").anyMatch(n -> named.startsWith(n + " · ") || named.startsWith(n + " ("));
        Chromium.screenshot(driver, "streets-zoom-14");

        // The layer toggles off and on.
        driver.findElement(By.id("tab-layers")).click();
        driver.findElement(By.id("layer-streets")).click();
        assertThat(count("path.street")).isZero();
        driver.findElement(By.id("layer-streets")).click();
        waitFor("the streets again", () -> count("path.street") > 0);
        assertThat(Chromium.consoleMessages(driver, Level.SEVERE)).isEmpty();
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void zoomInTo(int target) {
        while (zoom() < target) {
            int before = zoom();
            driver.findElement(By.cssSelector(".leaflet-control-zoom-in")).click();
            waitFor("zoom " + (before + 1), () -> zoom() > before);
        }
    }

    private String hover(String css) {
        return hover(css, 0);
    }

    /** Moves the pointer onto the {@code index}-th element matching {@code css} and gives the street tooltip's text. */
    private String hover(String css, int index) {
        script("const path = document.querySelectorAll(arguments[0])[arguments[1]];"
                + " const box = path.getBoundingClientRect();"
                + " path.dispatchEvent(new MouseEvent('mouseover', {bubbles: true, clientX: box.x + box.width / 2,"
                + " clientY: box.y + box.height / 2}));", css, index);
        waitFor("the tooltip of a street", () -> count(".street-tooltip") > 0);
        String text = driver.findElement(By.cssSelector(".street-tooltip")).getText();
        script("document.querySelectorAll(arguments[0])[arguments[1]].dispatchEvent(new MouseEvent('mouseout', {bubbles: true}));",
                css, index);
        waitFor("the tooltip to close", () -> count(".street-tooltip") == 0);
        return text;
    }
}
