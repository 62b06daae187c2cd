package corridor.server.street;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.server.testing.Chromium;
import corridor.server.testing.ImportedRoads;
import corridor.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 26: a GPS trace matched in the page, in real headless Chromium, on the real Andorra extract with the
 * real trace recorded there: the file chosen in the planner is sent to {@code POST /api/match}, the path
 * along the streets is drawn with every point, and the length and the ways driven are those of the API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceMatchBrowserTest {

    /** The trace's own length, km (issue 26). */
    private static final double TRACE_KM = 0.675;

    private TestServer andorra;
    private WebDriver driver;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        Chromium.require();
        andorra = new TestServer(dir.resolve("and"), ImportedRoads.ANDORRA.dataset());
        driver = Chromium.open(Files.createDirectories(dir.resolve("chromium-profile")));
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (andorra != null) {
            andorra.close();
        }
    }

    @Test
    void aTraceChosenInThePlannerIsDrawnAlongTheStreetsWithItsLengthAndWays() throws IOException {
        String gpx = Files.readString(ImportedRoads.ANDORRA_TRACE);
        JsonNode path = pathOf(andorra.post("/api/match?format=geojson", gpx, null).json());
        List<String> expectedWays = new ArrayList<>();
        path.get("properties").get("ways").forEach(w -> expectedWays.add(!w.path("name").asText().isEmpty()
                ? w.get("name").asText() : !w.path("ref").asText().isEmpty() ? w.get("ref").asText()
                : "OSM way " + w.get("way_id").asText()));

        Chromium.openObservatory(driver, andorra.base());
        driver.findElement(By.id("tab-plan")).click();
        WebElement section = driver.findElement(By.id("trace-section"));
        assertThat(section.isDisplayed()).isTrue();
        driver.findElement(By.id("trace-file")).sendKeys(ImportedRoads.ANDORRA_TRACE.toAbsolutePath().normalize().toString());
        driver.findElement(By.id("trace-button")).click();
        Chromium.waitFor(driver, Duration.ofSeconds(30), () -> !driver.findElements(By.id("trace-summary")).isEmpty(),
                "the matched trace");

        String summary = driver.findElement(By.id("trace-summary")).getText();
        Matcher metres = Pattern.compile("(\\d+) m along the streets").matcher(summary);
        assertThat(metres.find()).as(summary).isTrue();
        assertThat(Double.parseDouble(metres.group(1)) / 1000)
                .isCloseTo(path.get("properties").get("length_km").asDouble(), within(0.001))
                .isCloseTo(TRACE_KM, within(TRACE_KM * 0.10));
        assertThat(summary).contains("21 of 21 points snapped");
        List<String> ways = driver.findElements(By.cssSelector("#trace-ways li")).stream()
                .map(li -> li.getText().replaceFirst(" \\d[\\d,.]* k?m$", "").replaceFirst(" \\(.*\\)$", "")).toList();
        assertThat(ways).isEqualTo(expectedWays);

        assertThat(driver.findElements(By.cssSelector("path.trace-point"))).hasSize(21);
        long vertices = ((Number) ((JavascriptExecutor) driver).executeScript("let n = 0;"
                + " document.querySelectorAll('path.trace-path').forEach((p) => {"
                + " n += (p.getAttribute('d').match(/[ML]/g) || []).length; }); return n;")).longValue();
        assertThat(vertices).as("vertices of the drawn path").isGreaterThan(2);
        Chromium.screenshot(driver, "trace-matched");

        driver.findElement(By.id("trace-clear")).click();
        assertThat(driver.findElements(By.cssSelector("path.trace-path"))).isEmpty();
        assertThat(Chromium.consoleMessages(driver, Level.SEVERE)).isEmpty();
    }

    private static JsonNode pathOf(JsonNode collection) {
        for (JsonNode f : collection.get("features")) {
            if (f.get("properties").get("kind").asText().equals("path")) {
                return f;
            }
        }
        throw new AssertionError("no path in " + collection);
    }
}
