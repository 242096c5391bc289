package app.receipts.testing;

import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One app for every test of a class whose tests cannot see each other's state: each uses its own
 * user (or team) ids and asserts only on those. Booting a bot costs about 190 ms of CPU, most of a
 * short test. After each test it drops the scripted answers, waits for the bot's background work
 * and checks every Slack call made so far against Slack's rules (as {@link TestApp#close} does);
 * the recorded calls stay, so tests filter them by their own ids. Tests whose point is a fresh
 * start, a clock moved for everyone, or a broken database keep an app of their own.
 *
 * <pre>
 * &#64;RegisterExtension static final SharedApp shared = new SharedApp();
 * private final TestApp app = shared.app();
 * </pre>
 */
public final class SharedApp implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
  private final Map<String, String> env;
  private TestApp app;

  public SharedApp() {
    this(Map.of());
  }

  /** With extra environment on top of the test defaults, as {@link TestApp#start(Map)}. */
  public SharedApp(Map<String, String> env) {
    this.env = env;
  }

  /** The class's app; call from a field initializer or a test, once the class has started. */
  public TestApp app() {
    if (app == null) {
      throw new IllegalStateException("register SharedApp as a static @RegisterExtension field");
    }
    return app;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    app = TestApp.start(env);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    // answers first: a call held by a scripted fault would keep the bot busy
    app.slack.clearResponses();
    app.awaitIdle();
    app.slack.assertNoBreaches();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      app.close();
    } finally {
      app = null;
    }
  }
}
