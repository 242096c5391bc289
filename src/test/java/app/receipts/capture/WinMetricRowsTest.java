package app.receipts.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.receipts.entries.EntryReads;
import app.receipts.rules.Metric;
import app.receipts.rules.Rules;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What /win stores as metric rows beside the line, and how edits and Undo keep them in step. */
class WinMetricRowsTest {
  private static final String TWO =
      "Cut the error rate on the notifications service from 2.3% to 0.4% and trimmed the AWS bill"
          + " by $14k/month";
  private TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start();
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private long onlyEntryId(String userId) {
    return app.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT id FROM entries WHERE user_id = :u")
                    .bind("u", userId)
                    .mapTo(Long.class)
                    .one());
  }

  private List<Metric> rowsOf(String userId) {
    Map<Long, List<Metric>> all =
        new EntryReads(app.running.database())
            .metricsBetween(
                FakeSlack.TEAM, userId, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1));
    return all.getOrDefault(onlyEntryId(userId), List.of());
  }

  private void edit(String userId, long id, String metric) {
    app.client.interactive(
        Payloads.viewSubmission(
            userId,
            CaptureIds.MODAL,
            "VEDIT" + System.nanoTime(),
            "{\"entryId\":" + id + ",\"channelId\":\"C0GENERAL\"}",
            Payloads.state()
                .text("text", TWO)
                .text("impact", "fewer pages")
                .text("metric", metric)
                .select("competency", "problem-solving")
                .text("links", null)
                .build()));
  }

  @Test
  void a_win_stores_each_metric_of_its_line_as_a_row_in_order() {
    app.client.command("U1", TWO);

    assertEquals(Rules.metrics(TWO), rowsOf("U1"));
    assertEquals(
        List.of("error rate 2.3% → 0.4%", "AWS bill −$14k/month"),
        rowsOf("U1").stream().map(Metric::display).toList());
  }

  @Test
  void an_edit_keeps_the_rows_of_an_unchanged_line_and_rewrites_a_changed_one() {
    app.client.command("U1", TWO);
    long id = onlyEntryId("U1");

    edit("U1", id, "error rate 2.3% → 0.4%; AWS bill −$14k/month");
    assertEquals(Rules.metrics(TWO), rowsOf("U1"));

    edit("U1", id, "p95 login 1.8s → 210ms");
    assertEquals(Rules.metrics("p95 login 1.8s → 210ms"), rowsOf("U1"));
    assertEquals(1, rowsOf("U1").size());

    edit("U1", id, null);
    assertEquals(Rules.metrics(TWO), rowsOf("U1"), "an emptied field is read from the text again");
  }

  @Test
  void the_export_carries_each_metric_as_data_beside_the_line() throws Exception {
    app.client.command("U1", TWO);
    app.client.command("U1", "Released v2.3.1 on 2026-01-05");

    app.client.command("U1", "export");

    app.slack.await("files.completeUploadExternal", c -> true, Duration.ofSeconds(20));
    String json =
        app.slack.calls("upload").stream()
            .map(c -> new String(c.bytes(), StandardCharsets.UTF_8))
            .filter(body -> body.contains("receipts.export/v1"))
            .findFirst()
            .orElseThrow();
    JsonNode entries =
        new ObjectMapper().readTree(json.substring(json.indexOf('{'))).path("entries");
    JsonNode withMetrics =
        entries.get(0).path("metrics").size() > 0 ? entries.get(0) : entries.get(1);
    JsonNode without = withMetrics == entries.get(0) ? entries.get(1) : entries.get(0);
    assertEquals(0, without.path("metrics").size(), without.toString());
    JsonNode first = withMetrics.path("metrics").get(0);
    assertEquals(2, withMetrics.path("metrics").size(), withMetrics.toString());
    assertEquals("error rate", first.path("subject").asText());
    assertEquals(2.3, first.path("before").asDouble());
    assertEquals(0.4, first.path("after").asDouble());
    assertEquals("percent", first.path("dimension").asText());
    assertEquals("better", first.path("direction").asText());
    JsonNode bill = withMetrics.path("metrics").get(1);
    assertEquals(-14_000, bill.path("delta").asDouble());
    assertEquals("month", bill.path("period").asText());
    assertEquals("AWS bill −$14k/month", bill.path("display").asText());
  }

  @Test
  void undo_takes_the_rows_with_the_win() {
    app.client.command("U1", TWO);
    long id = onlyEntryId("U1");

    app.client.interactive(
        Payloads.blockAction(
            "U1",
            CaptureIds.UNDO_BUTTON,
            Long.toString(id),
            "C0GENERAL",
            app.slack.responseUrl("u")));
    app.slack.await("response_url");

    assertEquals(0, app.count("SELECT COUNT(*) FROM entry_metrics"));
  }
}
