package app.receipts.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NearMissTest {
  private static final ObjectMapper JSON = new ObjectMapper();
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

  private static List<JsonNode> buttons(JsonNode ack) {
    List<JsonNode> buttons = new ArrayList<>();
    ack.path("blocks").forEach(b -> b.path("elements").forEach(buttons::add));
    return buttons;
  }

  private static Optional<JsonNode> button(JsonNode ack, String actionId) {
    return buttons(ack).stream()
        .filter(b -> b.path("action_id").asText().equals(actionId))
        .findFirst();
  }

  private FakeSlack.Call press(String userId, JsonNode button, String responseId) {
    app.client.interactive(
        Payloads.blockAction(
            userId,
            button.path("action_id").asText(),
            button.path("value").asText(),
            "C0GENERAL",
            app.slack.responseUrl(responseId)));
    return app.slack.await("response_url", call -> call.body() != null, Duration.ofSeconds(10));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "lsit|list",
        "hlep|help",
        "pakcet 2026-H2|packet 2026-H2",
        "edit|edit",
        "delete|delete",
        "undo|delete",
        "stats|help",
        "edit abc|edit",
        "delete abc|delete"
      })
  void near_miss_of_a_subcommand_is_not_saved_and_asks_first(String typed, String meant)
      throws Exception {
    JsonNode ack = command("U1", typed);

    assertEquals(0, app.count("SELECT COUNT(*) FROM entries"));
    assertEquals("ephemeral", ack.path("response_type").asText());
    boolean runnable = !meant.equals("edit") && !meant.equals("delete");
    // typing the command itself gets no "did you mean" of what they typed, but what it needs
    String headline =
        typed.equals(meant) && !runnable
            ? "`/win " + meant + "` needs a little more."
            : "Did you mean `/win " + meant + "`?";
    assertEquals(headline, ack.path("text").asText());
    assertTrue(ack.path("blocks").toString().contains(headline), ack.toString());
    if (!runnable) {
      assertTrue(
          ack.path("blocks").toString().contains("`/win " + meant + " <id>`"), ack.toString());
    }
    JsonNode save = button(ack, CaptureIds.SAVE_SUGGESTION).orElseThrow();
    assertEquals("Save as a win", save.path("text").path("text").asText());
    assertEquals(runnable, button(ack, CaptureIds.RUN_SUGGESTION).isPresent(), ack.toString());
    buttons(ack).forEach(b -> assertTrue(b.path("value").asText().length() <= 2000));
  }

  @Test
  void run_it_runs_the_list_the_person_meant() throws Exception {
    command("U1", "Shipped the importer");
    JsonNode ack = command("U1", "lsit");

    FakeSlack.Call reply = press("U1", button(ack, CaptureIds.RUN_SUGGESTION).orElseThrow(), "r1");

    JsonNode body = reply.bodyJson();
    assertTrue(body.path("replace_original").asBoolean(), reply.body());
    assertTrue(body.path("blocks").toString().contains("Your last 1 of 1 entries"), reply.body());
    assertTrue(body.path("blocks").toString().contains("Shipped the importer"), reply.body());
    assertEquals(1, app.count("SELECT COUNT(*) FROM entries"));
    app.slack.assertNoBreaches();
  }

  @Test
  void run_it_on_a_typo_of_edit_opens_the_editor_of_that_win() throws Exception {
    command("U1", "Shipped the importer");
    long id =
        app.jdbi().withHandle(h -> h.createQuery("SELECT id FROM entries").mapTo(Long.class).one());
    JsonNode ack = command("U1", "eidt " + id);
    assertEquals("Did you mean `/win edit " + id + "`?", ack.path("text").asText());

    JsonNode run = button(ack, CaptureIds.RUN_SUGGESTION).orElseThrow();
    app.client.interactive(
        Payloads.blockAction(
            "U1",
            run.path("action_id").asText(),
            run.path("value").asText(),
            "C0GENERAL",
            app.slack.responseUrl("e1")));

    JsonNode view = app.slack.await("views.open").json("view");
    assertTrue(view.path("blocks").toString().contains("Shipped the importer"), view.toString());
    assertEquals(1, app.count("SELECT COUNT(*) FROM entries"));
  }

  @Test
  void undo_offers_to_delete_the_win_logged_last_and_run_it_only_asks() throws Exception {
    command("U1", "Shipped the importer");
    command("U1", "Shipped the exporter");
    long last =
        app.jdbi()
            .withHandle(h -> h.createQuery("SELECT MAX(id) FROM entries").mapTo(Long.class).one());

    JsonNode ack = command("U1", "undo");
    assertEquals("Did you mean `/win delete " + last + "`?", ack.path("text").asText());
    FakeSlack.Call reply = press("U1", button(ack, CaptureIds.RUN_SUGGESTION).orElseThrow(), "u1");

    String blocks = reply.bodyJson().path("blocks").toString();
    assertTrue(blocks.contains("Delete win #" + last + "?"), reply.body());
    assertTrue(blocks.contains("Shipped the exporter"), reply.body());
    assertEquals(2, app.count("SELECT COUNT(*) FROM entries"), "asking deletes nothing");
    app.slack.assertNoBreaches();

    // praise a teammate saved for them, kept later, is not what "undo" takes back
    app.jdbi().useHandle(h -> h.execute("UPDATE entries SET kind = 'PRAISE' WHERE id = ?", last));
    assertEquals(
        "Did you mean `/win delete " + (last - 1) + "`?",
        command("U1", "undo").path("text").asText());
  }

  @Test
  void run_it_on_help_answers_with_the_help() throws Exception {
    JsonNode ack = command("U1", "hlep");

    FakeSlack.Call reply = press("U1", button(ack, CaptureIds.RUN_SUGGESTION).orElseThrow(), "r2");

    assertTrue(reply.bodyJson().path("text").asText().contains("`/win list`"), reply.body());
    assertEquals(0, app.count("SELECT COUNT(*) FROM entries"));
  }

  @Test
  void run_it_builds_the_packet_for_the_period_typed() throws Exception {
    // a period with none of U1's entries would be answered without building anything
    command("U1", "Shipped the search index rebuild");
    JsonNode ack = command("U1", "pakcet 2026-H1");
    JsonNode run = button(ack, CaptureIds.RUN_SUGGESTION).orElseThrow();

    FakeSlack.Call reply = press("U1", run, "r3");

    String text = reply.bodyJson().path("text").asText();
    assertTrue(text.contains("Building your packet for"), reply.body());
    assertTrue(text.contains("2026"), reply.body());
    assertEquals(1, app.count("SELECT COUNT(*) FROM entries"), "the near miss saved nothing");
  }

  @Test
  void save_as_a_win_saves_the_original_text_with_the_normal_ack() throws Exception {
    JsonNode ack = command("U1", "stats");

    FakeSlack.Call reply = press("U1", button(ack, CaptureIds.SAVE_SUGGESTION).orElseThrow(), "s1");

    assertEquals(1, app.count("SELECT COUNT(*) FROM entries WHERE user_id = 'U1'"));
    assertEquals(
        1, app.count("SELECT COUNT(*) FROM entries WHERE user_id = 'U1' AND text = 'stats'"));
    JsonNode body = reply.bodyJson();
    assertEquals("Saved your win.", body.path("text").asText());
    assertTrue(body.path("blocks").toString().contains("Saved win #"), reply.body());
    assertTrue(body.path("replace_original").asBoolean());
    app.slack.assertNoBreaches();
  }

  @Test
  void buttons_pressed_by_someone_else_do_nothing() throws Exception {
    JsonNode ack = command("U1", "undo");
    JsonNode save = button(ack, CaptureIds.SAVE_SUGGESTION).orElseThrow();

    FakeSlack.Call reply = press("U2", save, "x1");

    assertEquals(0, app.count("SELECT COUNT(*) FROM entries"));
    assertTrue(reply.bodyJson().path("text").asText().contains("someone else"), reply.body());
  }

  @Test
  void ordinary_wins_and_sentences_that_start_like_commands_still_save() throws Exception {
    for (String win :
        List.of(
            "Shipped the importer",
            "list of flaky tests I fixed",
            "listed our API in the partner catalog",
            "Cut p95 latency from 1.8s to 210ms")) {
      JsonNode ack = command("U3", win);
      assertTrue(ack.path("blocks").toString().contains("Saved win #"), win + ": " + ack);
      assertFalse(button(ack, CaptureIds.SAVE_SUGGESTION).isPresent());
    }
    assertEquals(4, app.count("SELECT COUNT(*) FROM entries WHERE user_id = 'U3'"));
  }

  @Test
  void value_round_trips_and_refuses_what_is_not_one() {
    SuggestionValue value = new SuggestionValue("U1ABC", "pakcet  2026-H2 ✨");
    assertEquals(Optional.of(value), SuggestionValue.decode(value.encode()));
    assertEquals(Optional.empty(), SuggestionValue.decode("no-owner"));
    assertEquals(Optional.empty(), SuggestionValue.decode("u1 lowercase owner"));
    assertEquals(Optional.empty(), SuggestionValue.decode("U1 "));
    assertEquals(Optional.empty(), SuggestionValue.decode(null));
    assertFalse(new SuggestionValue("U1", "x".repeat(2000)).fits());
    assertTrue(new SuggestionValue("U1", "x".repeat(1997)).fits());
  }
}
