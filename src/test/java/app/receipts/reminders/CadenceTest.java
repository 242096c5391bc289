package app.receipts.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.reminders.ReminderSchedule.Cadence;
import app.receipts.slack.UserFacingException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CadenceTest {
  private final ScheduleParser parser = new ScheduleParser();

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "every other friday at 4pm | Every other Friday at 16:00",
        "biweekly fri 16:00 | Every other Friday at 16:00",
        "fortnightly mon,thu 9:30 | Every other Monday and Thursday at 09:30",
        "every 2 weeks tue 10am | Every other Tuesday at 10:00",
        "every two weeks on wednesdays at 8 | Every other Wednesday at 08:00",
        "monthly last fri 16:00 | The last Friday of each month at 16:00",
        "first mon | The first Monday of each month at 16:00",
        "monthly 3rd wed 14:30 | The third Wednesday of each month at 14:30",
        "every month on the second tuesday at 9am | The second Tuesday of each month at 09:00",
        "monthly fri | The first Friday of each month at 16:00",
        "weekdays 9am | Weekdays at 09:00",
        "every friday at 4pm | Fridays at 16:00",
        "weekly on mondays 9:15 | Mondays at 09:15",
        "fridays 16:00 | Fridays at 16:00",
      })
  void natural_input_is_read_and_echoed(String text, String described) {
    assertEquals(described, parser.parse(text, ReminderSchedule.DEFAULT).describe());
  }

  @Test
  void a_time_alone_keeps_the_cadence() {
    ReminderSchedule monthly = parser.parse("monthly last fri 16:00", ReminderSchedule.DEFAULT);

    ReminderSchedule later = parser.parse("9am", monthly);

    assertEquals(Cadence.MONTHLY, later.cadence());
    assertEquals(-1, later.monthWeek());
    assertEquals(LocalTime.of(9, 0), later.time());
  }

  @Test
  void days_alone_make_it_weekly_again() {
    ReminderSchedule biweekly = parser.parse("every other fri", ReminderSchedule.DEFAULT);

    assertEquals(Cadence.WEEKLY, parser.parse("mon", biweekly).cadence());
  }

  @ParameterizedTest(name = "\"{0}\" gets examples with {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "every other fryday | /win remind every other friday at 4pm",
        "biweekly fri 25:00 | /win remind biweekly fri 16:00",
        "monthly mon,fri 9am | /win remind monthly last fri 16:00",
        "last fri 16:00 17:00 | /win remind monthly last fri 16:00",
        "every blue moon | /win remind fri 16:00",
      })
  void invalid_input_gets_examples_like_what_was_typed(String text, String example) {
    UserFacingException error =
        assertThrows(UserFacingException.class, () -> parser.parse(text, ReminderSchedule.DEFAULT));

    assertTrue(error.getMessage().contains(example), error.getMessage());
  }

  @Test
  void every_other_week_skips_the_weeks_between() {
    ZoneId ny = ZoneId.of("America/New_York");
    ReminderSchedule schedule =
        new ReminderSchedule(
            EnumSet.of(DayOfWeek.FRIDAY),
            LocalTime.of(16, 0),
            true,
            Cadence.BIWEEKLY,
            LocalDate.parse("2026-06-15"),
            0);

    List<LocalDate> days = days(schedule, ny, Instant.parse("2026-06-15T12:00:00Z"), 4);

    assertEquals(
        List.of("2026-06-19", "2026-07-03", "2026-07-17", "2026-07-31"),
        days.stream().map(LocalDate::toString).toList());
  }

  @Test
  void monthly_first_and_last_weekdays_across_months_and_years() {
    ZoneId ny = ZoneId.of("America/New_York");
    ReminderSchedule lastFriday =
        new ReminderSchedule(
            EnumSet.of(DayOfWeek.FRIDAY), LocalTime.of(16, 0), true, Cadence.MONTHLY, null, -1);
    ReminderSchedule firstMonday =
        new ReminderSchedule(
            EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), true, Cadence.MONTHLY, null, 1);

    assertEquals(
        List.of("2026-11-27", "2026-12-25", "2027-01-29", "2027-02-26", "2027-03-26"),
        days(lastFriday, ny, Instant.parse("2026-11-01T00:00:00Z"), 5).stream()
            .map(LocalDate::toString)
            .toList());
    assertEquals(
        List.of("2026-11-02", "2026-12-07", "2027-01-04", "2027-02-01"),
        days(firstMonday, ny, Instant.parse("2026-11-01T00:00:00Z"), 4).stream()
            .map(LocalDate::toString)
            .toList());
  }

  @Test
  void monthly_slots_keep_the_local_time_across_daylight_saving_and_odd_offsets() {
    ReminderSchedule lastFriday =
        new ReminderSchedule(
            EnumSet.of(DayOfWeek.FRIDAY), LocalTime.of(16, 0), true, Cadence.MONTHLY, null, -1);
    // New York leaves daylight saving on Nov 1 2026: 16:00 is 20:00Z in October, 21:00Z after
    ZoneId ny = ZoneId.of("America/New_York");
    List<Instant> at = new ArrayList<>();
    Instant after = Instant.parse("2026-10-01T00:00:00Z");
    for (int i = 0; i < 2; i++) {
      Slot slot = Slots.next(lastFriday, ny, after, null);
      at.add(slot.at());
      after = slot.at();
    }
    assertEquals(
        List.of(Instant.parse("2026-10-30T20:00:00Z"), Instant.parse("2026-11-27T21:00:00Z")), at);

    // Kathmandu is UTC+05:45 all year; Lord Howe moves by half an hour (+10:30 / +11:00)
    assertEquals(
        Instant.parse("2026-10-30T10:15:00Z"),
        Slots.next(
                lastFriday,
                ZoneId.of("Asia/Kathmandu"),
                Instant.parse("2026-10-01T00:00:00Z"),
                null)
            .at());
    assertEquals(
        Instant.parse("2026-10-30T05:00:00Z"),
        Slots.next(
                lastFriday,
                ZoneId.of("Australia/Lord_Howe"),
                Instant.parse("2026-10-01T00:00:00Z"),
                null)
            .at());
    assertEquals(
        Instant.parse("2026-06-26T05:30:00Z"),
        Slots.next(
                lastFriday,
                ZoneId.of("Australia/Lord_Howe"),
                Instant.parse("2026-06-01T00:00:00Z"),
                null)
            .at());
  }

  @Test
  void every_other_week_keeps_its_weeks_across_a_year_end_and_a_daylight_saving_change() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    ReminderSchedule schedule =
        new ReminderSchedule(
            EnumSet.of(DayOfWeek.MONDAY),
            LocalTime.of(9, 0),
            true,
            Cadence.BIWEEKLY,
            LocalDate.parse("2026-12-21"),
            0);

    List<Slot> slots = new ArrayList<>();
    Instant after = Instant.parse("2026-12-20T00:00:00Z");
    for (int i = 0; i < 3; i++) {
      Slot slot = Slots.next(schedule, berlin, after, null);
      slots.add(slot);
      after = slot.at();
    }
    assertEquals(
        List.of("2026-12-21", "2027-01-04", "2027-01-18"),
        slots.stream().map(s -> s.localDate().toString()).toList());
    Slot spring = Slots.next(schedule, berlin, Instant.parse("2027-03-24T00:00:00Z"), null);
    // Mar 29 2027 is an "on" week (14 weeks after Dec 21) and Berlin is on CEST by then
    assertEquals(Instant.parse("2027-03-29T07:00:00Z"), spring.at());
  }

  @Test
  void a_pause_moves_the_next_slot_to_the_first_one_on_or_after_its_end() {
    ZoneId ny = ZoneId.of("America/New_York");

    Slot next =
        Slots.next(
            ReminderSchedule.DEFAULT,
            ny,
            Instant.parse("2026-06-15T14:00:00Z"),
            LocalDate.parse("2026-07-03"));

    assertEquals(Instant.parse("2026-07-03T20:00:00Z"), next.at());
  }

  private static List<LocalDate> days(
      ReminderSchedule schedule, ZoneId zone, Instant from, int count) {
    List<LocalDate> days = new ArrayList<>();
    Instant after = from;
    for (int i = 0; i < count; i++) {
      Slot slot = Slots.next(schedule, zone, after, null);
      days.add(slot.localDate());
      after = slot.at();
    }
    return days;
  }
}
