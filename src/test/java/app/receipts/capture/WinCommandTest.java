package app.receipts.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.SharedApp;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.bolt.App;
import java.lang.reflect.Field;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WinCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  // every test has users of its own and reads only their entries
  @RegisterExtension static final SharedApp shared = new SharedApp();
  private final TestApp app = shared.app();

  private List<Map<String, Object>> entries(String userId) {
    return app.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT * FROM entries WHERE user_id = :u ORDER BY id")
                    .bind("u", userId)
                    .mapToMap()
                    .list());
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }

  @Test
  void win_with_text_is_stored_and_answered_ephemerally_inside_the_ack() throws Exception {
    HttpResponse<String> response =
        app.client.command(
            "U1",
            "Reduced p95 latency from 1.8s to 210ms by adding a composite index https://github.com/acme/api/pull/42");

    assertEquals(200, response.statusCode());
    JsonNode body = json(response);
    assertEquals("ephemeral", body.path("response_type").asText());
    String blocks = body.path("blocks").toString();
    assertTrue(blocks.contains("Saved win #"), blocks);
    assertTrue(blocks.contains("Reduced p95 latency from 1.8s to 210ms"), blocks);
    assertTrue(
        blocks.contains(CaptureIds.EDIT_BUTTON) && blocks.contains(CaptureIds.UNDO_BUTTON), blocks);

    List<Map<String, Object>> rows = entries("U1");
    assertEquals(1, rows.size());
    Map<String, Object> row = rows.get(0);
    assertEquals("T0001", row.get("team_id"));
    assertEquals("WIN", row.get("kind"));
    assertEquals("https://github.com/acme/api/pull/42", row.get("links"));
    assertEquals("2026-06-15", row.get("occurred_on"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Shipped the 🚀 launch, merci beaucoup à l'équipe",
        "'; DROP TABLE entries; --",
        "Quoted \"things\" and <!channel> and <@U999> and <https://evil.example|click>",
        "أطلقنا الميزة الجديدة",
        "list of fixes for the flaky CI jobs"
      })
  void text_is_stored_exactly_as_typed_and_escaped_in_the_reply(String text) throws Exception {
    String user = "U2X" + Integer.toHexString(text.hashCode()).toUpperCase(Locale.ROOT);
    HttpResponse<String> response = app.client.command(user, text);

    assertEquals(200, response.statusCode());
    List<Map<String, Object>> rows = entries(user);
    assertEquals(1, rows.size());
    assertEquals(text, rows.get(0).get("text"));
    String reply = json(response).path("blocks").toString();
    assertFalse(reply.contains("<!channel>"), reply);
    assertFalse(reply.contains("<@U999>"), reply);
  }

  @Test
  void win_over_3000_characters_is_refused_and_nothing_is_stored() throws Exception {
    HttpResponse<String> response = app.client.command("U3", "a".repeat(3001));

    JsonNode body = json(response);
    assertEquals("ephemeral", body.path("response_type").asText());
    assertTrue(body.path("text").asText().contains("3000"), body.toString());
    assertTrue(entries("U3").isEmpty());
  }

  @Test
  void link_that_is_not_http_is_refused_and_nothing_is_stored() throws Exception {
    HttpResponse<String> response =
        app.client.command("U11", "Published the runbook ftp://files.example/runbook.pdf");

    assertTrue(json(response).path("text").asText().contains("not a web link"), response.body());
    assertTrue(entries("U11").isEmpty());
  }

  @Test
  void whitespace_only_text_opens_the_modal_instead_of_storing() {
    int before = app.slack.calls("views.open").size();
    app.client.command("U4", "   ");

    var open =
        app.slack.await(
            "views.open",
            c -> app.slack.calls("views.open").indexOf(c) >= before,
            Duration.ofSeconds(10));
    assertEquals(CaptureIds.MODAL, open.json("view").path("callback_id").asText());
    assertTrue(entries("U4").isEmpty());
  }

  @Test
  void help_lists_every_subcommand_the_shortcut_and_app_home_with_an_example_each()
      throws Exception {
    String text = json(app.client.command("U5", "help")).path("text").asText();
    List<String> registered = registeredWinCommand().subcommandNames();
    assertFalse(registered.isEmpty(), "found the registered subcommands");

    for (String name : registered) {
      String line =
          text.lines()
              .filter(l -> l.startsWith("`/win " + name))
              .findFirst()
              .orElseThrow(() -> new AssertionError("help lists /win " + name + ": " + text));
      assertTrue(line.contains("e.g. `/win " + name), "an example of /win " + name + ": " + line);
    }
    for (String word : List.of("`/win help`", "`/win`", "*Save as evidence*", "*App Home*")) {
      assertTrue(text.contains(word), "help mentions " + word + ": " + text);
    }
    assertEquals(
        registered.size() + 6,
        text.lines().filter(l -> l.contains("e.g.") || l.contains("E.g.")).count(),
        "one example on each line: " + text);
  }

  /** The /win handler as CaptureFeature registered it, to list what it was actually given. */
  private WinCommand registeredWinCommand() throws Exception {
    Field field = App.class.getDeclaredField("slashCommandHandlers");
    field.setAccessible(true);
    Map<?, ?> handlers = (Map<?, ?>) field.get(app.running.app());
    return handlers.values().stream()
        .filter(WinCommand.class::isInstance)
        .map(WinCommand.class::cast)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void list_shows_the_last_ten_entries_of_this_user_only() throws Exception {
    for (int i = 1; i <= 12; i++) {
      app.client.command("U6", "Win number " + i);
    }
    app.client.command("U7", "Someone else's secret win");

    String blocks = json(app.client.command("U6", "list")).path("blocks").toString();

    assertTrue(blocks.contains("Your last 10 of 12 entries"), blocks);
    assertTrue(blocks.contains("Win number 12"), blocks);
    assertFalse(blocks.contains("Win number 2\\n"), blocks);
    assertFalse(blocks.contains("secret"), blocks);
  }

  @Test
  void same_command_delivered_twice_stores_one_entry() {
    String body = app.client.commandBody("U8", "Migrated billing to the new queue", "trig-fixed-1");

    app.client.send(body, Map.of());
    app.client.send(body, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));

    assertEquals(1, entries("U8").size());
  }

  @Test
  void delete_by_id_asks_the_owner_only_and_someone_else_has_no_such_entry() throws Exception {
    app.client.command("U9", "Mine to delete");
    long id = ((Number) entries("U9").get(0).get("id")).longValue();

    String other = json(app.client.command("U10", "delete " + id)).path("text").asText();
    assertTrue(other.contains("You have no entry #" + id), other);
    assertEquals(1, entries("U9").size());

    JsonNode mine = json(app.client.command("U9", "delete #" + id));
    assertTrue(mine.path("blocks").toString().contains("Delete win #" + id), mine.toString());
    assertEquals(1, entries("U9").size(), "nothing is deleted before the answer");
  }
}
