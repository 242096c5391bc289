package app.receipts.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.rules.Rules;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What /win and the modal fill in from the win rules when the person leaves it empty. */
class WinAutoFillTest {
  private TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start();
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private Map<String, Object> onlyEntry(String userId) {
    List<Map<String, Object>> rows =
        app.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT * FROM entries WHERE user_id = :u")
                        .bind("u", userId)
                        .mapToMap()
                        .list());
    assertEquals(1, rows.size());
    return rows.get(0);
  }

  @Test
  void every_metric_keeps_its_subject_and_several_are_joined() {
    String body =
        app.client
            .command(
                "U1",
                "Cut the error rate on the notifications service from 2.3% to 0.4% and trimmed"
                    + " the AWS bill by $14k/month")
            .body();

    Map<String, Object> row = onlyEntry("U1");
    assertEquals("error rate 2.3% → 0.4%; AWS bill −$14k/month", row.get("metric"));
    assertEquals("problem-solving", row.get("competency"));
    assertTrue(body.contains("error rate 2.3% → 0.4%; AWS bill −$14k/month"), body);
  }

  @Test
  void the_competency_is_the_rules_top_one_not_a_delivery_fallback() {
    app.client.command("U2", "Gave a tech talk on our tracing setup to 40 engineers");

    Map<String, Object> row = onlyEntry("U2");
    assertEquals("collaboration", row.get("competency"));
    assertEquals("40 engineers", row.get("metric"));
  }

  @Test
  void a_win_without_a_number_gets_no_metric() {
    app.client.command("U3", "Released v2.3.1 on 2026-01-05 and closed PROJ-1234");

    assertEquals(null, onlyEntry("U3").get("metric"));
  }

  @Test
  void a_metric_typed_in_the_modal_is_kept_as_typed() {
    app.client.interactive(
        Payloads.viewSubmission(
            "U4",
            CaptureIds.MODAL,
            "V77",
            "",
            Payloads.state()
                .text("text", "Cut p95 latency from 1.8s to 210ms")
                .text("impact", null)
                .text("metric", "login p95: 1.8s → 0.21s")
                .select("competency", "delivery")
                .text("links", null)
                .build()));

    Map<String, Object> row = onlyEntry("U4");
    assertEquals("login p95: 1.8s → 0.21s", row.get("metric"));
    assertEquals("delivery", row.get("competency"));
  }

  @Test
  void a_long_list_of_metrics_keeps_whole_ones_within_the_field() {
    StringBuilder text = new StringBuilder("Across the quarter");
    for (int i = 1; i <= 30; i++) {
      text.append(", cut the queue ").append(i).append(" backlog from ").append(i * 100);
      text.append(" to ").append(i).append(" jobs");
    }
    app.client.command("U5", text.toString());

    String metric = (String) onlyEntry("U5").get("metric");
    assertTrue(metric.length() <= WinRules.MAX_METRIC, metric);
    assertEquals(Rules.metrics(text.toString()).get(0).display(), metric.split("; ")[0], metric);
  }
}
