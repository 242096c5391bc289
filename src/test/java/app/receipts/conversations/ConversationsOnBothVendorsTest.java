package app.receipts.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.mydata.ForgetMe;
import app.receipts.testing.Eventually;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import app.receipts.testing.TestDatabases;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * On SQLite and PostgreSQL alike a bonus request is stored, delivered, cleared of what was typed,
 * and deleted by forget-me, while another person's request stays.
 */
class ConversationsOnBothVendorsTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void a_request_is_delivered_then_forgotten_with_its_owner(TestDatabases.Kind kind) {
    Map<String, String> env =
        kind == TestDatabases.Kind.SQLITE
            ? Map.of()
            : Map.of("DATABASE_URL", TestDatabases.migratedPostgresUrl());
    try (TestApp app = TestApp.start(env)) {
      History.seed(app.jdbi());
      app.client.interactive(
          BonusPacketTest.submission("V1", "2026-H1", BonusPacketTest.GOALS, "$5,000"));
      app.client.interactive(
          Payloads.viewSubmission(
              "U2",
              ConversationIds.BONUS_MODAL,
              "V2",
              "",
              Payloads.state().text(Forms.PERIOD, "2026-H1").build()));
      Eventually.await(
          "both delivered",
          () ->
              app.count(
                      "SELECT COUNT(*) FROM conversation_requests WHERE status = 'DELIVERED'"
                          + " AND inputs = '{}'")
                  == 2,
          Uploads.WAIT);

      var done =
          app.client.interactive(
              Payloads.viewSubmission("U1", ForgetMe.MODAL, "VF", "", Payloads.state().build()));

      assertTrue(done.body().contains("conversation packet requests"), done.body());
      assertEquals(0, app.count("SELECT COUNT(*) FROM conversation_requests WHERE user_id = 'U1'"));
      assertEquals(1, app.count("SELECT COUNT(*) FROM conversation_requests WHERE user_id = 'U2'"));
    }
  }
}
