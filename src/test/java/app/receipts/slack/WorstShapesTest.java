package app.receipts.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The longest, most escaped shapes people send, through every surface: each reply must be one the
 * strict FakeSlack accepts (TestApp.close fails the test on any refusal) and still readable, with
 * the full text kept in storage.
 */
class WorstShapesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(10);

  /** 3,000 characters as a person counts them; 3,750 UTF-16 units; 7,000+ once escaped. */
  static final String EMOJI_WIN = "🎉&<>".repeat(750);

  private TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start();
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private static String link(int n) {
    StringBuilder url =
        new StringBuilder("https://grafana.example.com/d/latency-" + n + "?orgId=1");
    int i = 0;
    while (url.length() < 940) {
      url.append("&var-service=svc").append(i++);
    }
    return url.toString();
  }

  private JsonNode ack(HttpResponse<String> response) throws Exception {
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }

  private String stored(String userId) {
    return app.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT text FROM entries WHERE user_id = :u ORDER BY id")
                    .bind("u", userId)
                    .mapTo(String.class)
                    .list())
        .get(0);
  }

  @Test
  void a_3000_character_emoji_and_markup_win_is_saved_answered_and_kept_whole() throws Exception {
    JsonNode ack = ack(app.client.command("U1", EMOJI_WIN));

    String blocks = ack.path("blocks").toString();
    assertTrue(blocks.contains("Saved win #"), blocks);
    assertTrue(blocks.contains("\"action_id\":\"win-edit\""), blocks);
    String section = ack.path("blocks").get(0).path("text").path("text").asText();
    assertTrue(section.length() <= 3000, "section is " + section.length());
    assertTrue(section.contains("🎉&amp;&lt;&gt;"), section);
    assertTrue(section.contains("full text in App Home"), section);
    assertFalse(section.matches("(?s).*&[a-z]{0,3}…"), "no entity cut in half: " + section);
    assertEquals(EMOJI_WIN, stored("U1"));
  }

  @Test
  void one_character_over_is_refused_counting_characters_as_a_person_does() throws Exception {
    JsonNode ack = ack(app.client.command("U1", EMOJI_WIN + "🎉"));
    assertTrue(ack.toString().contains("That is 3001 characters"), ack.toString());
    assertEquals(0, app.count("SELECT COUNT(*) FROM entries"));
  }

  @Test
  void a_win_with_three_950_character_links_fits_reply_list_and_home() throws Exception {
    String text = "Cut p95 from 1.8s to 210ms, see " + link(1) + " " + link(2) + " " + link(3);
    JsonNode ack = ack(app.client.command("U2", text));
    assertTrue(ack.path("blocks").toString().contains("Saved win #"), ack.toString());

    for (int i = 0; i < 3; i++) {
      app.client.command("U2", "Short win number " + i + " shipped");
    }
    JsonNode list = ack(app.client.command("U2", "list"));
    String listed = list.path("blocks").toString();
    assertTrue(listed.contains("Cut p95 from 1.8s"), "the long entry is listed: " + listed);
    assertTrue(listed.contains("Short win number 2"), "so are the others: " + listed);

    app.client.event(Payloads.homeOpened("U2", "Ev-links"));
    FakeSlack.Call home =
        app.slack.await("views.publish", c -> "U2".equals(c.param("user_id")), WAIT);
    assertTrue(home.json("view").toString().contains("Cut p95 from 1.8s"));
    assertEquals(text, stored("U2"));
    assertEquals(List.of(), app.slack.breaches());
  }

  @Test
  void two_hundred_fifty_entries_page_home_inside_100_blocks() {
    for (int i = 0; i < 250; i++) {
      app.client.command("U3", "Shipped improvement number " + i + " & cut costs <fast>");
    }
    assertEquals(250, app.count("SELECT COUNT(*) FROM entries WHERE user_id = 'U3'"));
    app.client.event(Payloads.homeOpened("U3", "Ev-250"));
    JsonNode view =
        app.slack.await("views.publish", c -> "U3".equals(c.param("user_id")), WAIT).json("view");
    assertTrue(view.path("blocks").size() <= 100, "blocks: " + view.path("blocks").size());
    String shown = view.toString();
    assertTrue(shown.contains("of 250"), shown);
    assertTrue(shown.contains("Older"), shown);
    assertEquals(List.of(), app.slack.breaches());
  }

  @Test
  void a_user_without_tz_or_names_still_gets_every_reply() throws Exception {
    app.slack.bareProfile("UBARE");
    JsonNode ack = ack(app.client.command("UBARE", "Launched the billing page"));
    assertTrue(ack.toString().contains("Saved win #"), ack.toString());
    app.awaitIdle();
    app.client.event(Payloads.homeOpened("UBARE", "Ev-bare"));
    JsonNode view =
        app.slack
            .await("views.publish", c -> "UBARE".equals(c.param("user_id")), WAIT)
            .json("view");
    assertTrue(view.toString().contains("Launched the billing page"), view.toString());
    assertTrue(ack(app.client.command("UBARE", "list")).toString().contains("billing page"));
    assertEquals(List.of(), app.slack.breaches());
  }

  @Test
  void a_3900_character_praise_with_40_mentions_and_links_opens_and_reaches_its_owner()
      throws Exception {
    StringBuilder praise = new StringBuilder("Thank you all &amp; well done: ");
    for (int i = 0; i < 40; i++) {
      praise.append("<@U").append(1000 + i).append("> ");
      if (i % 4 == 0) {
        praise.append("<https://ci.example.com/build/").append(i).append("|build #").append(i);
        praise.append("> ");
      }
    }
    while (praise.length() < 3900) {
      praise.append("the rollout went &lt;perfectly&gt; ");
    }
    String text = praise.toString();
    app.client.interactive(
        Payloads.messageShortcut("USAVER", "C0WINS", "UBOSS", text, "1781000000.000300", null, 0));
    FakeSlack.Call open = app.slack.await("views.open");
    JsonNode view = open.json("view");
    assertTrue(view.toString().contains("rollout went"), view.toString());

    HttpResponse<String> submitted =
        app.client.interactive(
            Payloads.viewSubmission(
                "USAVER",
                "praise-modal",
                "VP1",
                view.path("private_metadata").asText(),
                Payloads.state()
                    .select("competency", "delivery")
                    .text("note", null)
                    .user("owner", "UOWNER")
                    .build()));
    assertEquals(200, submitted.statusCode());
    FakeSlack.Call dm =
        app.slack.await(
            "chat.postMessage", c -> String.valueOf(c.param("blocks")).contains("Keep"), WAIT);
    assertTrue(dm.json("blocks").toString().contains("rollout went"));
    app.awaitIdle();
    assertEquals(List.of(), app.slack.breaches());
  }

  @Test
  void editing_the_3000_character_win_opens_prefilled_and_confirms_inside_the_limits()
      throws Exception {
    app.client.command("U4", EMOJI_WIN);
    long id = app.count("SELECT id FROM entries WHERE user_id = 'U4'");
    app.client.interactive(
        Payloads.blockAction(
            "U4", "win-edit", Long.toString(id), "C0GENERAL", app.slack.responseUrl("r-edit")));
    JsonNode view = app.slack.await("views.open").json("view");
    assertTrue(view.toString().contains("🎉&<>"), "prefilled with the whole text");

    String edited = EMOJI_WIN.substring(0, EMOJI_WIN.length() - 10) + " Done";
    HttpResponse<String> submitted =
        app.client.interactive(
            Payloads.viewSubmission(
                "U4",
                "win-modal",
                view.path("id").asText(),
                view.path("private_metadata").asText(),
                Payloads.state()
                    .text("text", edited)
                    .text("impact", null)
                    .text("metric", null)
                    .select("competency", "delivery")
                    .text("links", null)
                    .date("when", "2026-06-10")
                    .build()));
    assertEquals(200, submitted.statusCode(), submitted.body());
    FakeSlack.Call told =
        app.slack.await(
            "chat.postEphemeral",
            c -> String.valueOf(c.param("blocks")).contains("Updated win"),
            WAIT);
    String section = told.json("blocks").get(0).path("text").path("text").asText();
    assertTrue(section.length() <= 3000, "section is " + section.length());
    assertEquals(edited, stored("U4"));
    app.awaitIdle();
    assertEquals(List.of(), app.slack.breaches());
  }
}
