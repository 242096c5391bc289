package app.receipts.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.receipts.store.Vendor;
import app.receipts.testing.TestDatabases;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pause, its resume and the held slots again on PostgreSQL (migration V16 included). */
final class PauseFlowOnPostgresTest extends PauseFlowTest {
  @Override
  Map<String, String> env() {
    return Map.of("DATABASE_URL", TestDatabases.migratedPostgresUrl());
  }

  @Test
  void runs_on_postgresql() {
    assertEquals(Vendor.POSTGRESQL, app.running.database().vendor());
  }
}
