package app.receipts.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.ReminderClock;
import app.receipts.testing.TestApp;
import app.receipts.testing.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AppHomeTest {
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

  /** Moves the test onto a fresh PostgreSQL database; SQLite is what {@link #start} opened. */
  private void on(TestDatabases.Kind kind) {
    if (kind == TestDatabases.Kind.POSTGRESQL) {
      app.close();
      app = TestApp.start(Map.of("DATABASE_URL", TestDatabases.migratedPostgresUrl()));
    }
  }

  private JsonNode publishedFor(String userId, Predicate<String> matching) {
    return app.slack
        .await(
            "views.publish",
            c -> userId.equals(c.param("user_id")) && matching.test(c.param("view")),
            WAIT)
        .json("view");
  }

  private void insertEntries(String userId, int count) {
    app.jdbi()
        .useHandle(
            h -> {
              var batch =
                  h.prepareBatch(
                      "INSERT INTO entries (team_id, user_id, kind, status, text, competency, links,"
                          + " occurred_on, created_at, updated_at) VALUES ('T0001', :u, 'WIN', 'KEPT', :t,"
                          + " :c, 'https://github.com/acme/x/pull/1', :d, 0, 0)");
              String[] competencies = {"delivery", "code-quality", "collaboration"};
              for (int i = 0; i < count; i++) {
                batch
                    .bind("u", userId)
                    .bind("t", "Win " + i + " " + "long text ".repeat(60))
                    .bind("c", competencies[i % 3])
                    .bind("d", java.time.LocalDate.of(2026, 6, 14).minusDays(i % 900).toString())
                    .add();
              }
              batch.execute();
            });
  }

  private static void assertInsideSlackLimits(JsonNode view) {
    assertTrue(view.path("blocks").size() <= 100, "blocks: " + view.path("blocks").size());
    for (JsonNode block : view.path("blocks")) {
      assertTrue(block.path("text").path("text").asText().length() <= 3000);
    }
    assertTrue(view.toString().getBytes(StandardCharsets.UTF_8).length < 250_000);
  }

  @Test
  void opening_home_with_no_entries_explains_how_to_start() {
    app.client.event(Payloads.homeOpened("U1", "Ev1"));

    JsonNode view = publishedFor("U1", v -> true);
    assertEquals("home", view.path("type").asText());
    String text = view.toString();
    assertTrue(text.contains("Nothing here yet"), text);
    for (String id :
        new String[] {HomeIds.LOG_WIN, HomeIds.BUILD_PACKET, HomeIds.REMINDER_SETTINGS}) {
      assertTrue(text.contains(id), id);
    }
    assertInsideSlackLimits(view);
  }

  @Test
  void a_retried_event_publishes_once() {
    String event = Payloads.homeOpened("U1", "EvSame");
    app.client.event(event);
    app.client.send(
        event,
        Map.of(
            "Content-Type",
            "application/json",
            "X-Slack-Retry-Num",
            "1",
            "X-Slack-Retry-Reason",
            "http_timeout"));
    publishedFor("U1", v -> true);

    assertTrue(
        app.neverCalled("views.publish", c -> app.slack.calls("views.publish").indexOf(c) > 0),
        "published once");
    assertEquals(
        1, app.count("SELECT COUNT(*) FROM slack_deliveries WHERE delivery_id = 'EvSame'"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void home_is_republished_after_a_new_win_with_counts_and_the_entry(TestDatabases.Kind kind) {
    on(kind);
    app.client.event(Payloads.homeOpened("U1", "EvLook"));
    publishedFor("U1", v -> v.contains("Nothing here yet"));

    app.client.command("U1", "Refactored the billing module <!channel>");

    JsonNode view = publishedFor("U1", v -> v.contains("Refactored the billing module"));
    String text = view.toString();
    assertTrue(text.contains("&lt;!channel&gt;"), text);
    assertFalse(text.contains("<!channel>"), text);
    assertTrue(text.contains("Code quality"), text);
    assertTrue(text.contains("This quarter (Q2 2026)"), text);
    assertTrue(text.contains(HomeIds.ENTRY_MENU), text);
    assertInsideSlackLimits(view);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void five_thousand_entries_stay_inside_limits_and_page_older_and_newer(TestDatabases.Kind kind) {
    on(kind);
    insertEntries("U1", 5_000);

    app.client.event(Payloads.homeOpened("U1", "Ev5k"));
    JsonNode first = publishedFor("U1", v -> true);
    assertInsideSlackLimits(first);
    assertTrue(first.toString().contains("Entries 1–20 of 5000"), "paging context");
    assertTrue(first.toString().contains(HomeIds.OLDER));
    assertFalse(first.toString().contains(HomeIds.NEWER));

    app.client.interactive(Payloads.blockAction("U1", HomeIds.OLDER, "1", null, null));
    JsonNode second = publishedFor("U1", v -> v.contains("Entries 21–40 of 5000"));
    assertInsideSlackLimits(second);
    assertTrue(second.toString().contains(HomeIds.NEWER));

    app.client.interactive(Payloads.blockAction("U1", HomeIds.OLDER, "9999", null, null));
    JsonNode last = publishedFor("U1", v -> v.contains("Entries 4981–5000 of 5000"));
    assertFalse(last.toString().contains(HomeIds.OLDER));
  }

  @Test
  void a_win_of_someone_who_never_opened_home_publishes_nothing_until_they_open_it() {
    app.client.command("U1", "Shipped the quiet win");

    assertTrue(app.neverCalled("views.publish", c -> true), "nothing published before a look");
    app.client.event(Payloads.homeOpened("U1", "EvFirstLook"));
    publishedFor("U1", v -> v.contains("Shipped the quiet win"));
    assertEquals(
        1,
        app.count(
            "SELECT COUNT(*) FROM people WHERE user_id = 'U1' AND home_opened_at IS NOT NULL"));
  }

  @Test
  void delete_from_the_menu_asks_to_confirm_then_deletes_and_republishes() {
    app.client.event(Payloads.homeOpened("U1", "EvLookFirst"));
    publishedFor("U1", v -> v.contains("Nothing here yet"));
    app.client.command("U1", "Obsolete win");
    long id =
        app.jdbi().withHandle(h -> h.createQuery("SELECT id FROM entries").mapTo(Long.class).one());

    app.client.interactive(
        Payloads.optionAction("U1", HomeIds.ENTRY_MENU, "overflow", "delete:" + id, null));
    FakeSlack.Call confirm =
        app.slack.await(
            "views.open",
            c -> c.json("view").path("callback_id").asText().equals(HomeIds.DELETE_MODAL),
            WAIT);
    String metadata = confirm.json("view").path("private_metadata").asText();

    var crafted =
        app.client.interactive(
            Payloads.viewSubmission(
                "U2", HomeIds.DELETE_MODAL, "VD", metadata, Payloads.state().build()));
    assertTrue(crafted.body().contains("isn't yours"), crafted.body());
    assertEquals(1, app.count("SELECT COUNT(*) FROM entries"));

    app.client.interactive(
        Payloads.viewSubmission(
            "U1", HomeIds.DELETE_MODAL, "VD", metadata, Payloads.state().build()));
    assertEquals(0, app.count("SELECT COUNT(*) FROM entries"));
    publishedFor("U1", v -> v.contains("Nothing here yet"));
  }

  @Test
  void edit_from_the_menu_opens_the_prefilled_win_modal() {
    app.client.command("U1", "Shipped search v2");
    long id =
        app.jdbi().withHandle(h -> h.createQuery("SELECT id FROM entries").mapTo(Long.class).one());

    app.client.interactive(
        Payloads.optionAction("U1", HomeIds.ENTRY_MENU, "overflow", "edit:" + id, null));

    JsonNode view =
        app.slack
            .await(
                "views.open",
                c -> c.json("view").path("callback_id").asText().equals("win-modal"),
                WAIT)
            .json("view");
    assertTrue(view.toString().contains("Shipped search v2"));
  }

  @Test
  void build_packet_button_opens_a_modal_that_validates_and_delivers() {
    app.client.command("U1", "Shipped search v2");
    app.client.interactive(Payloads.blockAction("U1", HomeIds.BUILD_PACKET, "packet", null, null));
    app.slack.await(
        "views.open",
        c -> c.json("view").path("callback_id").asText().equals(HomeIds.PACKET_MODAL),
        WAIT);

    var bad =
        app.client.interactive(
            Payloads.viewSubmission(
                "U1",
                HomeIds.PACKET_MODAL,
                "VPK",
                "",
                Payloads.state().text("period", "someday").build()));
    assertTrue(bad.body().contains("\"period\""), bad.body());

    app.client.interactive(
        Payloads.viewSubmission(
            "U1",
            HomeIds.PACKET_MODAL,
            "VPK",
            "",
            Payloads.state().text("period", "2026-H1").build()));
    app.slack.await("files.completeUploadExternal", c -> true, Duration.ofSeconds(30));
  }

  @Test
  void an_empty_period_in_the_packet_modal_is_a_field_error_and_builds_nothing() {
    app.client.command("U1", "Shipped search v2");
    var empty =
        app.client.interactive(
            Payloads.viewSubmission(
                "U1",
                HomeIds.PACKET_MODAL,
                "VPE",
                "",
                Payloads.state().text("period", "2025").build()));
    assertTrue(empty.body().contains("\"response_action\":\"errors\""), empty.body());
    assertTrue(empty.body().contains("No entries between Jan 1 and Dec 31, 2025"), empty.body());
    app.awaitIdle();
    assertTrue(app.slack.calls("files.getUploadURLExternal").isEmpty(), "no files for nothing");
  }

  @Test
  void reminder_settings_modal_changes_the_schedule_and_review_date() {
    app.client.command("U1", "Shipped search v2");
    app.client.interactive(
        Payloads.blockAction("U1", HomeIds.REMINDER_SETTINGS, "remind", null, null));
    JsonNode modal =
        app.slack
            .await(
                "views.open",
                c -> c.json("view").path("callback_id").asText().equals(HomeIds.REMINDER_MODAL),
                WAIT)
            .json("view");
    assertTrue(modal.toString().contains("\"initial_time\":\"16:00\""), modal.toString());

    var values = Payloads.state().build();
    values
        .putObject("enabled")
        .putObject("input")
        .put("type", "checkboxes")
        .putArray("selected_options")
        .addObject()
        .put("value", "on");
    var days =
        values
            .putObject("days")
            .putObject("input")
            .put("type", "checkboxes")
            .putArray("selected_options");
    days.addObject().put("value", "MONDAY");
    days.addObject().put("value", "THURSDAY");
    values
        .putObject("time")
        .putObject("input")
        .put("type", "timepicker")
        .put("selected_time", "09:30");
    values
        .putObject("review")
        .putObject("input")
        .put("type", "datepicker")
        .put("selected_date", "2026-07-20");
    app.client.interactive(Payloads.viewSubmission("U1", HomeIds.REMINDER_MODAL, "VR", "", values));

    assertTrue(
        app.client.command("U1", "remind").body().contains("Mondays and Thursdays at 09:30"));
    assertTrue(app.client.command("U1", "review").body().contains("Jul 20, 2026"));
    assertTrue(
        new ReminderClock(app)
            .scheduledTimes("U1")
            .contains(java.time.Instant.parse("2026-06-18T13:30:00Z")));
  }
}
