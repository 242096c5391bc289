package app.receipts.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad input in the rebuttal modal is answered on the field, and nothing is stored. */
class RebuttalModalTest {
  private static TestApp app;

  @BeforeAll
  static void start() {
    app = TestApp.start();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static JsonNode errors(String points, String period) throws Exception {
    var ack =
        app.client.interactive(
            RebuttalPacketTest.submission("U1", "V" + System.nanoTime(), points, period));
    assertEquals(200, ack.statusCode());
    JsonNode body = new ObjectMapper().readTree(ack.body());
    assertEquals("errors", body.path("response_action").asText(), ack.body());
    assertEquals(0, app.count("SELECT COUNT(*) FROM conversation_requests"));
    return body.path("errors");
  }

  @Test
  void empty_points_are_asked_for() throws Exception {
    JsonNode errors = errors("  \n \n", "last 6 months");
    assertTrue(
        errors.path(RebuttalForm.POINTS).asText().contains("at least one point"),
        errors.toString());
  }

  @Test
  void a_pasted_review_of_10_kb_is_refused_with_a_request_to_pick_points() throws Exception {
    String review = "The engineer met some expectations this half. ".repeat(220);
    JsonNode errors = errors(review, "last 6 months");
    String message = errors.path(RebuttalForm.POINTS).asText();
    assertTrue(message.contains("Pick the points"), message);
    assertTrue(message.length() <= 150, message);
  }

  @Test
  void eleven_points_are_too_many() throws Exception {
    JsonNode errors = errors("a point about delivery\n".repeat(11), "last 6 months");
    assertTrue(errors.path(RebuttalForm.POINTS).asText().contains("11 points"), errors.toString());
  }

  @Test
  void one_point_of_a_paragraph_is_asked_to_be_shorter() throws Exception {
    JsonNode errors = errors("ok\n" + "word ".repeat(80), "last 6 months");
    assertTrue(
        errors.path(RebuttalForm.POINTS).asText().startsWith("Point 2 is"), errors.toString());
  }

  @Test
  void a_bad_period_is_answered_on_its_field() throws Exception {
    JsonNode errors = errors("Misses deadlines", "someday soon");
    assertTrue(errors.path(Forms.PERIOD).asText().contains("someday soon"), errors.toString());
  }

  @Test
  void the_modal_starts_at_the_previous_review_when_reminders_know_it() {
    app.client.command("U5", "review 2026-06-20");
    app.clock.set(Instant.parse("2026-06-25T14:00:00Z"));
    try {
      app.client.command("U5", "review 2026-12-15");
      app.client.command("U5", "packet rebuttal");
      FakeSlack.Call open =
          app.slack.await(
              "views.open",
              c -> c.body().contains(ConversationIds.REBUTTAL_MODAL),
              Duration.ofSeconds(10));
      assertTrue(
          open.json("view").toString().contains("\"initial_value\":\"2026-06-20..2026-06-25\""),
          open.json("view").toString());
    } finally {
      app.clock.set(TestApp.START);
    }
  }

  @Test
  void the_open_button_opens_the_same_modal() {
    app.client.interactive(
        Payloads.blockAction("U6", ConversationIds.OPEN_REBUTTAL, "open", null, null));
    FakeSlack.Call open =
        app.slack.await(
            "views.open",
            c ->
                c.json("view").path("callback_id").asText().equals(ConversationIds.REBUTTAL_MODAL)
                    && c.json("view").toString().contains("\"initial_value\":\"last 6 months\""),
            Duration.ofSeconds(10));
    assertTrue(open.json("view").toString().contains("Points you disagree with"));
  }
}
