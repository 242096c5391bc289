package app.receipts.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.receipts.entries.EntryReads;
import app.receipts.rules.Metric;
import app.receipts.rules.Rules;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
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
