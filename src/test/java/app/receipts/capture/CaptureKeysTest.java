package app.receipts.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A capture key makes a retried delivery answer with the entry stored the first time; it must never
 * answer one person with another's entry, and a payload without one must still store once.
 */
class CaptureKeysTest {
  private static TestApp app;

  @BeforeAll
  static void start() {
    app = TestApp.start();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static List<String> texts(String userId) {
    return app.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT text FROM entries WHERE user_id = :u ORDER BY id")
                    .bind("u", userId)
                    .mapTo(String.class)
                    .list());
  }

  @Test
  void two_people_whose_commands_share_a_trigger_id_each_get_their_own_win() {
    HttpResponse<String> first =
        app.client.send(
            app.client.commandBody("UA1", "Alice's private win", "trig-shared"), Map.of());
    HttpResponse<String> second =
        app.client.send(app.client.commandBody("UB1", "Bob's own win", "trig-shared"), Map.of());

    assertTrue(first.body().contains("Alice's private win"), first.body());
    assertTrue(second.body().contains("Saved win #"), second.body());
    assertTrue(second.body().contains("Bob's own win"), second.body());
    assertFalse(second.body().contains("Alice"), "Bob was shown Alice's entry: " + second.body());
    assertEquals(List.of("Alice's private win"), texts("UA1"));
    assertEquals(List.of("Bob's own win"), texts("UB1"));
  }

  @Test
  void a_retried_command_still_stores_once_for_its_person() {
    String body = app.client.commandBody("UC1", "Shipped the retry-safe importer", "trig-retry");
    app.client.send(body, Map.of());
    HttpResponse<String> retry = app.client.send(body, Map.of("X-Slack-Retry-Num", "1"));

    assertTrue(retry.body().contains("Shipped the retry-safe importer"), retry.body());
    assertEquals(List.of("Shipped the retry-safe importer"), texts("UC1"));
  }

  @Test
  void commands_without_a_trigger_id_are_each_stored_and_answered_with_their_own_text() {
    String alice =
        app.client
            .commandBody("UD1", "Dana's win without a trigger", "")
            .replace("&trigger_id=", "");
    String bob =
        app.client
            .commandBody("UE1", "Eli's win without a trigger", "")
            .replace("&trigger_id=", "");

    HttpResponse<String> first = app.client.send(alice, Map.of());
    HttpResponse<String> second = app.client.send(bob, Map.of());

    assertTrue(first.body().contains("Dana's win without a trigger"), first.body());
    assertTrue(second.body().contains("Eli's win without a trigger"), second.body());
    assertFalse(second.body().contains("Dana"), second.body());
    assertEquals(List.of("Dana's win without a trigger"), texts("UD1"));
    assertEquals(List.of("Eli's win without a trigger"), texts("UE1"));
  }

  @Test
  void two_people_submitting_modals_with_the_same_view_id_each_get_their_own_win() {
    app.client.interactive(modal("UF1", "VSHARED", "Fay modal win"));
    HttpResponse<String> second = app.client.interactive(modal("UG1", "VSHARED", "Gus modal win"));

    assertEquals(200, second.statusCode());
    assertEquals(List.of("Fay modal win"), texts("UF1"));
    assertEquals(List.of("Gus modal win"), texts("UG1"));
    app.slack.await(
        "chat.postMessage",
        c -> String.valueOf(c.param("blocks")).contains("Gus modal win"),
        Duration.ofSeconds(5));
    app.slack.await(
        "chat.postMessage",
        c -> String.valueOf(c.param("blocks")).contains("Fay modal win"),
        Duration.ofSeconds(5));
    assertEquals(
        1,
        app.slack.calls("chat.postMessage").stream()
            .filter(c -> String.valueOf(c.param("blocks")).contains("Fay modal win"))
            .count(),
        "Fay's win was shown to someone else too");
  }

  private static String modal(String userId, String viewId, String text) {
    return Payloads.winModal(userId, viewId, text);
  }
}
