package app.receipts.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.receipts.store.Database;
import app.receipts.testing.TestDatabases;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Reminder settings read back as they were saved, every field, on both vendors. */
class SettingsStorageTest {
  private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

  private static final ReminderSettings EVERYTHING_SET =
      new ReminderSettings(
          "T1",
          "U1",
          new ReminderSchedule(
              EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
              LocalTime.of(9, 30),
              false,
              ReminderSchedule.Cadence.BIWEEKLY,
              LocalDate.of(2026, 6, 8),
              0),
          LocalDate.of(2026, 12, 1),
          LocalDate.of(2026, 6, 1),
          true,
          true,
          LocalDate.of(2026, 7, 1),
          true,
          true,
          Instant.parse("2026-06-12T08:15:30.123Z"));

  private static final ReminderSettings MONTHLY_NOTHING_ELSE =
      new ReminderSettings(
          "T1",
          "U2",
          new ReminderSchedule(
              EnumSet.of(DayOfWeek.FRIDAY),
              LocalTime.of(16, 0),
              true,
              ReminderSchedule.Cadence.MONTHLY,
              null,
              -1),
          null,
          null,
          false,
          false);

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void saved_settings_read_back_equal_through_both_reads(TestDatabases.Kind kind) {
    Database database = Database.open(TestDatabases.freshUrl(kind));
    try {
      ReminderDao dao = database.jdbi().onDemand(ReminderDao.class);
      SettingsReads reads = database.reads().onDemand(SettingsReads.class);
      for (ReminderSettings settings :
          List.of(EVERYTHING_SET, MONTHLY_NOTHING_ELSE, ReminderSettings.defaults("T1", "U3"))) {
        dao.save(settings, NOW);

        assertEquals(Optional.of(settings), dao.find("T1", settings.userId()));
        assertEquals(Optional.of(settings), reads.find("T1", settings.userId()));
      }
      assertEquals(Optional.empty(), dao.find("T1", "UNOBODY"));
      assertEquals(Optional.empty(), reads.find("T1", "UNOBODY"));
    } finally {
      database.close();
    }
  }
}
