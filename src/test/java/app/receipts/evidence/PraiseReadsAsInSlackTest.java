package app.receipts.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.Csv;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Praise is kept as Slack sent it: Slack surfaces show people and links live and never re-notify a
 * channel; files show names, Markdown links, decoded entities and Unicode emoji.
 */
class PraiseReadsAsInSlackTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  /** Message text exactly as Slack's payload carries it. */
  private static final String SENT =
      "Thanks <@UMAYA> &amp; <@U0JUN> for <https://ci.example.com/b/7|build #7> :tada: "
          + "<!channel> <!subteam^S123|@oncall> in <#C0WINS|wins>, 2 &lt; 3 :not_an_emoji_code:";

  private TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start();
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private JsonNode keep() {
    app.client.interactive(
        Payloads.messageShortcut("UMAYA", "C0WINS", "UBOSS", SENT, "1781000000.000500", null, 0));
    JsonNode view = app.slack.await("views.open").json("view");
    app.client.interactive(
        Payloads.viewSubmission(
            "UMAYA",
            EvidenceIds.MODAL,
            "VP1",
            view.path("private_metadata").asText(),
            Payloads.state()
                .select("competency", "delivery")
                .text("note", null)
                .user("owner", "UMAYA")
                .build()));
    app.slack.await("chat.postEphemeral", c -> c.param("text").contains("Kept as evidence"), WAIT);
    return view;
  }

  @Test
  void slack_surfaces_keep_people_and_links_live_and_neutralise_broadcasts() {
    String modal = keep().path("blocks").get(0).path("text").path("text").asText();

    assertTrue(modal.contains("<@UMAYA> &amp; <@U0JUN>"), modal);
    assertTrue(modal.contains("<https://ci.example.com/b/7|build #7>"), modal);
    assertTrue(modal.contains("<#C0WINS|wins>"), modal);
    assertTrue(modal.contains("2 &lt; 3"), modal);
    assertFalse(modal.contains("<!channel>"), modal);
    assertFalse(modal.contains("<!subteam"), modal);
    assertTrue(modal.contains("@channel") && modal.contains("@oncall"), modal);

    String stored =
        app.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT text FROM entries WHERE user_id = 'UMAYA'")
                        .mapTo(String.class)
                        .one());
    assertEquals(SENT, stored, "stored as Slack sent it");

    String list = blocksOf(app.client.command("UMAYA", "list").body());
    assertTrue(list.contains("<@U0JUN>"), list);
    assertFalse(list.contains("<!channel>"), list);

    app.client.event(Payloads.homeOpened("UMAYA", "Ev-praise"));
    String home =
        app.slack
            .await("views.publish", c -> "UMAYA".equals(c.param("user_id")), WAIT)
            .json("view")
            .toString();
    assertTrue(home.contains("<@U0JUN>"), home);
    assertFalse(home.contains("<!channel>"), home);
  }

  private static String blocksOf(String ack) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(ack)
          .path("blocks")
          .toString();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void packet_files_show_names_links_entities_and_emoji() {
    keep();
    app.client.command("UMAYA", "packet 2026");
    app.slack.await("files.completeUploadExternal", c -> true, WAIT);
    String md =
        app.slack.calls("upload").stream()
            .map(u -> new String(u.bytes(), StandardCharsets.UTF_8))
            .filter(b -> !b.startsWith("%PDF"))
            .findFirst()
            .orElseThrow();

    assertTrue(md.contains("@person\\-umaya") || md.contains("@person-umaya"), md);
    assertTrue(md.contains("\\&") || md.contains(" & "), "entity decoded: " + md);
    assertTrue(md.contains("[build #7](https://ci.example.com/b/7)"), md);
    assertTrue(md.contains("🎉"), md);
    assertTrue(md.contains(":not\\_an\\_emoji\\_code:") || md.contains(":not_an_emoji_code:"), md);
    assertTrue(md.contains("@channel"), md);
    assertFalse(md.contains("<@U"), md);
    assertFalse(md.contains("&amp;"), md);
    assertTrue(md.contains("person\\-uboss") || md.contains("person-uboss"), "author name: " + md);
    assertFalse(md.contains("— UBOSS"), md);
  }

  @Test
  void the_export_keeps_the_text_as_sent_and_adds_it_as_a_person_reads_it() throws Exception {
    keep();
    app.client.command("UMAYA", "export");
    app.slack.await("files.completeUploadExternal", c -> true, WAIT);
    String json =
        app.slack.calls("upload").stream()
            .map(u -> new String(u.bytes(), StandardCharsets.UTF_8))
            .filter(b -> b.contains("receipts.export/v1"))
            .findFirst()
            .orElseThrow();
    JsonNode praise =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("entries").get(0);
    assertEquals(SENT, praise.path("text").asText());
    assertEquals(
        "Thanks @person-umaya & @person-u0jun for build #7 (https://ci.example.com/b/7) 🎉 "
            + "@channel @oncall in #wins, 2 < 3 :not_an_emoji_code:",
        praise.path("readable_text").asText());
    assertEquals("person-uboss", praise.path("author_name").asText());

    String csv =
        app.slack.calls("upload").stream()
            .map(u -> new String(u.bytes(), StandardCharsets.UTF_8))
            .filter(b -> b.startsWith("\uFEFF"))
            .findFirst()
            .orElseThrow();
    List<List<String>> rows = Csv.parse(csv.substring(1));
    List<String> header = rows.get(0);
    List<String> row = rows.get(1);
    assertEquals(SENT, row.get(header.indexOf("text")), "as sent, as before");
    assertEquals(praise.path("readable_text").asText(), row.get(header.indexOf("readable_text")));
    assertEquals("person-uboss", row.get(header.indexOf("author_name")));
    assertEquals(List.of("created_at", "updated_at"), header.subList(15, 17), "columns kept");
  }
}
