package app.receipts.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.entries.Competency;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A guessed competency says so in the /win ack, and one click re-files the win. */
class RefileFromAckTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GUESSED = "Closed JIRA-1234 and PR #42";
  private TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start();
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private JsonNode command(String userId, String text) throws Exception {
    return JSON.readTree(app.client.command(userId, text).body());
  }

  private static List<JsonNode> refiles(JsonNode ack) {
    List<JsonNode> buttons = new ArrayList<>();
    ack.path("blocks")
        .forEach(
            b ->
                b.path("elements")
                    .forEach(
                        e -> {
                          if (e.path("action_id").asText().startsWith(CaptureIds.REFILE_PREFIX)) {
                            buttons.add(e);
                          }
                        }));
    return buttons;
  }

  private String competencyOf(String userId) {
    return app.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT competency FROM entries WHERE user_id = :u")
                    .bind("u", userId)
                    .mapTo(String.class)
                    .one());
  }

  private FakeSlack.Call press(String userId, JsonNode button, String responseId) {
    app.client.interactive(
        Payloads.blockAction(
            userId,
            button.path("action_id").asText(),
            button.path("value").asText(),
            "C0GENERAL",
            app.slack.responseUrl(responseId)));
    return app.slack.await("response_url");
  }

  @Test
  void a_guess_says_so_and_offers_the_likely_alternatives() throws Exception {
    JsonNode ack = command("U1", GUESSED);

    String blocks = ack.path("blocks").toString();
    assertTrue(blocks.contains("Filed under *Delivery* — a guess"), blocks);
    List<JsonNode> buttons = refiles(ack);
    assertFalse(buttons.isEmpty(), blocks);
    assertTrue(buttons.size() <= 3, blocks);
    List<String> labels = buttons.stream().map(b -> b.path("text").path("text").asText()).toList();
    assertEquals(List.of("Collaboration", "Continuous improvement"), labels);
    assertEquals("delivery", competencyOf("U1"));
  }

  @Test
  void pressing_an_alternative_refiles_the_win_and_updates_the_ack() throws Exception {
    JsonNode button = refiles(command("U1", GUESSED)).get(1);

    FakeSlack.Call reply = press("U1", button, "re1");

    assertEquals("continuous-improvement", competencyOf("U1"));
    JsonNode body = reply.bodyJson();
    assertTrue(body.path("replace_original").asBoolean(), reply.body());
    String blocks = body.path("blocks").toString();
    assertTrue(blocks.contains("Updated win #"), blocks);
    assertTrue(blocks.contains("Competency: *Continuous improvement*"), blocks);
    assertFalse(blocks.contains("a guess"), blocks);
    assertEquals(
        GUESSED,
        app.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT text FROM entries WHERE user_id = 'U1'")
                        .mapTo(String.class)
                        .one()));
    app.slack.assertNoBreaches();
  }

  @Test
  void someone_else_pressing_it_changes_nothing() throws Exception {
    JsonNode button = refiles(command("U1", GUESSED)).get(0);

    FakeSlack.Call reply = press("U2", button, "re2");

    assertEquals("delivery", competencyOf("U1"));
    assertTrue(reply.bodyJson().path("text").asText().contains("isn't yours"), reply.body());
  }

  @Test
  void a_confident_competency_is_not_called_a_guess() throws Exception {
    JsonNode ack = command("U3", "Fixed a flaky test in the checkout suite");

    String blocks = ack.path("blocks").toString();
    assertTrue(blocks.contains("Competency: *Code quality*"), blocks);
    assertTrue(refiles(ack).isEmpty(), blocks);
  }

  @Test
  void value_round_trips_and_refuses_what_is_not_one() {
    RefileValue value = new RefileValue(42, Competency.PROBLEM_SOLVING);
    assertEquals(Optional.of(value), RefileValue.decode(value.encode()));
    assertEquals(Optional.empty(), RefileValue.decode("42"));
    assertEquals(Optional.empty(), RefileValue.decode("42 nonsense"));
    assertEquals(Optional.empty(), RefileValue.decode("x problem-solving"));
    assertEquals(Optional.empty(), RefileValue.decode(null));
  }
}
