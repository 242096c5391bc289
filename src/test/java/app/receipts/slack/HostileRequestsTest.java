package app.receipts.slack;

import static app.receipts.slack.HostileInput.assertKeeperIntact;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed or unknown requests to /slack/events: a 4xx or a quiet ack, never a 500. */
class HostileRequestsTest {
  private static TestApp app;

  @BeforeAll
  static void start() {
    app = HostileInput.startWithKeeper();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static Stream<Arguments> rawRequests() {
    return Stream.of(
        Arguments.of(
            "malformed JSON payload", "payload=%7Bnot-json", "application/x-www-form-urlencoded"),
        Arguments.of(
            "payload missing fields",
            "payload=%7B%22type%22%3A%22block_actions%22%7D",
            "application/x-www-form-urlencoded"),
        Arguments.of(
            "unknown payload type",
            "payload=%7B%22type%22%3A%22nonsense%22%7D",
            "application/x-www-form-urlencoded"),
        Arguments.of("empty body", "", "application/x-www-form-urlencoded"),
        Arguments.of("wrong content type", "just some text", "text/plain"),
        Arguments.of("event with broken JSON", "{\"type\":\"event_callback\",", "application/json"),
        Arguments.of(
            "event for unknown type",
            "{\"type\":\"event_callback\",\"team_id\":\"T0001\",\"event_id\":\"Ev1\",\"event\":{\"type\":\"reaction_added\"}}",
            "application/json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rawRequests")
  void raw_requests_never_answer_500(String name, String body, String contentType) {
    HttpResponse<String> response = app.client.send(body, Map.of("Content-Type", contentType));

    assertTrue(
        response.statusCode() < 500, name + " → " + response.statusCode() + " " + response.body());
    assertFalse(response.body().contains("Exception"), response.body());
    assertKeeperIntact(app);
  }

  @Test
  void unknown_callback_ids_and_action_ids_are_ignored_safely() {
    var submission =
        app.client.interactive(
            Payloads.viewSubmission(
                "UHOSTILE", "no-such-modal", "V1", "", Payloads.state().build()));
    var action =
        app.client.interactive(Payloads.blockAction("UHOSTILE", "no-such-action", "1", "C1", null));

    assertTrue(submission.statusCode() < 500, submission.body());
    assertTrue(action.statusCode() < 500, action.body());
    assertKeeperIntact(app);
  }
}
