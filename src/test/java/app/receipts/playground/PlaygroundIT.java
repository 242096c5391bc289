package app.receipts.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The playground in a real browser: Debian's headless Chromium on a phone-sized window, driven by
 * Selenium against the real bot behind the stand-in. Every wait waits for an element or a file.
 */
@ExtendWith(PlaygroundIT.Screenshots.class)
class PlaygroundIT {
  private static final Duration WAIT = Duration.ofSeconds(30);

  /** Sample history enters 21 entries through the real handlers: slow on a busy machine. */
  private static final Duration HISTORY_WAIT = Duration.ofSeconds(180);

  private static final Path SCREENSHOTS = Path.of("target", "playground-screenshots");

  @TempDir static Path dir;
  private static Playground playground;
  private static WebDriver browser;
  private static Path downloads;
  private static boolean history;

  @BeforeAll
  static void start() throws IOException {
    playground =
        Playground.start(
            new PlaygroundOptions(0, "127.0.0.1", dir.resolve("playground.db")),
            Clock.systemUTC(),
            ZoneOffset.UTC);
    downloads = Files.createDirectories(dir.resolve("downloads"));
    browser = chromium(downloads);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (playground != null) {
      playground.close();
    }
  }

  @BeforeEach
  void openThePage() {
    browser.get(playground.url());
    waitFor(By.cssSelector("#channel-messages li.message"));
  }

  @Test
  void a_win_typed_into_the_composer_is_answered_with_the_bots_reply() {
    type("#composer-channel", "/win cut build time from 12 to 4 minutes");

    WebElement reply = messageContaining("#channel-messages", "cut build time from 12 to 4");
    assertTrue(reply.getText().contains("Only visible to you"), reply.getText());
    assertTrue(reply.getText().contains("Saved win"), reply.getText());
    // mrkdwn as Slack draws it: the bold metric, the quoted win
    assertTrue(
        reply.findElement(By.cssSelector(".blocks strong")).getText().startsWith("Saved win"),
        reply.getText());
    assertEquals(1, reply.findElements(By.cssSelector("blockquote")).size(), reply.getText());
    assertTrue(reply.findElement(By.cssSelector("[data-action-id='win-undo']")).isDisplayed());
  }

  @Test
  void blocks_it_cannot_draw_show_as_placeholders_naming_their_type() {
    String shown =
        (String)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return Blocks.render([{type: 'rich_text'}, {type: 'actions', elements:"
                        + " [{type: 'workflow_button', action_id: 'w',"
                        + " text: {type: 'plain_text', text: 'Go'}}]}], {}).textContent;");
    assertTrue(shown.contains("[block rich_text"), shown);
    assertTrue(shown.contains("[element workflow_button"), shown);
  }

  @Test
  void the_modal_opens_refuses_an_empty_win_and_saves_a_filled_one() {
    type("#composer-channel", "/win");
    WebElement modal = waitFor(By.cssSelector(".modal"));
    assertTrue(modal.getText().contains("Log a win"), modal.getText());

    modal.findElement(By.cssSelector(".modal-submit")).click();
    waitFor(By.cssSelector(".modal .has-error[data-block-id='text'] .field-error"));

    WebElement text =
        browser.findElement(By.cssSelector(".modal [data-block-id='text'] [data-action-id]"));
    text.sendKeys("Led the incident review for the queue outage");
    new Select(
            browser.findElement(
                By.cssSelector(".modal [data-block-id='competency'] select[data-action-id]")))
        .selectByValue("collaboration");
    browser.findElement(By.cssSelector(".modal-submit")).click();

    new WebDriverWait(browser, WAIT)
        .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal")));
    WebElement reply = messageContaining("#channel-messages", "incident review for the queue");
    assertTrue(reply.getText().contains("Collaboration"), reply.getText());
  }

  @Test
  void a_teammates_message_is_saved_as_evidence_through_the_shortcut() {
    browser
        .findElement(By.cssSelector("#channel-messages li[data-user='U0MAYA'] button.shortcut"))
        .click();
    WebElement modal = waitFor(By.cssSelector(".modal"));
    assertTrue(modal.getText().contains("Save as evidence"), modal.getText());
    assertTrue(modal.getText().contains("flaky checkout tests"), modal.getText());
    new Select(
            modal.findElement(
                By.cssSelector("[data-block-id='competency'] select[data-action-id]")))
        .selectByValue("collaboration");
    modal.findElement(By.cssSelector(".modal-submit")).click();

    WebElement reply = messageContaining("#channel-messages", "Kept as evidence");
    assertTrue(reply.getText().contains("Collaboration"), reply.getText());
  }

  @Test
  void app_home_lists_the_sample_history_and_pages_to_older_entries() {
    sampleHistory();
    browser.findElement(By.id("tab-home")).click();
    WebElement older = waitFor(By.cssSelector("#home [data-action-id='home-older']"));
    String firstPage = browser.findElement(By.id("home")).getText();
    assertTrue(firstPage.contains("Closed 17 bugs"), firstPage);

    older.click();

    waitFor(By.cssSelector("#home [data-action-id='home-newer']"));
    String secondPage = browser.findElement(By.id("home")).getText();
    assertTrue(!secondPage.contains("Closed 17 bugs"), secondPage);
    assertTrue(secondPage.contains("Cut the nightly ETL"), secondPage);
  }

  @Test
  void a_packet_arrives_in_the_dm_and_both_files_download() throws IOException {
    sampleHistory();
    browser.findElement(By.id("tab-dm")).click();
    type("#composer-dm", "/win packet last 6 months");

    WebElement markdown = waitFor(By.cssSelector("#dm-messages a.file[download$='.md']"));
    WebElement pdf = browser.findElement(By.cssSelector("#dm-messages a.file[download$='.pdf']"));
    markdown.click();
    pdf.click();

    Path md = downloaded(markdown.getAttribute("download"));
    Path printable = downloaded(pdf.getAttribute("download"));
    String text = Files.readString(md, StandardCharsets.UTF_8);
    assertTrue(text.contains("Cut the nightly ETL"), text);
    assertTrue(text.contains("patient reviews"), "the saved praise is in it: " + text);
    byte[] head = Files.readAllBytes(printable);
    assertEquals("%PDF", new String(head, 0, 4, StandardCharsets.US_ASCII));
  }

  @Test
  void the_clock_control_fires_the_next_reminder_into_the_dm() {
    type("#composer-channel", "/win wrote the on-call handbook");
    messageContaining("#channel-messages", "on-call handbook");
    waitForText(By.id("next-reminder"), "20");

    browser.findElement(By.id("fire-reminder")).click();

    browser.findElement(By.id("tab-dm")).click();
    WebElement nudge = messageContaining("#dm-messages", "Weekly check-in");
    assertTrue(nudge.findElement(By.cssSelector("button.bk-button")).isDisplayed());
  }

  @Test
  void by_default_it_answers_on_loopback_only() throws IOException {
    Optional<InetAddress> outside = nonLoopbackAddress();
    Assumptions.assumeTrue(outside.isPresent(), "this machine has no address but loopback");
    int port = Integer.parseInt(playground.url().replaceAll(".*:(\\d+)/$", "$1"));
    assertThrows(ConnectException.class, () -> connect(outside.get(), port));
    // nor does the bot's own port behind it (BIND_ADDRESS=127.0.0.1)
    int bot = playground.running().port();
    assertThrows(ConnectException.class, () -> connect(outside.get(), bot));
    connect(InetAddress.getLoopbackAddress(), bot);

    // and the check can fail: asked to listen everywhere, the same address answers
    try (Playground everywhere =
        Playground.start(
            new PlaygroundOptions(0, "0.0.0.0", dir.resolve("everywhere.db")),
            Clock.systemUTC(),
            ZoneOffset.UTC)) {
      int open = Integer.parseInt(everywhere.url().replaceAll(".*:(\\d+)/$", "$1"));
      connect(outside.get(), open);
    }
  }

  private static void connect(InetAddress address, int port) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 2_000);
    }
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
    for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
      if (nic.isUp() && !nic.isLoopback()) {
        Optional<InetAddress> v4 =
            nic.inetAddresses().filter(a -> a instanceof Inet4Address).findFirst();
        if (v4.isPresent()) {
          return v4;
        }
      }
    }
    return Optional.empty();
  }

  private static synchronized void sampleHistory() {
    if (history) {
      return;
    }
    browser.findElement(By.id("sample-history")).click();
    new WebDriverWait(browser, HISTORY_WAIT)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("tool-result"), "Sample history:"));
    String said = browser.findElement(By.id("tool-result")).getText();
    assertTrue(said.startsWith("Sample history: 17 wins and 4 praise"), said);
    history = true;
  }

  private static void type(String composer, String text) {
    WebElement input = browser.findElement(By.cssSelector(composer));
    // sent with the Enter key, as a person at a keyboard sends it
    input.sendKeys(text, Keys.ENTER);
  }

  private static WebElement messageContaining(String list, String text) {
    By messages = By.cssSelector(list + " li.message");
    return new WebDriverWait(browser, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                d.findElements(messages).stream()
                    .filter(m -> m.getText().contains(text))
                    .reduce((first, second) -> second)
                    .orElse(null));
  }

  private static WebElement waitFor(By locator) {
    return new WebDriverWait(browser, WAIT)
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  private static void waitForText(By locator, String text) {
    new WebDriverWait(browser, WAIT)
        .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }

  private static Path downloaded(String name) {
    Path file = downloads.resolve(name);
    return new WebDriverWait(browser, WAIT)
        .until(d -> Files.isRegularFile(file) && file.toFile().length() > 0 ? file : null);
  }

  private static WebDriver chromium(Path downloads) {
    String binary = System.getProperty("chromium.binary", "/usr/bin/chromium");
    String driver = System.getProperty("chromedriver", "/usr/bin/chromedriver");
    assertTrue(
        new File(binary).canExecute() && new File(driver).canExecute(),
        "PlaygroundIT needs Debian's chromium and chromium-driver (.ci/run installs them)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--no-first-run",
        // a phone's screen
        "--window-size=390,844");
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory", downloads.toString(),
            "download.prompt_for_download", false,
            "safebrowsing.enabled", false));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build();
    return new ChromeDriver(service, options);
  }

  /** On a failure, what the browser showed, under target/playground-screenshots. */
  static final class Screenshots implements TestExecutionExceptionHandler {
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure)
        throws Throwable {
      if (browser instanceof TakesScreenshot camera) {
        try {
          Files.createDirectories(SCREENSHOTS);
          Path shot = SCREENSHOTS.resolve(context.getRequiredTestMethod().getName() + ".png");
          Files.write(shot, camera.getScreenshotAs(OutputType.BYTES));
          Files.writeString(
              SCREENSHOTS.resolve(context.getRequiredTestMethod().getName() + ".html"),
              browser.getPageSource());
        } catch (RuntimeException | IOException e) {
          failure.addSuppressed(e);
        }
      }
      throw failure;
    }
  }
}
