package app.receipts.reminders;

import app.receipts.testing.TestDatabases;
import java.util.Map;

/** The delivery guarantee again on PostgreSQL, where several instances share one database. */
final class ReminderDeliveryGuaranteeOnPostgresTest extends ReminderDeliveryGuaranteeTest {
  @Override
  Map<String, String> env() {
    return Map.of("DATABASE_URL", TestDatabases.migratedPostgresUrl());
  }
}
