package app.receipts.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A re-filed competency is kept as a correction and teaches the rules for that person only. */
class LearnedCorrectionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NEXT = "Shipped payments runbook";
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

  private static JsonNode refileTo(JsonNode ack, String competencyId) {
    for (JsonNode block : ack.path("blocks")) {
      for (JsonNode element : block.path("elements")) {
        if (element.path("action_id").asText().equals(CaptureIds.REFILE_PREFIX + competencyId)) {
          return element;
        }
      }
    }
    throw new AssertionError("no re-file to " + competencyId + " in " + ack);
  }

  private String competencyOfLast(String userId) {
    return app.jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT competency FROM entries WHERE user_id = :u ORDER BY id DESC"
                            + " LIMIT 1")
                    .bind("u", userId)
                    .mapTo(String.class)
                    .one());
  }

  @Test
  void after_refiling_runbook_wins_that_persons_next_one_is_read_their_way_and_no_one_elses()
      throws Exception {
    // before any correction, both people's runbook wins are filed under Delivery
    JsonNode first = command("U1", "Shipped the checkout runbook");
    assertTrue(first.toString().contains("Filed under *Delivery* — a guess"), first.toString());
    assertEquals("delivery", competencyOfLast("U1"));

    app.client.interactive(
        Payloads.blockAction(
            "U1",
            CaptureIds.REFILE_PREFIX + "continuous-improvement",
            refileTo(first, "continuous-improvement").path("value").asText(),
            "C0GENERAL",
            app.slack.responseUrl("refile")));
    app.slack.await("response_url");

    Map<String, Object> correction =
        app.jdbi()
            .withHandle(h -> h.createQuery("SELECT * FROM rule_corrections").mapToMap().one());
    assertEquals("U1", correction.get("user_id"));
    assertEquals("competency", correction.get("kind"));
    assertEquals("delivery", correction.get("from_value"));
    assertEquals("continuous-improvement", correction.get("to_value"));
    assertTrue(String.valueOf(correction.get("words")).contains("runbook"), correction.toString());

    String mine = command("U1", NEXT).toString();
    String theirs = command("U2", NEXT).toString();

    assertEquals("continuous-improvement", competencyOfLast("U1"));
    assertTrue(mine.contains("*Continuous improvement*"), mine);
    assertEquals("delivery", competencyOfLast("U2"));
    assertTrue(theirs.contains("*Delivery*"), theirs);
  }

  @Test
  void a_second_click_on_the_same_refile_teaches_nothing_more() throws Exception {
    JsonNode first = command("U1", "Shipped the checkout runbook");
    JsonNode button = refileTo(first, "continuous-improvement");
    for (String id : new String[] {"r1", "r2"}) {
      app.client.interactive(
          Payloads.blockAction(
              "U1",
              button.path("action_id").asText(),
              button.path("value").asText(),
              "C0GENERAL",
              app.slack.responseUrl(id)));
    }
    app.awaitIdle();

    assertEquals(1, app.count("SELECT COUNT(*) FROM rule_corrections"));
  }
}
