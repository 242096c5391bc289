package app.receipts.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.capture.CaptureIds;
import app.receipts.evidence.EvidenceIds;
import app.receipts.home.HomeIds;
import app.receipts.testing.Payloads;
import app.receipts.testing.SignedClient;
import app.receipts.testing.TestApp;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Slack redelivers what it did not see acknowledged in time, often while the first delivery is
 * still being handled: every copy is answered, and one is stored. The sequential cases live with
 * their features (WinCommandTest, WinModalTest, AppHomeTest).
 */
class RetriedDeliveriesTest {
  private static final int COPIES = 4;
  private TestApp app;
  private ExecutorService senders;

  @BeforeEach
  void start() {
    app = TestApp.start();
    senders = Executors.newFixedThreadPool(COPIES);
  }

  @AfterEach
  void stop() throws InterruptedException {
    senders.shutdownNow();
    senders.awaitTermination(10, TimeUnit.SECONDS);
    app.close();
  }

  @Test
  void a_slash_command_redelivered_while_the_first_runs_stores_one_entry() throws Exception {
    for (int round = 0; round < 10; round++) {
      String body = app.client.commandBody("URETRY", "Concurrent win " + round, "trig-r" + round);

      allAcked(body, Map.of());
    }

    assertEquals(10, app.count("SELECT COUNT(*) FROM entries WHERE user_id = 'URETRY'"));
  }

  @Test
  void a_modal_submission_redelivered_while_the_first_runs_stores_one_entry() throws Exception {
    for (int round = 0; round < 10; round++) {
      String payload =
          Payloads.viewSubmission(
              "URETRY",
              CaptureIds.MODAL,
              "VRETRY" + round,
              "",
              Payloads.state()
                  .text("text", "Modal win " + round)
                  .select("competency", "delivery")
                  .date("when", "2026-06-10")
                  .build());

      allAcked(SignedClient.form(Map.of("payload", payload)), Map.of());
    }

    assertEquals(10, app.count("SELECT COUNT(*) FROM entries WHERE user_id = 'URETRY'"));
  }

  @Test
  void a_praise_submission_redelivered_keeps_the_message_once() throws Exception {
    app.client.interactive(
        Payloads.messageShortcut(
            "URETRY", "C0WINS", "UBOSS", "Great launch!", "1760000000.000900", null, 0));
    String metadata = app.slack.await("views.open").json("view").path("private_metadata").asText();
    String payload =
        Payloads.viewSubmission(
            "URETRY",
            EvidenceIds.MODAL,
            "VPRAISE",
            metadata,
            Payloads.state()
                .select("competency", "delivery")
                .text("note", "from the launch")
                .user("owner", "URETRY")
                .build());

    allAcked(SignedClient.form(Map.of("payload", payload)), Map.of());

    assertEquals(1, app.count("SELECT COUNT(*) FROM entries WHERE user_id = 'URETRY'"));
  }

  @Test
  void an_event_redelivered_while_the_first_runs_is_handled_once() throws Exception {
    String event = Payloads.homeOpened("URETRY", "EvConcurrent");

    allAcked(event, Map.of("Content-Type", "application/json"));

    exactlyOne("views.publish");
    assertEquals(
        1, app.count("SELECT COUNT(*) FROM slack_deliveries WHERE delivery_id = 'EvConcurrent'"));
  }

  @Test
  void a_packet_command_redelivered_builds_one_packet() throws Exception {
    app.client.command("URETRY", "Shipped the packet builder");
    String body = app.client.commandBody("URETRY", "packet 2026-H1", "trig-packet-once");

    allAcked(body, Map.of());

    assertEquals(1, app.count("SELECT COUNT(*) FROM packet_requests"));
    exactlyOne("files.completeUploadExternal");
  }

  @Test
  void an_export_command_redelivered_exports_once() throws Exception {
    app.client.command("URETRY", "Shipped the exporter");
    String body = app.client.commandBody("URETRY", "export", "trig-export-once");

    allAcked(body, Map.of());

    exactlyOne("files.completeUploadExternal");
    assertEquals(
        1,
        app.count(
            "SELECT COUNT(*) FROM slack_deliveries WHERE delivery_id = 'export:trig-export-once'"));
  }

  @Test
  void a_packet_modal_submission_redelivered_builds_one_packet() throws Exception {
    // a period with none of their entries builds nothing at all, so there is one to build
    app.client.command("URETRY", "Shipped search v2");
    String payload =
        Payloads.viewSubmission(
            "URETRY",
            HomeIds.PACKET_MODAL,
            "VPACKETONCE",
            "",
            Payloads.state().text("period", "2026-H1").build());

    allAcked(SignedClient.form(Map.of("payload", payload)), Map.of());

    assertEquals(1, app.count("SELECT COUNT(*) FROM packet_requests"));
  }

  /** The first copy plain, the others marked as Slack marks retries, all released at once. */
  /** Every copy of a concurrently redelivered request is answered 200. */
  private void allAcked(String body, Map<String, String> headers) throws Exception {
    deliverConcurrently(body, headers).forEach(r -> assertEquals(200, r.statusCode(), r.body()));
  }

  /** The method is called once, and no second call follows. */
  private void exactlyOne(String method) {
    app.slack.await(method, c -> true, Duration.ofSeconds(30));
    assertTrue(
        app.neverCalled(method, c -> app.slack.calls(method).indexOf(c) > 0),
        "a second " + method + ": " + app.slack.calls(method));
  }

  private List<HttpResponse<String>> deliverConcurrently(String body, Map<String, String> headers)
      throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> copies = new ArrayList<>();
    for (int copy = 0; copy < COPIES; copy++) {
      Map<String, String> withRetry = new java.util.HashMap<>(headers);
      if (copy > 0) {
        withRetry.put("X-Slack-Retry-Num", Integer.toString(copy));
        withRetry.put("X-Slack-Retry-Reason", "http_timeout");
      }
      copies.add(
          senders.submit(
              () -> {
                go.await();
                return app.client.send(body, withRetry);
              }));
    }
    go.countDown();
    List<HttpResponse<String>> responses = new ArrayList<>();
    for (Future<HttpResponse<String>> copy : copies) {
      responses.add(copy.get(30, TimeUnit.SECONDS));
    }
    return responses;
  }
}
