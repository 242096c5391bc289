package app.receipts.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;

/**
 * Hostile or odd input through every entry point (HostileSlashTextTest, HostileInteractiveTest,
 * HostileRequestsTest): each gets a clear message or a 4xx, never a 500 or a stack trace, and never
 * corrupts or loses what was stored before — the keeper win.
 */
final class HostileInput {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final String KEEPER = "The win that must survive everything";

  private HostileInput() {}

  /** The bot with one win stored before any hostile input arrives. */
  static TestApp startWithKeeper() {
    TestApp app = TestApp.start();
    app.client.command("UKEEP", KEEPER);
    return app;
  }

  static String textOf(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body()).path("text").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertKeeperIntact(TestApp app) {
    assertEquals(
        1, app.count("SELECT COUNT(*) FROM entries WHERE user_id = 'UKEEP' AND text = ?", KEEPER));
    assertEquals(
        "ok",
        app.jdbi()
            .withHandle(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).one()));
  }
}
