package app.receipts.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.slack.UserFacingException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleParserTest {
  private final ScheduleParser parser = new ScheduleParser();

  @ParameterizedTest(name = "\"{0}\" → {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fri 16:00 | FRIDAY | 16:00",
        "Fri 16:00 | FRIDAY | 16:00",
        "friday 16:00 | FRIDAY | 16:00",
        "mon,thu 09:30 | MONDAY,THURSDAY | 09:30",
        "mon, thu 9:30 | MONDAY,THURSDAY | 09:30",
        "mon thu 9:30 | MONDAY,THURSDAY | 09:30",
        "tue 4pm | TUESDAY | 16:00",
        "tue 4 pm | TUESDAY | 16:00",
        "wed 12am | WEDNESDAY | 00:00",
        "wed 12pm | WEDNESDAY | 12:00",
        "thursday at 8:15am | THURSDAY | 08:15",
        "weekdays 9am | MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY | 09:00",
        "daily 18:00 | MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY | 18:00",
        "sat and sun 10h | SATURDAY,SUNDAY | 10:00",
        "16h30 fri | FRIDAY | 16:30",
        "mon | MONDAY | 16:00",
        "09:30 | FRIDAY | 09:30",
        "su 7:00 | SUNDAY | 07:00",
        "TH 23:59 | THURSDAY | 23:59",
        "mon 0:00 | MONDAY | 00:00",
      })
  void valid_settings(String text, String days, String time) {
    ReminderSchedule parsed = parser.parse(text, ReminderSchedule.DEFAULT);

    assertEquals(
        Arrays.stream(days.split(","))
            .map(DayOfWeek::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class))),
        parsed.days());
    assertEquals(LocalTime.parse(time), parsed.time());
    assertTrue(parsed.enabled());
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "fri 25:00 | not a time of day",
        "fri 16:60 | not a time of day",
        "fri 13pm | hours go from 1 to 12",
        "fri 0am | hours go from 1 to 12",
        "someday 10:00 | didn't understand",
        "fri 10:00 11:00 | didn't understand",
        "<!channel> | &lt;!channel&gt;",
        "m 10:00 | didn't understand",
        "'; DROP TABLE reminder_settings; -- | didn't understand",
      })
  void invalid_settings_explain_with_examples(String text, String expected) {
    UserFacingException error =
        assertThrows(UserFacingException.class, () -> parser.parse(text, ReminderSchedule.DEFAULT));

    assertTrue(error.getMessage().contains(expected), error.getMessage());
    assertTrue(error.getMessage().contains("/win remind fri 16:00"), error.getMessage());
    assertFalse(error.getMessage().contains("<!channel>"), error.getMessage());
  }

  @Test
  void empty_and_huge_input_are_refused() {
    assertThrows(UserFacingException.class, () -> parser.parse("", ReminderSchedule.DEFAULT));
    assertThrows(
        UserFacingException.class,
        () -> parser.parse("fri ".repeat(50_000), ReminderSchedule.DEFAULT));
  }

  @Test
  void off_and_on_keep_the_days_and_time() {
    ReminderSchedule custom = parser.parse("mon,thu 09:30", ReminderSchedule.DEFAULT);

    ReminderSchedule off = parser.parse("off", custom);
    assertFalse(off.enabled());
    assertEquals(custom.days(), off.days());
    ReminderSchedule on = parser.parse("ON", off);
    assertTrue(on.enabled());
    assertEquals(LocalTime.of(9, 30), on.time());
  }

  @Test
  void describe_reads_naturally() {
    assertEquals("Fridays at 16:00", ReminderSchedule.DEFAULT.describe());
    assertEquals(
        "Mondays and Thursdays at 09:30",
        parser.parse("mon,thu 9:30", ReminderSchedule.DEFAULT).describe());
    assertEquals(
        "Weekdays at 09:00", parser.parse("weekdays 9am", ReminderSchedule.DEFAULT).describe());
    assertTrue(parser.parse("off", ReminderSchedule.DEFAULT).describe().startsWith("off"));
  }
}
