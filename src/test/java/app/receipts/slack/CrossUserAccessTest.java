package app.receipts.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.capture.CaptureIds;
import app.receipts.home.HomeIds;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One person's entries are out of reach of another person's requests, whichever id they put in a
 * command, a button, a menu, or a crafted submission.
 */
class CrossUserAccessTest {
  private static final String OWNER = "UOWNER";
  private static final String INTRUDER = "UINTRUDER";
  private static final String SECRET = "Negotiated the secret vendor discount";
  private TestApp app;
  private long id;

  @BeforeEach
  void start() {
    app = TestApp.start();
    app.client.command(OWNER, SECRET);
    id =
        app.jdbi().withHandle(h -> h.createQuery("SELECT id FROM entries").mapTo(Long.class).one());
    app.client.command(INTRUDER, "My own small win");
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void edit_and_delete_subcommands_with_someone_elses_id_are_refused() {
    HttpResponse<String> edit = app.client.command(INTRUDER, "edit " + id);
    HttpResponse<String> delete = app.client.command(INTRUDER, "delete " + id);

    assertTrue(edit.body().contains("can't find that entry among yours"), edit.body());
    assertTrue(delete.body().contains("You have no entry #" + id), delete.body());
    assertNoModalShowsTheSecret();
    assertOwnersEntryUntouched();
  }

  @Test
  void edit_and_undo_buttons_with_someone_elses_id_are_refused() {
    app.client.interactive(
        Payloads.blockAction(
            INTRUDER,
            CaptureIds.EDIT_BUTTON,
            Long.toString(id),
            "C0GENERAL",
            app.slack.responseUrl("edit-x")));
    app.client.interactive(
        Payloads.blockAction(
            INTRUDER,
            CaptureIds.UNDO_BUTTON,
            Long.toString(id),
            "C0GENERAL",
            app.slack.responseUrl("undo-x")));

    app.slack.await(
        "chat.postMessage",
        c -> INTRUDER.equals(c.param("channel")) && c.param("text").contains("among yours"),
        Duration.ofSeconds(10));
    app.slack.await(
        "response_url",
        c -> c.bodyJson().path("text").asText().contains("isn't yours to delete"),
        Duration.ofSeconds(10));
    assertNoModalShowsTheSecret();
    assertOwnersEntryUntouched();
  }

  @Test
  void home_overflow_menu_with_someone_elses_id_opens_nothing() {
    for (String choice : List.of("edit:" + id, "delete:" + id)) {
      HttpResponse<String> response =
          app.client.interactive(
              Payloads.optionAction(INTRUDER, HomeIds.ENTRY_MENU, "overflow", choice, null));
      assertEquals(200, response.statusCode(), response.body());
    }

    app.slack.await(
        "chat.postMessage",
        c -> INTRUDER.equals(c.param("channel")) && c.param("text").contains("already gone"),
        Duration.ofSeconds(10));
    assertNoModalShowsTheSecret();
    assertOwnersEntryUntouched();
  }

  @Test
  void a_crafted_delete_confirmation_for_someone_elses_entry_is_refused() {
    HttpResponse<String> response =
        app.client.interactive(
            Payloads.viewSubmission(
                INTRUDER,
                HomeIds.DELETE_MODAL,
                "VDEL",
                "{\"entryId\":" + id + "}",
                Payloads.state().build()));

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("isn't yours"), response.body());
    assertOwnersEntryUntouched();
  }

  @Test
  void a_packet_and_an_export_hold_only_the_askers_own_entries() {
    app.client.command(INTRUDER, "packet last 90 days");
    app.slack.await("files.completeUploadExternal", c -> true, Duration.ofSeconds(30));
    app.client.command(INTRUDER, "export");
    app.slack.await(
        "files.completeUploadExternal",
        c -> app.slack.calls("files.completeUploadExternal").indexOf(c) >= 1,
        Duration.ofSeconds(30));

    List<FakeSlack.Call> uploads = app.slack.calls("upload");
    assertTrue(uploads.size() >= 3, "uploads: " + uploads.size());
    for (FakeSlack.Call upload : uploads) {
      String bytes = new String(upload.bytes(), StandardCharsets.ISO_8859_1);
      assertFalse(bytes.contains("secret vendor"), "an upload holds the owner's entry");
    }
    assertTrue(
        uploads.stream()
            .anyMatch(u -> new String(u.bytes(), StandardCharsets.UTF_8).contains("small win")),
        "the intruder's own entry is in their files");
    assertOwnersEntryUntouched();
  }

  private void assertNoModalShowsTheSecret() {
    assertTrue(
        app.neverCalled("views.open", c -> c.param("view").contains("secret vendor")),
        "a modal showed the owner's entry");
  }

  private void assertOwnersEntryUntouched() {
    assertEquals(
        1, app.count("SELECT COUNT(*) FROM entries WHERE user_id = ? AND text = ?", OWNER, SECRET));
    assertEquals(
        1, app.count("SELECT COUNT(*) FROM entries WHERE id = ? AND created_at = updated_at", id));
  }
}
