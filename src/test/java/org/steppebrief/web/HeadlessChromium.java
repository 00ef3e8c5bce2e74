package org.steppebrief.web;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a test class, driven by the ChromeDriver the system installed, so that
 * Selenium Manager never tries to download a browser or driver (CI has no internet).
 */
final class HeadlessChromium implements AutoCloseable {
  /** Screenshots go outside the repository: they are for looking at, not for committing. */
  static final Path SCREENSHOTS = Path.of("/tmp/steppe-screenshots");

  static final Dimension WIDE = new Dimension(1280, 900);
  static final Dimension PHONE = new Dimension(375, 812);

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final Duration PAGE_WAIT = Duration.ofSeconds(10);

  /**
   * Selenium warns at every start that the installed Chromium is newer than the DevTools protocol
   * versions it bundles; these tests never use Selenium's DevTools client (the one DevTools
   * command, for screenshots, goes through ChromeDriver). Held here so the level is not lost to
   * garbage collection.
   */
  private static final Logger CDP_LOG = quiet("org.openqa.selenium.devtools");

  private final ChromeDriver driver;

  private HeadlessChromium(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Starts Chromium with a fresh profile in {@code profile} (a temporary folder). */
  static HeadlessChromium start(Path profile) {
    if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
      throw new IllegalStateException(
          "browser tests need /usr/bin/chromium and /usr/bin/chromedriver:"
              + " run bin/test, which installs them");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile.toAbsolutePath(),
        "--window-size=" + WIDE.getWidth() + "," + WIDE.getHeight());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER)
            .usingAnyFreePort()
            .withLogOutput(OutputStream.nullOutputStream())
            .build();
    return new HeadlessChromium(new ChromeDriver(service, options));
  }

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.SEVERE);
    return logger;
  }

  ChromeDriver driver() {
    return driver;
  }

  /** A fresh visitor to {@code base}: no learner cookie, no instructor session. */
  void forgetVisitor(String base) {
    // Cookies can only be deleted for the site the browser is on. An HTML page, because for
    // anything else Chromium asks for /favicon.ico, whose 404 page would set a new CSRF cookie
    // after these are gone, and the next form would then be refused as expired.
    driver.get(base + "/");
    driver.manage().deleteAllCookies();
  }

  void resize(Dimension size) {
    driver.manage().window().setSize(size);
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  long number(String js, Object... args) {
    return ((Number) script(js, args)).longValue();
  }

  /** Clicks something that loads another page, and waits until that page has loaded. */
  void clickToLoad(WebElement element) {
    loading(element::click);
  }

  /**
   * Does {@code action}, which loads another page, and waits until that page has loaded. A page is
   * told from the next by its time origin, which every document load sets anew: waiting for the old
   * element to go stale races with ChromeDriver, which may report a node from the unloading page as
   * not belonging to its document instead of as stale.
   */
  void loading(Runnable action) {
    Object before = script("return performance.timeOrigin");
    action.run();
    new WebDriverWait(driver, PAGE_WAIT)
        .ignoring(WebDriverException.class)
        .until(
            d ->
                !before.equals(script("return performance.timeOrigin"))
                    && "complete".equals(script("return document.readyState")));
  }

  /**
   * Saves the whole page, not only the visible part, as /tmp/steppe-screenshots/NAME.png, laid out
   * exactly as the tests saw it (the window is not resized to fit, which would lay it out anew).
   */
  Path screenshot(String name) {
    Path file = SCREENSHOTS.resolve(name + ".png");
    Map<String, Object> page =
        Map.of(
            "x", 0,
            "y", 0,
            "width", number("return document.documentElement.clientWidth"),
            "height", number("return document.documentElement.scrollHeight"),
            "scale", 1);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", page));
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
