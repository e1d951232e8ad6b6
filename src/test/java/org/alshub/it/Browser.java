package org.alshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with both paths given so Selenium Manager never
 * tries to download a driver. Every page visited can be checked with axe-core.
 *
 * <p>Chromium is started once for the run, not once per test: a browser closed by a test goes back
 * to a pool (one per JavaScript setting), and the next test gets it with every cookie and the site's
 * storage cleared (its cache of the GOV.UK assets kept), on a blank page, at the usual window size.
 * A second Chromium with the same setting starts only while a test drives two people at once; all
 * of them quit when the run ends.
 */
final class Browser implements AutoCloseable {

    /** Where Debian's packages put them; the failsafe configuration in pom.xml can point elsewhere. */
    static final Path CHROMIUM = Path.of(System.getProperty("als.browser.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("als.browser.chromedriver", "/usr/bin/chromedriver"));
    /** Set by CI (.ci/run), so a machine without the browser fails instead of skipping. */
    static final boolean REQUIRED = Boolean.getBoolean("als.browser.required");
    static final String SKIPPED = "browser tests skipped: install chromium and chromium-driver (apt) to run them";
    private static final AtomicBoolean toldSkipped = new AtomicBoolean();

    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** Browsers no test is using, by whether JavaScript is on; every one started, to quit at the end. */
    private static final Map<Boolean, Deque<ChromeDriver>> IDLE = new ConcurrentHashMap<>();
    private static final List<ChromeDriver> STARTED = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STARTED.forEach(Browser::quit)));
    }

    final ChromeDriver driver;
    private final URI base;
    private final boolean javascript;
    /** Every page checked with axe in this browser, and what it found: the report's figures. */
    final List<String> checked = new ArrayList<>();

    private Browser(URI base, boolean javascript) {
        this.base = base;
        this.javascript = javascript;
        this.driver = take(base, javascript);
    }

    /** An idle browser with this setting, cleared for a new test, or a new one when none is idle. */
    private static ChromeDriver take(URI base, boolean javascript) {
        for (ChromeDriver idle = poll(javascript); idle != null; idle = poll(javascript)) {
            try {
                clear(idle, base);
                return idle;
            } catch (WebDriverException broken) {
                STARTED.remove(idle);
                quit(idle);
            }
        }
        ChromeDriver started = launch(javascript);
        STARTED.add(started);
        return started;
    }

    private static ChromeDriver poll(boolean javascript) {
        return IDLE.computeIfAbsent(javascript, key -> new ConcurrentLinkedDeque<>()).pollFirst();
    }

    /**
     * As a new browser would be: no cookies, no storage for the site, one blank tab, the usual size.
     * Its cache is kept, as a returning visitor's is: the GOV.UK styles, scripts and fonts are not
     * fetched again for every test.
     */
    private static void clear(ChromeDriver driver, URI base) {
        List<String> tabs = new ArrayList<>(driver.getWindowHandles());
        for (String tab : tabs.subList(1, tabs.size())) {
            driver.switchTo().window(tab).close();
        }
        driver.switchTo().window(tabs.get(0));
        driver.get("about:blank");
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        String origin = base.getScheme() + "://" + base.getHost() + (base.getPort() < 0 ? "" : ":" + base.getPort());
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }

    private static ChromeDriver launch(boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1000");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    private static void quit(ChromeDriver driver) {
        try {
            driver.quit();
        } catch (WebDriverException alreadyGone) {
            // nothing left to stop
        }
    }

    static Browser start(Api api, boolean javascript) {
        requireInstalled();
        return new Browser(api.uri("/"), javascript);
    }

    /**
     * Without Chromium or its driver (a fresh machine has neither) the test is skipped, and the
     * run says so once; under als.browser.required it fails, so CI never skips them unseen.
     */
    static void requireInstalled() {
        List<Path> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(p -> !Files.isExecutable(p)).toList();
        if (missing.isEmpty()) {
            return;
        }
        if (REQUIRED) {
            fail("als.browser.required is set, but " + missing.stream().map(Path::toString)
                    .collect(Collectors.joining(" and ")) + " cannot be run: install chromium and chromium-driver (apt)");
        }
        if (toldSkipped.compareAndSet(false, true)) {
            System.out.println(SKIPPED);
        }
        Assumptions.abort(SKIPPED);
    }

    void open(String path) {
        driver.get(base.resolve(path.startsWith("/") ? path.substring(1) : path).toString());
    }

    String path() {
        URI now = URI.create(driver.getCurrentUrl());
        return now.getRawPath() + (now.getRawQuery() == null ? "" : "?" + now.getRawQuery());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /**
     * The first element so found on this list page or a later one, following "Next" as a person
     * would: on the server the tests share, other tests' records may fill the first pages.
     */
    WebElement findOnSomePage(By by) {
        for (int page = 0; page < 100; page++) {
            List<WebElement> found = driver.findElements(by);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            List<WebElement> next = all(".govuk-pagination__next a");
            if (next.isEmpty()) {
                break;
            }
            click(next.get(0));
        }
        throw new NoSuchElementException("no page from here on has " + by);
    }

    String text(String css) {
        return find(css).getText();
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void submit() {
        click("main form[method='post'] button[type='submit']");
    }

    /** Clicks and waits for the next page: a click returns before the browser has left the old one. */
    void click(String css) {
        click(find(css));
    }

    void click(WebElement element) {
        WebElement page = find("html");
        element.click();
        waitToLeave(page);
    }

    /** Waits until the browser has left the page whose root element this is. */
    void waitToLeave(WebElement page) {
        // asked every 20 ms, not every half second (Selenium's default): most pages are there in less
        new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(20)).until(d -> left(page));
    }

    /**
     * Whether the browser has left the page this element was on. Chromium 150 sometimes reports
     * such an element not as stale but as "Node with given id does not belong to the document":
     * the same news, in other words.
     */
    private static boolean left(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    void signIn(String email, String password) {
        if (!path().startsWith("/sign-in")) {
            open("/sign-in");
        }
        type("email", email);
        type("password", password);
        submit();
    }

    /** Runs axe-core at the WCAG 2.2 AA tags on the page as it is now; fails on any violation. */
    void assertAccessible(String what) {
        // axe.run in the page itself: the same rules and results on our pages (they have no frames),
        // in about half the time of the default, which runs each frame apart and then gathers the
        // results in a new blank tab (0.45 against 0.85 s a page here)
        Results results = new AxeBuilder().withTags(WCAG_AA).setLegacyMode(true).analyze(driver);
        List<Rule> violations = results.getViolations();
        checked.add(what + " (" + path() + "): " + violations.size() + " violations, "
                + results.getPasses().size() + " rules passed");
        assertTrue(violations.isEmpty(), what + " at " + path() + " has accessibility violations:\n"
                + violations.stream().map(v -> v.getId() + ": " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> n.getTarget() + " " + n.getHtml()).collect(Collectors.joining("; ")))
                .collect(Collectors.joining("\n")));
    }

    /** At 320 CSS pixels wide (WCAG 1.4.10 reflow) the page must not scroll sideways. */
    void assertFitsNarrowScreen(String what) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        try {
            driver.navigate().refresh();
            JavascriptExecutor js = driver;
            long inner = ((Number) js.executeScript("return window.innerWidth")).longValue();
            long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
            assertEquals(320, inner, "the viewport is 320 px wide");
            assertTrue(scroll <= inner, what + " scrolls sideways at 320 px: scrollWidth " + scroll);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            driver.navigate().refresh();
        }
    }

    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hands the browser back for the next test (cleared when it is taken). */
    @Override
    public void close() {
        System.out.println("axe-core, WCAG 2.2 AA tags:\n  " + String.join("\n  ", checked));
        IDLE.computeIfAbsent(javascript, key -> new ConcurrentLinkedDeque<>()).addFirst(driver);
    }
}
