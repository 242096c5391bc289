package app.receipts.mydata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.Csv;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.ReminderClock;
import app.receipts.testing.TestApp;
import app.receipts.testing.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MyDataTest {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final List<String> TRICKY =
      List.of(
          "Shipped, finally: \"quoted\", commas, and\nnewlines",
          "=HYPERLINK(\"http://evil\") formula",
          "🚀 émoji and 中文",
          "plain win https://github.com/acme/x/pull/9");
  private TestApp app;

  private TestDatabases.Kind kind;

  private void start(TestDatabases.Kind vendor) {
    kind = vendor;
    app = TestApp.start(Map.of("DATABASE_URL", TestDatabases.migratedUrl(vendor)));
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private String uploaded(String suffix) {
    FakeSlack.Call complete = app.slack.await("files.completeUploadExternal", c -> true, WAIT);
    assertEquals("DU1", complete.param("channel_id"));
    return app.slack.calls("upload").stream()
        .map(c -> new String(c.bytes(), StandardCharsets.UTF_8))
        .filter(
            body ->
                suffix.equals("json")
                    ? body.contains("receipts.export/v1")
                    : body.contains("\"occurred_on\",\"competency\""))
        .findFirst()
        .orElseThrow();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void export_sends_json_and_csv_that_parse_back_to_the_same_entries(TestDatabases.Kind vendor)
      throws Exception {
    start(vendor);
    for (String text : TRICKY) {
      app.client.command("U1", text);
    }
    app.client.command("U2", "not mine");

    var ack = app.client.command("U1", "export");
    assertTrue(ack.body().contains("Preparing your export"), ack.body());

    String json = uploaded("json");
    JsonNode root = new ObjectMapper().readTree(json.substring(json.indexOf('{')));
    assertEquals("receipts.export/v1", root.path("schema").asText());
    assertEquals("U1", root.path("user_id").asText());
    List<String> texts = new ArrayList<>();
    root.path("entries").forEach(e -> texts.add(e.path("text").asText()));
    assertEquals(TRICKY.size(), texts.size());
    assertTrue(texts.containsAll(TRICKY), texts.toString());
    assertTrue(root.path("entries").toString().contains("https://github.com/acme/x/pull/9"));

    String csv = uploaded("csv");
    assertTrue(csv.startsWith("\uFEFF"), "UTF-8 BOM for spreadsheets");
    List<List<String>> rows = Csv.parse(csv.substring(1));
    assertEquals(TRICKY.size() + 1, rows.size());
    int textColumn = rows.get(0).indexOf("text");
    List<String> csvTexts =
        rows.subList(1, rows.size()).stream().map(r -> r.get(textColumn)).toList();
    assertTrue(
        csvTexts.contains("Shipped, finally: \"quoted\", commas, and\nnewlines"),
        csvTexts.toString());
    assertTrue(
        csvTexts.contains("'=HYPERLINK(\"http://evil\") formula"),
        "formula neutralised: " + csvTexts);
    assertTrue(csvTexts.contains("🚀 émoji and 中文"));
  }

  @Test
  void a_failed_export_is_told_in_dm() {
    start(TestDatabases.Kind.SQLITE);
    app.client.command("U1", "a win");
    app.slack.respond("files.getUploadURLExternal", c -> FakeSlack.Reply.error("internal_error"));

    app.client.command("U1", "export");

    FakeSlack.Call told =
        app.slack.await(
            "chat.postMessage",
            c -> String.valueOf(c.param("text")).contains("export failed"),
            WAIT);
    assertTrue(told.param("text").contains("internal_error"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void forget_me_confirms_then_leaves_nothing_of_the_user_in_any_table(TestDatabases.Kind vendor) {
    start(vendor);
    app.client.command("U1", "My win");
    app.client.command("U1", "remind mon 09:00");
    app.client.command("U1", "review 2026-09-01");
    app.client.command("U1", "packet");
    app.client.command("U2", "Someone else's win");
    app.jdbi()
        .useHandle(
            h ->
                h.execute(
                    "INSERT INTO entries (team_id, user_id, kind, status, text, competency, links, occurred_on,"
                        + " author_user_id, channel_id, message_ts, saved_by, created_at, updated_at) VALUES"
                        + " ('T0001', 'U2', 'PRAISE', 'KEPT', 'thanks U2', 'delivery', '', '2026-06-01', 'U1', 'C1',"
                        + " '1.2', 'U1', 0, 0)"));
    app.client.interactive(
        Payloads.messageShortcut("U1", "C1", "U3", "kind words", "1781000000.000900", null, 0));
    app.slack.await("files.completeUploadExternal", c -> true, WAIT);
    new ReminderClock(app).runAt(app.clock.instant());

    app.client.command("U1", "forget-me");
    assertEquals(
        "forget-me-modal",
        app.slack
            .await(
                "views.open",
                c -> c.json("view").path("callback_id").asText().equals("forget-me-modal"),
                WAIT)
            .json("view")
            .path("callback_id")
            .asText());
    assertTrue(count("U1") > 0, "there was something to forget");

    var done =
        app.client.interactive(
            Payloads.viewSubmission("U1", ForgetMe.MODAL, "VF", "", Payloads.state().build()));

    assertTrue(done.body().contains("Deleted 1 entries"), done.body());
    assertEquals(0, count("U1"), "no row of any table mentions U1");
    assertEquals(
        2, app.count("SELECT COUNT(*) FROM entries WHERE user_id = 'U2'"), "others untouched");
  }

  @Test
  void after_forget_me_app_home_shows_nothing_of_theirs() {
    start(TestDatabases.Kind.SQLITE);
    app.client.event(Payloads.homeOpened("U1", "EvForget"));
    app.client.command("U1", "Cut deploys from 40 to 12 minutes");
    app.client.command("U1", "Shipped the exporter");
    app.slack.await("views.publish", c -> c.param("view").contains("Shipped the exporter"), WAIT);

    var done =
        app.client.interactive(
            Payloads.viewSubmission("U1", ForgetMe.MODAL, "VF", "", Payloads.state().build()));
    assertTrue(done.body().contains("Deleted 2 entries"), done.body());
    app.slack.await(
        "views.publish", c -> c.param("view").contains("keeps nothing about you"), WAIT);
    app.awaitIdle();

    List<FakeSlack.Call> published =
        app.slack.calls("views.publish").stream()
            .filter(c -> "U1".equals(c.param("user_id")))
            .toList();
    String last = published.get(published.size() - 1).param("view");
    assertTrue(last.contains("keeps nothing about you"), last);
    assertFalse(last.contains("exporter") || last.contains("Reminders:"), last);
  }

  /** Rows of every table in which any text column mentions the user id. */
  private int count(String userId) {
    String allTables =
        kind == TestDatabases.Kind.SQLITE
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'";
    List<String> tables =
        app.jdbi().withHandle(h -> h.createQuery(allTables).mapTo(String.class).list());
    int total = 0;
    for (String table : tables) {
      List<Map<String, Object>> rows =
          app.jdbi().withHandle(h -> h.createQuery("SELECT * FROM " + table).mapToMap().list());
      for (Map<String, Object> row : rows) {
        for (Object value : row.values()) {
          String text =
              value instanceof byte[] bytes
                  ? new String(bytes, StandardCharsets.UTF_8)
                  : String.valueOf(value);
          if (text.contains(userId)) {
            total++;
          }
        }
      }
    }
    return total;
  }
}
