package app.receipts.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.store.Database;
import app.receipts.testing.MutableClock;
import app.receipts.testing.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Retried Slack events are recognised the same way on SQLite and PostgreSQL. */
class EventDeduplicationOnBothVendorsTest {

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void only_the_first_delivery_of_an_event_id_per_team_is_handled(TestDatabases.Kind kind) {
    Database database = Database.open(TestDatabases.freshUrl(kind));
    try {
      MutableClock clock = new MutableClock(Instant.parse("2026-06-15T12:00:00Z"));
      EventDeduplication first =
          new EventDeduplication(new SlackDeliveries(database.jdbi(), clock));
      EventDeduplication otherInstance =
          new EventDeduplication(new SlackDeliveries(database.jdbi(), clock));

      assertTrue(first.firstDelivery("T1", "Ev1"));
      assertFalse(first.firstDelivery("T1", "Ev1"));
      assertFalse(otherInstance.firstDelivery("T1", "Ev1"), "a retry that hit another instance");
      assertTrue(otherInstance.firstDelivery("T2", "Ev1"), "another workspace");
      assertTrue(first.firstDelivery("T1", "Ev2"));
      int rows =
          database
              .jdbi()
              .withHandle(
                  handle ->
                      handle
                          .createQuery("SELECT COUNT(*) FROM slack_deliveries")
                          .mapTo(Integer.class)
                          .one());
      assertEquals(3, rows);
    } finally {
      database.close();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void deliveries_older_than_a_day_are_pruned(TestDatabases.Kind kind) {
    Database database = Database.open(TestDatabases.freshUrl(kind));
    try {
      MutableClock clock = new MutableClock(Instant.parse("2026-06-15T12:00:00Z"));
      EventDeduplication dedup =
          new EventDeduplication(new SlackDeliveries(database.jdbi(), clock));
      dedup.firstDelivery("T1", "EvOld");
      clock.advance(Duration.ofDays(2));
      for (int i = 1; i < 500; i++) {
        dedup.firstDelivery("T1", "Ev" + i);
      }

      assertTrue(dedup.firstDelivery("T1", "EvOld"), "forgotten after a day, so handled again");
    } finally {
      database.close();
    }
  }
}
