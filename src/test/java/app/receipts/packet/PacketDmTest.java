package app.receipts.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.capture.CaptureIds;
import app.receipts.entries.Entry;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The packet DM through the real app: the half year of the review fixture, stored for U1. */
class PacketDmTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start();
    app.jdbi()
        .useHandle(
            handle -> {
              for (Entry entry : ReviewFixtures.entries()) {
                handle
                    .createUpdate(
                        """
                        INSERT INTO entries (id, team_id, user_id, kind, status, text, impact,
                            metric, competency, links, occurred_on, author_user_id, channel_id,
                            message_ts, permalink, saved_by, created_at, updated_at)
                        VALUES (:id, :team, 'U1', :kind, :status, :text, :impact, :metric,
                            :competency, :links, :day, :author, :channel, :ts, :permalink,
                            :savedBy, :at, :at)
                        """)
                    .bind("id", entry.id())
                    .bind("team", FakeSlack.TEAM)
                    .bind("kind", entry.kind().name())
                    .bind("status", entry.status().name())
                    .bind("text", entry.text())
                    .bind("impact", entry.impact())
                    .bind("metric", entry.metric())
                    .bind("competency", entry.competency().id())
                    .bind("links", String.join("\n", entry.links()))
                    .bind("day", entry.occurredOn().toString())
                    .bind("author", entry.authorUserId())
                    .bind("channel", entry.channelId())
                    .bind("ts", entry.messageTs())
                    .bind("permalink", entry.permalink())
                    .bind("savedBy", entry.savedBy())
                    .bind(
                        "at",
                        entry.occurredOn().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli())
                    .execute();
              }
            });
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void the_packet_dm_is_under_fifteen_hundred_characters_with_add_metric_buttons() {
    app.client.command("U1", "packet 2026-H1");

    FakeSlack.Call summary =
        app.slack.await("chat.postMessage", c -> "DU1".equals(c.param("channel")), WAIT);
    JsonArray blocks = JsonParser.parseString(summary.json("blocks").toString()).getAsJsonArray();
    assertTrue(blocks.size() <= 50);
    int shown = PacketBlocksTest.shownLength(blocks);
    assertTrue(shown <= 1_500, "the DM shows " + shown + " characters");
    String all = String.join("\n", PacketBlocksTest.texts(blocks));
    assertTrue(all.contains("19 wins and 4 praise"), all);
    assertTrue(all.contains("1. Reduced p95 search latency"), all);
    assertTrue(all.contains("*Largest gap*: *Code quality*, 4% of the evidence (1 of 23)"), all);
    assertTrue(
        summary.param("text").startsWith("Your review packet for Jan 1 – Jun 30, 2026: 19 wins"),
        summary.param("text"));

    List<JsonObject> buttons = PacketBlocksTest.buttons(blocks);
    assertFalse(buttons.isEmpty());
    assertTrue(buttons.size() <= PacketBlocks.MAX_ADD_METRIC);
    assertEquals(Long.toString(ReviewFixtures.REPLICAS), buttons.get(0).get("value").getAsString());
    app.slack.await("files.completeUploadExternal", c -> true, WAIT);
  }

  @Test
  void add_metric_opens_the_editor_on_that_win_for_its_owner_only() {
    app.client.command("U1", "packet 2026-H1");
    FakeSlack.Call summary =
        app.slack.await("chat.postMessage", c -> "DU1".equals(c.param("channel")), WAIT);
    JsonArray blocks = JsonParser.parseString(summary.json("blocks").toString()).getAsJsonArray();
    JsonObject button = PacketBlocksTest.buttons(blocks).get(0);
    app.slack.await("files.completeUploadExternal", c -> true, WAIT);

    var stranger =
        app.client.interactive(
            Payloads.blockAction(
                "U2",
                button.get("action_id").getAsString(),
                button.get("value").getAsString(),
                "DU2",
                app.slack.responseUrl("stranger")));
    assertTrue(app.neverCalled("views.open", c -> true), "another person's click opens nothing");
    assertTrue(stranger.statusCode() < 500);

    app.client.interactive(
        Payloads.blockAction(
            "U1",
            CaptureIds.EDIT_BUTTON,
            button.get("value").getAsString(),
            "DU1",
            app.slack.responseUrl("owner")));
    JsonNode view = app.slack.await("views.open", c -> true, WAIT).json("view");
    assertTrue(
        view.path("blocks").toString().contains("Proposed the read-replica split"),
        view.toString());
  }
}
