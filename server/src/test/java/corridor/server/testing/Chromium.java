package corridor.server.testing;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.fail;

/**
 * Real headless Chromium for the browser tests (Debian's chromium and chromium-driver), driven by Selenium.
 * Under CI ({@code CI=true}) a missing browser fails the tests; elsewhere they are skipped with a message.
 */
public final class Chromium {

    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** Where the tests' screenshots go. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    /** Skips the calling tests (fails them under CI) when Chromium or ChromeDriver is missing. */
    public static void require() {
        if (Files.isExecutable(BINARY) && Files.isExecutable(DRIVER)) {
            return;
        }
        String why = "Chromium or ChromeDriver is missing (" + BINARY + ", " + DRIVER
                + "); run .ci/setup to install Debian's chromium and chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(why);
        }
        Assumptions.abort(why);
    }

    /**
     * A new headless browser, 1400 × 900, with a fresh profile under {@code profiles} and its console kept
     * (read it with {@code driver.manage().logs().get(LogType.BROWSER)}). The caller quits it.
     */
    public static WebDriver open(Path profiles) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,900",
                "--user-data-dir=" + Files.createTempDirectory(profiles, "run").toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Opens the observatory at {@code base} and waits until the page says it is ready (body[data-ready]). */
    public static void openObservatory(WebDriver driver, String base) {
        driver.get(base + "/");
        waitFor(driver, Duration.ofSeconds(30), () -> "true".equals(driver.findElement(By.tagName("body"))
                .getAttribute("data-ready")), "the page to load (body[data-ready])");
    }

    /** Waits for {@code condition}; on timeout saves a screenshot and fails naming {@code what} and the console. */
    public static void waitFor(WebDriver driver, Duration timeout, BooleanSupplier condition, String what) {
        try {
            new WebDriverWait(driver, timeout).until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot(driver, "timeout");
            fail("waited " + timeout.toSeconds() + " s for " + what + "; console: " + consoleMessages(driver, Level.ALL));
        }
    }

    /** The browser console's messages at {@code atLeast} or above since the last call. */
    public static List<String> consoleMessages(WebDriver driver, Level atLeast) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= atLeast.intValue()).map(LogEntry::getMessage).toList();
    }

    /** Saves what the browser shows as {@code target/screenshots/NAME.png}. */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = Files.createDirectories(SCREENSHOTS).resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("cannot save a screenshot", e);
        }
    }
}
