package app.receipts.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.store.Database;
import app.receipts.testing.TestDatabases;
import org.junit.jupiter.api.Test;

class UndeliveredTest {

  @Test
  void says_what_the_copy_still_holds_and_never_throws() {
    Database database = Database.open(TestDatabases.migratedUrl(TestDatabases.Kind.SQLITE));
    try {
      database
          .jdbi()
          .useHandle(
              handle ->
                  handle.execute(
                      "INSERT INTO packet_requests (team_id, user_id, period_start, period_end,"
                          + " status, error, created_at, updated_at) VALUES"
                          + " ('T1', 'U1', '2026-01-01', '2026-12-31', 'REQUESTED', NULL, 0, 0),"
                          + " ('T1', 'U2', '2026-01-01', '2026-12-31', 'FAILED', 'upload', 0, 0)"));
      assertEquals(
          "packet requests by status [FAILED 1 (upload), REQUESTED 1], jobs still scheduled []",
          Undelivered.describe(database));
    } finally {
      database.close();
    }
    assertTrue(Undelivered.describe(database).startsWith("(its database could not say: "));
  }
}
