package app.receipts.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pin and leave out from App Home's entry menu; Home shows the state and stays in limits. */
class HomePinsTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start();
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private JsonNode publishedFor(String userId, Predicate<String> matching) {
    return app.slack
        .await(
            "views.publish",
            c -> userId.equals(c.param("user_id")) && matching.test(c.param("view")),
            WAIT)
        .json("view");
  }

  private long onlyEntry() {
    return app.jdbi()
        .withHandle(h -> h.createQuery("SELECT id FROM entries").mapTo(Long.class).one());
  }

  private int marked(String column) {
    return app.count("SELECT COUNT(*) FROM entries WHERE " + column + " IS NOT NULL");
  }

  private static List<String> menuOf(JsonNode view, long id) {
    List<String> values = new ArrayList<>();
    for (JsonNode block : view.path("blocks")) {
      JsonNode accessory = block.path("accessory");
      if (accessory.path("action_id").asText().equals(HomeIds.ENTRY_MENU)
          && block.path("text").path("text").asText().contains("`#" + id + "`")) {
        accessory.path("options").forEach(o -> values.add(o.path("value").asText()));
      }
    }
    return values;
  }

  private void choose(String userId, String value) {
    app.client.interactive(
        Payloads.optionAction(userId, HomeIds.ENTRY_MENU, "overflow", value, null));
  }

  @Test
  void pin_unpin_and_leave_out_from_the_menu_are_stored_and_shown() {
    app.client.event(Payloads.homeOpened("U1", "EvPins"));
    publishedFor("U1", v -> v.contains("Nothing here yet"));
    app.client.command("U1", "Cut CI from 24 to 9 minutes");
    long id = onlyEntry();
    JsonNode fresh = publishedFor("U1", v -> v.contains("Cut CI from 24 to 9 minutes"));
    assertEquals(
        List.of("edit:" + id, "pin:" + id, "leave-out:" + id, "delete:" + id), menuOf(fresh, id));

    choose("U1", "pin:" + id);
    JsonNode pinned = publishedFor("U1", v -> v.contains(":pushpin: Pinned"));
    assertEquals(1, marked("pinned_at"));
    assertEquals(
        List.of("edit:" + id, "unpin:" + id, "leave-out:" + id, "delete:" + id),
        menuOf(pinned, id));

    choose("U1", "leave-out:" + id);
    JsonNode left = publishedFor("U1", v -> v.contains("Left out of packets"));
    assertFalse(left.toString().contains(":pushpin: Pinned"), left.toString());
    assertEquals(0, marked("pinned_at"));
    assertEquals(1, marked("left_out_at"));

    choose("U1", "include:" + id);
    app.awaitIdle();
    assertEquals(0, marked("left_out_at"));
    List<app.receipts.testing.FakeSlack.Call> published = app.slack.calls("views.publish");
    JsonNode last = published.get(published.size() - 1).json("view");
    assertFalse(last.toString().contains("Left out of packets"), last.toString());
    app.slack.assertNoBreaches();
  }

  @Test
  void a_forged_pin_of_someone_elses_entry_changes_nothing_and_is_answered() {
    app.client.command("U1", "Shipped search v2");
    long id = onlyEntry();

    choose("U2", "pin:" + id);
    choose("U2", "leave-out:" + id);

    app.slack.await(
        "chat.postMessage",
        c -> "U2".equals(c.param("channel")) && c.param("text").contains("isn't yours"),
        WAIT);
    assertEquals(0, marked("pinned_at"));
    assertEquals(0, marked("left_out_at"));
    assertTrue(
        app.neverCalled("views.publish", c -> "U1".equals(c.param("user_id"))),
        "nothing of U1's changed, so nothing was republished");
  }

  @Test
  void a_full_page_of_pinned_long_entries_stays_inside_slack_limits() {
    app.jdbi()
        .useHandle(
            h -> {
              var batch =
                  h.prepareBatch(
                      "INSERT INTO entries (team_id, user_id, kind, status, text, metric,"
                          + " competency, links, occurred_on, created_at, updated_at, pinned_at,"
                          + " left_out_at) VALUES ('T0001', 'U1', 'WIN', 'KEPT', :t, :m,"
                          + " 'delivery', :l, :d, 0, 0, :p, :o)");
              for (int i = 0; i < 300; i++) {
                batch
                    .bind("t", "Win " + i + " <&> " + "long text ".repeat(300))
                    .bind("m", "error rate 2.3% → 0.4% ".repeat(20))
                    .bind("l", ("https://github.com/acme/x/pull/" + i + "\n").repeat(30).strip())
                    .bind("d", LocalDate.of(2026, 6, 14).minusDays(i).toString())
                    .bind("p", i % 2 == 0 ? 1L : null)
                    .bind("o", i % 2 == 1 ? 1L : null)
                    .add();
              }
              batch.execute();
            });

    app.client.event(Payloads.homeOpened("U1", "EvFull"));
    JsonNode view = publishedFor("U1", v -> true);

    String text = view.toString();
    assertTrue(text.contains(":pushpin: Pinned"), "pins shown");
    assertTrue(text.contains("Left out of packets"), "leave-outs shown");
    assertTrue(view.path("blocks").size() <= 100, "blocks: " + view.path("blocks").size());
    for (JsonNode block : view.path("blocks")) {
      assertTrue(block.path("text").path("text").asText().length() <= 3000, block.toString());
      for (JsonNode element : block.path("elements")) {
        assertTrue(element.path("text").asText().length() <= 3000, element.toString());
      }
      assertTrue(block.path("accessory").path("options").size() <= 5, block.toString());
    }
    assertTrue(text.getBytes(StandardCharsets.UTF_8).length < 250_000);
    app.slack.assertNoBreaches();
  }
}
