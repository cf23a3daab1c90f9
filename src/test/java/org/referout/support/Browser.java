package org.referout.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for the browser tests, with the flags this machine needs (no network, no sandbox
 * as root), screenshots under target/screenshots and an axe-core accessibility check.
 */
public final class Browser {

    public static final Dimension TABLET = new Dimension(1024, 1366);
    public static final Dimension PHONE = new Dimension(390, 844);

    private Browser() {
    }

    public static WebDriver start(Dimension size) {
        try {
            Path profile = Files.createTempDirectory("referout-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(onPath("chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--user-data-dir=" + profile,
                    "--window-size=" + size.getWidth() + "," + size.getHeight());
            ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(onPath("chromedriver")))
                .usingAnyFreePort()
                .build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(size);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
            return driver;
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path screenshot(WebDriver driver, String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return target;
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs axe-core (from npm, installed under src/test/js by .ci/run) in the page and returns the violations
     * of impact "serious" or "critical" as "rule: description (n nodes)" lines.
     */
    @SuppressWarnings("unchecked")
    public static List<String> seriousAccessibilityViolations(WebDriver driver) {
        Path axe = Path.of("src/test/js/node_modules/axe-core/axe.min.js");
        if (!Files.exists(axe)) {
            throw new IllegalStateException("axe-core is missing: run 'npm ci' (or npm install) in src/test/js");
        }
        try {
            JavascriptExecutor js = (JavascriptExecutor) driver;
            js.executeScript(Files.readString(axe));
            Object result = js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({
                        id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,
                        targets: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))))
                       .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: 0, targets: []}]));""");
            return ((List<Map<String, Object>>) result).stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("id") + ": " + v.get("help") + " (" + v.get("nodes") + " nodes, e.g. "
                        + v.get("targets") + ")")
                .toList();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void type(WebDriver driver, String id, String text) {
        org.openqa.selenium.WebElement field = driver.findElement(org.openqa.selenium.By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Date and range inputs take locale-specific keystrokes; set the value the form submits. */
    public static void setValue(WebDriver driver, String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                driver.findElement(org.openqa.selenium.By.id(id)), value);
    }

    public static void click(WebDriver driver, org.openqa.selenium.WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Scale and toggle inputs are visually hidden; a person taps the label, and so does a test. */
    public static void tap(WebDriver driver, String inputId) {
        var labels = driver.findElements(org.openqa.selenium.By.cssSelector("label[for='" + inputId + "']"));
        if (labels.isEmpty()) {
            screenshot(driver, "missing-" + inputId);
            throw new AssertionError("no control " + inputId + " on " + driver.getCurrentUrl());
        }
        click(driver, labels.get(0));
        if (!driver.findElement(org.openqa.selenium.By.id(inputId)).isSelected()) {
            throw new AssertionError(inputId + " was tapped but is not selected");
        }
    }

    public static void submit(WebDriver driver) {
        clickAndLoad(driver, driver.findElement(org.openqa.selenium.By.cssSelector("main form button[type='submit']")));
    }

    /**
     * Clicks a control that loads a new page (a form post and its redirect) and waits until the new page has
     * replaced the old one: reading the next element at once could find it still on the old page, which then goes
     * stale under the test.
     */
    public static void clickAndLoad(WebDriver driver, org.openqa.selenium.WebElement element) {
        // a mark on the old page's window: a loaded page has a new window object without it (probing the old
        // page's nodes instead fails in Chromium with errors other than "stale element")
        ((JavascriptExecutor) driver).executeScript("window.referoutOldPage = true");
        click(driver, element);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
            .ignoring(org.openqa.selenium.WebDriverException.class)
            .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return window.referoutOldPage === undefined && document.readyState === 'complete'")));
    }

    /**
     * A program of the machine's packages (Debian's chromium and chromium-driver install to /usr/bin), found on the
     * PATH so that a machine that installs them elsewhere runs the browser tests too.
     */
    static String onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException(program + " is not on the PATH; install Debian's chromium and chromium-driver");
    }
}
