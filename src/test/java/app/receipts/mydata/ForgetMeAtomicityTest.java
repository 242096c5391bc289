package app.receipts.mydata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import app.receipts.testing.TestDatabases;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * forget-me runs every step in one transaction: when its last step (the profile) fails, the rows
 * the earlier steps deleted are all back and the person is told nothing was deleted; when it
 * succeeds, everything is gone and the person is told so.
 */
class ForgetMeAtomicityTest {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private TestApp app;

  @AfterEach
  void stop() {
    app.close();
  }

  private void start(TestDatabases.Kind vendor) {
    app = TestApp.start(Map.of("DATABASE_URL", TestDatabases.migratedUrl(vendor)));
    app.client.command("U1", "Cut build time from 14 min to 3 min");
    app.client.command("U1", "Mentored two juniors");
    app.client.command("U1", "remind mon 09:00");
    app.client.command("U1", "packet 2026-H1");
    app.slack.await("files.completeUploadExternal", c -> true, WAIT);
  }

  private String submit() {
    return app.client
        .interactive(
            Payloads.viewSubmission("U1", ForgetMe.MODAL, "VF", "", Payloads.state().build()))
        .body();
  }

  private int rowsOfU1() {
    return app.count("SELECT COUNT(*) FROM entries WHERE user_id = 'U1'")
        + app.count("SELECT COUNT(*) FROM reminder_settings WHERE user_id = 'U1'")
        + app.count("SELECT COUNT(*) FROM packet_requests WHERE user_id = 'U1'")
        + app.count("SELECT COUNT(*) FROM people WHERE user_id = 'U1'");
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void a_failure_in_the_last_step_deletes_nothing_and_says_so(TestDatabases.Kind vendor) {
    start(vendor);
    int before = rowsOfU1();
    assertEquals(2, app.count("SELECT COUNT(*) FROM entries WHERE user_id = 'U1'"));
    assertEquals(1, app.count("SELECT COUNT(*) FROM people WHERE user_id = 'U1'"));
    refuseDeletingPeople(vendor);

    String modal = submit();

    assertTrue(modal.contains("nothing was deleted"), modal);
    assertFalse(modal.contains("Done"), modal);
    FakeSlack.Call dm =
        app.slack.await(
            "chat.postMessage", c -> String.valueOf(c.param("text")).contains("forget-me"), WAIT);
    assertTrue(dm.param("text").contains("nothing was deleted"), dm.param("text"));
    assertEquals(before, rowsOfU1(), "every step was rolled back");
    assertEquals(2, app.count("SELECT COUNT(*) FROM entries WHERE user_id = 'U1'"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void a_success_deletes_everything_and_says_so_after_the_commit(TestDatabases.Kind vendor) {
    start(vendor);

    String modal = submit();

    assertTrue(modal.contains("everything was deleted"), modal);
    assertTrue(modal.contains("Deleted 2 entries"), modal);
    assertEquals(0, rowsOfU1());
    FakeSlack.Call dm =
        app.slack.await(
            "chat.postMessage",
            c -> String.valueOf(c.param("text")).contains("everything was deleted"),
            WAIT);
    assertEquals("DU1", dm.param("channel"));
  }

  /** Makes the profile step, the last one, fail inside the database. */
  private void refuseDeletingPeople(TestDatabases.Kind vendor) {
    app.jdbi()
        .useHandle(
            h -> {
              if (vendor == TestDatabases.Kind.SQLITE) {
                h.execute(
                    "CREATE TRIGGER refuse_forget BEFORE DELETE ON people"
                        + " BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
              } else {
                h.execute(
                    "CREATE FUNCTION refuse_forget() RETURNS trigger AS $$"
                        + " BEGIN RAISE EXCEPTION 'injected failure'; END $$ LANGUAGE plpgsql");
                h.execute(
                    "CREATE TRIGGER refuse_forget BEFORE DELETE ON people"
                        + " FOR EACH ROW EXECUTE FUNCTION refuse_forget()");
              }
            });
  }
}
