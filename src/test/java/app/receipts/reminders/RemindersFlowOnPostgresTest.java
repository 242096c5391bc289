package app.receipts.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.receipts.store.Vendor;
import app.receipts.testing.TestDatabases;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every reminder flow (due nudges, snooze, once-per-slot claims, 429 and error retries) again on
 * PostgreSQL, with db-scheduler on its PostgreSQL table.
 */
final class RemindersFlowOnPostgresTest extends RemindersFlowTest {
  @Override
  Map<String, String> env() {
    return Map.of("DATABASE_URL", TestDatabases.migratedPostgresUrl());
  }

  @Test
  void runs_on_postgresql() {
    assertEquals(Vendor.POSTGRESQL, app.running.database().vendor());
  }
}
