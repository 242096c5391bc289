package app.receipts.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.Eventually;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PacketDeliveryTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start();
    app.client.command("U1", "Reduced p95 latency from 1.8s to 210ms by adding a composite index");
    app.client.command("U1", "Mentored two juniors on code review <!channel>");
    app.client.command("U2", "Someone else's secret launch");
    app.jdbi()
        .useHandle(
            h ->
                h.execute(
                    """
                    INSERT INTO entries (team_id, user_id, kind, status, text, competency, links,
                        occurred_on, author_user_id, channel_id, message_ts, permalink, saved_by,
                        created_at, updated_at)
                    VALUES ('T0001', 'U1', 'PRAISE', 'KEPT', 'Huge thanks to Maya, flawless migration',
                        'delivery', '', '2026-05-02', 'U9', 'C1', '1746000000.000100',
                        'https://receipts-test.slack.com/archives/C1/p1746000000000100', 'U1', 0, 0)
                    """));
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private static String uploaded(FakeSlack.Call upload) {
    return new String(upload.bytes(), StandardCharsets.UTF_8);
  }

  @Test
  void packet_is_acked_then_delivered_to_the_dm_with_markdown_and_pdf() throws Exception {
    var response = app.client.command("U1", "packet 2026-H1");

    assertTrue(
        response.body().contains("Building your packet for Jan 1 – Jun 30, 2026"), response.body());
    FakeSlack.Call summary =
        app.slack.await("chat.postMessage", c -> "DU1".equals(c.param("channel")), WAIT);
    JsonNode blocks = summary.json("blocks");
    assertTrue(blocks.size() <= 50, "blocks: " + blocks.size());
    String text = blocks.toString();
    assertTrue(text.contains("composite index"), text);
    assertTrue(text.contains("&lt;!channel&gt;"), text);
    assertFalse(text.contains("<!channel>"), text);
    assertFalse(text.contains("secret launch"), text);

    FakeSlack.Call complete = app.slack.await("files.completeUploadExternal", c -> true, WAIT);
    assertEquals("DU1", complete.param("channel_id"));
    List<FakeSlack.Call> uploads = app.slack.calls("upload");
    assertEquals(2, uploads.size());
    String md =
        uploads.stream()
            .map(PacketDeliveryTest::uploaded)
            .filter(b -> b.contains("composite index"))
            .findFirst()
            .orElseThrow();
    assertTrue(md.contains("flawless migration"), md);
    assertFalse(md.contains("secret launch"));
    assertTrue(uploads.stream().anyMatch(u -> uploaded(u).contains("%PDF")), "a PDF was uploaded");
    String names = complete.param("files");
    assertTrue(names.contains("packet-2026-H1.md") && names.contains("packet-2026-H1.pdf"), names);
    Eventually.await(
        "delivered status",
        () -> app.count("SELECT COUNT(*) FROM packet_requests WHERE status = 'DELIVERED'") == 1,
        WAIT);
  }

  @Test
  void a_failed_upload_is_told_in_dm_with_a_try_again_button_that_works() {
    app.slack.respond("files.getUploadURLExternal", c -> FakeSlack.Reply.error("internal_error"));

    app.client.command("U1", "packet 2026-H1");

    FakeSlack.Call failure =
        app.slack.await(
            "chat.postMessage",
            c -> String.valueOf(c.param("text")).contains("couldn't finish"),
            WAIT);
    assertTrue(failure.param("text").contains("internal_error"));
    JsonNode button = failure.json("blocks").get(1).path("elements").get(0);
    assertEquals(PacketIds.RETRY_BUTTON, button.path("action_id").asText());
    assertEquals(
        "FAILED",
        app.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT status FROM packet_requests").mapTo(String.class).one()));

    app.slack.clearResponses();
    app.client.interactive(
        Payloads.blockAction(
            "U1",
            PacketIds.RETRY_BUTTON,
            button.path("value").asText(),
            "DU1",
            app.slack.responseUrl("retry")));

    app.slack.await("files.completeUploadExternal", c -> true, WAIT);
    Eventually.await(
        "retry delivered",
        () -> app.count("SELECT COUNT(*) FROM packet_requests WHERE status = 'DELIVERED'") == 1,
        WAIT);
  }

  @Test
  void when_the_dm_cannot_be_opened_the_user_is_told_through_the_response_url() {
    app.slack.respond("conversations.open", c -> FakeSlack.Reply.error("cannot_dm_bot"));

    app.client.command("U1", "packet");

    FakeSlack.Call told =
        app.slack.await("response_url", c -> c.body().contains("couldn't open a DM"), WAIT);
    assertTrue(told.body().contains("cannot_dm_bot"), told.body());
  }

  @Test
  void unparseable_period_gets_examples_and_nothing_is_built() {
    var response = app.client.command("U1", "packet someday <!channel>");

    assertTrue(response.body().contains("2026-H1"), response.body());
    assertFalse(response.body().contains("<!channel>"), response.body());
    assertEquals(0, app.count("SELECT COUNT(*) FROM packet_requests"));
  }

  @Test
  void the_between_query_uses_the_owner_index() {
    List<String> plan =
        app.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "EXPLAIN QUERY PLAN SELECT * FROM entries WHERE team_id = 'T' AND user_id = 'U'"
                                + " AND occurred_on >= '2026-01-01' AND occurred_on <= '2026-06-30'"
                                + " AND status = 'KEPT' ORDER BY occurred_on DESC, id DESC")
                        .map((rs, ctx) -> rs.getString("detail"))
                        .list());
    assertTrue(
        plan.stream().anyMatch(line -> line.contains("USING INDEX entries_by_owner")),
        plan.toString());
    assertTrue(plan.stream().noneMatch(line -> line.startsWith("SCAN entries")), plan.toString());
  }
}
