package app.receipts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Button answers wait for a worker after the ack. When every worker is stuck on a slow Slack and
 * the queue is full, a click is still committed, so its answer must still go out: it is sent on the
 * request's own thread, before a late ack. Before, the shared pool dropped it with a warning and
 * the person was never told what their click did.
 */
class AnswersUnderFloodTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(10);

  // one worker and room for one waiting answer: the third click finds the pool full
  private final TestApp app = TestApp.start(Map.of("WORKER_THREADS", "1", "WORKER_QUEUE", "1"));

  @AfterEach
  void stop() {
    app.slack.clearResponses();
    app.close();
  }

  @Test
  void a_click_that_finds_the_answer_queue_full_is_still_answered() throws Exception {
    long first = win("Shipped the importer");
    long second = win("Shipped the exporter");
    long third = win("Shipped the scheduler");
    app.slack.fail("response_url", FakeSlack.Fault.SLOW_ANSWER);

    int mark = app.slack.mark();
    assertEquals(200, pin(first, "h1").statusCode());
    // the only worker is now held by Slack on the first answer
    app.slack.awaitSince(mark, "response_url", c -> answers(c, first), WAIT);
    assertEquals(200, pin(second, "h2").statusCode());
    CompletableFuture<HttpResponse<String>> thirdAck =
        CompletableFuture.supplyAsync(() -> pin(third, "h3"));

    app.slack.awaitSince(mark, "response_url", c -> answers(c, third), WAIT);
    app.slack.clearResponses();
    assertEquals(200, thirdAck.get(WAIT.toSeconds(), TimeUnit.SECONDS).statusCode());
    app.slack.awaitSince(mark, "response_url", c -> answers(c, second), WAIT);
    assertEquals(
        3,
        app.count("SELECT COUNT(*) FROM entries WHERE user_id = 'USR1' AND pinned_at IS NOT NULL"));
  }

  private static boolean answers(FakeSlack.Call call, long id) {
    return call.bodyJson().path("text").asText().contains("Pinned #" + id + ":");
  }

  private long win(String text) throws Exception {
    String ack = app.client.command("USR1", text).body();
    assertTrue(ack.contains("Saved"), ack);
    return app.lastEntryId("USR1");
  }

  private HttpResponse<String> pin(long id, String hook) {
    try {
      ObjectNode payload =
          (ObjectNode)
              JSON.readTree(
                  Payloads.optionAction("USR1", "win-pin-menu", "overflow", "pin:" + id, "C0G"));
      payload.put("response_url", app.slack.responseUrl(hook));
      return app.client.interactive(payload.toString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
