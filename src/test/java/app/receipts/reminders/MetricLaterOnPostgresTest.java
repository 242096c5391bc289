package app.receipts.reminders;

import app.receipts.testing.TestDatabases;
import java.util.Map;

/** The same "number later" flow on PostgreSQL, whose V20 alters the table instead of rebuilding. */
final class MetricLaterOnPostgresTest extends MetricLaterTest {
  @Override
  Map<String, String> env() {
    return Map.of("DATABASE_URL", TestDatabases.migratedPostgresUrl());
  }
}
