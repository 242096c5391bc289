package app.receipts.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.Eventually;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A period with none of the person's entries is answered at once: nothing built or uploaded. */
class EmptyPeriodFlowTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private final ObjectMapper json = new ObjectMapper();
  private TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start();
    app.clock.set(Instant.parse("2026-03-12T12:00:00Z"));
    app.client.command("U1", "Cut CI time from 24 to 9 min by caching the Gradle build");
    app.clock.set(TestApp.START);
    app.client.command("U1", "Led the payments incident review for 3 teams");
    app.client.command("U2", "Someone else's win, long ago").body();
    app.jdbi()
        .useHandle(
            h -> h.execute("UPDATE entries SET occurred_on = '2025-05-05' WHERE user_id = 'U2'"));
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private JsonNode ack(String userId, String text) throws Exception {
    return json.readTree(app.client.command(userId, text).body());
  }

  private void nothingWasBuilt() {
    assertTrue(app.neverCalled("files.getUploadURLExternal", c -> true), "no upload asked for");
    assertTrue(app.neverCalled("files.completeUploadExternal", c -> true), "no file shared");
    assertTrue(app.neverCalled("chat.postMessage", c -> true), "no DM");
    assertEquals(0, app.count("SELECT COUNT(*) FROM packet_requests"));
  }

  @Test
  void a_period_before_the_first_entry_says_when_the_first_is_and_uploads_nothing()
      throws Exception {
    JsonNode ack = ack("U1", "packet 2025");

    assertEquals("ephemeral", ack.path("response_type").asText());
    assertEquals(
        "No entries between Jan 1 and Dec 31, 2025; your first is Mar 12, 2026.",
        ack.path("text").asText());
    nothingWasBuilt();
  }

  @Test
  void a_period_after_the_latest_entry_says_when_the_latest_is() throws Exception {
    assertEquals(
        "No entries between Jul 1 and Dec 31, 2026; your latest is Jun 15, 2026.",
        ack("U1", "packet 2026-H2").path("text").asText());
    nothingWasBuilt();
  }

  @Test
  void a_period_between_entries_names_the_closest_on_each_side() throws Exception {
    assertEquals(
        "No entries between Apr 1 and Apr 30, 2026; the closest are Mar 12, 2026 before it and"
            + " Jun 15, 2026 after.",
        ack("U1", "packet 2026-04").path("text").asText());
    nothingWasBuilt();
  }

  @Test
  void someone_with_no_entries_is_told_how_to_log_one() throws Exception {
    String text = ack("U3", "packet last year").path("text").asText();

    assertTrue(text.startsWith("You have no entries yet"), text);
    assertTrue(text.contains("`/win"), text);
    assertFalse(text.contains("between"), text);
    nothingWasBuilt();
  }

  @Test
  void a_period_with_entries_is_built_as_before() throws Exception {
    JsonNode ack = ack("U1", "packet since march");

    assertTrue(
        ack.path("text").asText().contains("Building your packet for Mar 1 – Jun 15, 2026"),
        ack.toString());
    app.slack.await("files.completeUploadExternal", c -> true, WAIT);
    Eventually.await(
        "delivered",
        () -> app.count("SELECT COUNT(*) FROM packet_requests WHERE status = 'DELIVERED'") == 1,
        WAIT);
  }

  @Test
  void relative_periods_resolve_in_the_persons_timezone_and_the_ack_echoes_the_dates()
      throws Exception {
    app.slack.userTimezone("U4", "America/Los_Angeles");
    // Dec 1 at 03:00 UTC is still Nov 30 in Los Angeles
    app.clock.set(Instant.parse("2026-12-01T03:00:00Z"));
    app.client.command("U4", "Shipped the autumn billing migration with no downtime");
    Eventually.await(
        "zone learned",
        () -> app.count("SELECT COUNT(*) FROM people WHERE user_id = 'U4' AND tz IS NOT NULL") == 1,
        WAIT);
    app.awaitIdle();

    JsonNode since = ack("U4", "packet since september");
    JsonNode quarter = ack("U4", "packet this quarter");

    assertTrue(
        since.path("text").asText().contains("Building your packet for Sep 1 – Nov 30, 2026…"),
        since.toString());
    assertTrue(
        quarter.path("text").asText().contains("Building your packet for Oct 1 – Nov 30, 2026…"),
        quarter.toString());
    var files =
        app.slack.await(
            "files.completeUploadExternal",
            c -> String.valueOf(c.param("files")).contains("packet-2026-Q4.pdf"),
            WAIT);
    assertTrue(files.param("files").contains("packet-2026-Q4.md"), files.param("files"));
  }
}
