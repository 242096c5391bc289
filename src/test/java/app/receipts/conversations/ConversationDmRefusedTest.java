package app.receipts.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A packet whose DM Slack refuses (a modal submission has no response_url of its own) is told to
 * the person where they asked for it: the command's or the DM button's response_url, carried in the
 * modal; from App Home, in the modal they submitted. Each says how to try again.
 */
class ConversationDmRefusedTest {
  private TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start();
    History.seed(app.jdbi());
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private void refuseDms() {
    app.slack.respond("conversations.open", c -> FakeSlack.Reply.error("cannot_dm_bot"));
  }

  /** The modal Slack was asked to open, submitted as the person filled it in. */
  private void submitOpenedBonus(String viewId) {
    String metadata = app.slack.await("views.open").json("view").path("private_metadata").asText();
    app.client.interactive(
        Payloads.viewSubmission(
            "U1",
            ConversationIds.BONUS_MODAL,
            viewId,
            metadata,
            Payloads.state()
                .text(Forms.PERIOD, "2026-H1")
                .text(BonusForm.GOALS, BonusPacketTest.GOALS)
                .text(BonusForm.ASK, "8%")
                .build()));
  }

  @Test
  void a_refused_dm_is_told_through_the_commands_response_url() {
    refuseDms();
    app.client.command("U1", "packet bonus 2026-H1");

    submitOpenedBonus("V400");

    FakeSlack.Call told =
        app.slack.await("response_url", c -> c.body().contains("couldn't open a DM"), Uploads.WAIT);
    assertTrue(told.body().contains("cannot_dm_bot"), told.body());
    assertTrue(told.body().contains("/win packet bonus"), "how to try again: " + told.body());
    assertTrue(told.body().contains("\"response_type\":\"ephemeral\""), told.body());
    app.awaitIdle();
    assertEquals("FAILED", status());
    assertTrue(app.slack.calls("chat.postMessage").isEmpty(), "nothing was posted anywhere");
  }

  @Test
  void a_refused_dm_is_told_through_the_dm_buttons_response_url() {
    refuseDms();
    app.client.interactive(
        Payloads.blockAction(
            "U1", ConversationIds.OPEN_BONUS, "bonus", "DU1", app.slack.responseUrl("button")));

    submitOpenedBonus("V401");

    FakeSlack.Call told =
        app.slack.await("response_url", c -> c.body().contains("couldn't open a DM"), Uploads.WAIT);
    assertTrue(told.body().contains("cannot_dm_bot"), told.body());
  }

  @Test
  void from_app_home_a_refused_dm_is_told_in_the_submitted_modal() {
    refuseDms();
    app.client.interactive(
        Payloads.blockAction("U1", ConversationIds.OPEN_REBUTTAL, "rebuttal", null, null));
    String metadata = app.slack.await("views.open").json("view").path("private_metadata").asText();
    assertEquals("", metadata, "App Home gives no response_url");

    app.client.interactive(
        RebuttalPacketTest.submission(
            "U1", "V402", RebuttalPacketTest.POINTS, "2026-01-01..2026-06-30"));

    FakeSlack.Call updated =
        app.slack.await("views.update", c -> "V402".equals(c.param("view_id")), Uploads.WAIT);
    String view = updated.json("view").toString();
    assertTrue(view.contains("couldn't open a DM"), view);
    assertTrue(view.contains("cannot_dm_bot"), view);
    assertTrue(view.contains("/win packet rebuttal"), "how to try again: " + view);
    app.awaitIdle();
    assertEquals("FAILED", status());
  }

  @Test
  void a_refused_first_post_is_told_through_the_response_url() {
    app.slack.respond("chat.postMessage", c -> FakeSlack.Reply.error("restricted_action"));
    app.client.command("U1", "packet bonus 2026-H1");

    submitOpenedBonus("V403");

    FakeSlack.Call told =
        app.slack.await("response_url", c -> c.body().contains("couldn't finish"), Uploads.WAIT);
    assertTrue(told.body().contains("restricted_action"), told.body());
    assertTrue(told.body().contains("/win packet bonus"), told.body());
    app.awaitIdle();
    assertEquals("FAILED", status());
  }

  private String status() {
    return app.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT status FROM conversation_requests")
                    .mapTo(String.class)
                    .one());
  }
}
