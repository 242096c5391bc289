package app.receipts.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlotsTest {

  private static List<Slot> weeks(ReminderSchedule schedule, ZoneId zone, Instant from, int count) {
    List<Slot> slots = new ArrayList<>();
    Instant after = from;
    for (int i = 0; i < count; i++) {
      Slot slot = Slots.nextWeekly(schedule, zone, after);
      slots.add(slot);
      after = slot.at();
    }
    return slots;
  }

  @ParameterizedTest(name = "{0} around {1}")
  @CsvSource({
    "America/New_York, 2026-02-20T00:00:00Z",
    "America/New_York, 2026-10-16T00:00:00Z",
    "Europe/Berlin, 2026-03-13T00:00:00Z",
    "Europe/Berlin, 2026-10-09T00:00:00Z",
  })
  void weekly_nudge_stays_at_16_00_local_across_daylight_saving_changes(
      String zoneId, String start) {
    ZoneId zone = ZoneId.of(zoneId);

    List<Slot> slots = weeks(ReminderSchedule.DEFAULT, zone, Instant.parse(start), 6);

    for (Slot slot : slots) {
      ZonedDateTime local = slot.at().atZone(zone);
      assertEquals(DayOfWeek.FRIDAY, local.getDayOfWeek());
      assertEquals(LocalTime.of(16, 0), local.toLocalTime());
    }
    long distinctOffsets =
        slots.stream().map(s -> s.at().atZone(zone).getOffset()).distinct().count();
    assertEquals(2, distinctOffsets, "the six weeks cross a DST change");
  }

  @Test
  void a_time_inside_the_spring_forward_gap_fires_once_at_the_shifted_instant() {
    ZoneId newYork = ZoneId.of("America/New_York");
    ReminderSchedule sunday =
        new ReminderSchedule(EnumSet.of(DayOfWeek.SUNDAY), LocalTime.of(2, 30), true);

    Slot slot = Slots.nextWeekly(sunday, newYork, Instant.parse("2026-03-07T12:00:00Z"));

    assertEquals(LocalDate.of(2026, 3, 8), slot.localDate());
    assertEquals(Instant.parse("2026-03-08T07:30:00Z"), slot.at());
  }

  @Test
  void a_time_inside_the_fall_back_overlap_fires_at_the_earlier_instant_only() {
    ZoneId newYork = ZoneId.of("America/New_York");
    ReminderSchedule sunday =
        new ReminderSchedule(EnumSet.of(DayOfWeek.SUNDAY), LocalTime.of(1, 30), true);

    Slot first = Slots.nextWeekly(sunday, newYork, Instant.parse("2026-10-31T12:00:00Z"));
    Slot next = Slots.nextWeekly(sunday, newYork, first.at());

    assertEquals(Instant.parse("2026-11-01T05:30:00Z"), first.at());
    assertEquals(LocalDate.of(2026, 11, 8), next.localDate());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Asia/Kathmandu, 2026-11-20T10:15:00Z",
    "Pacific/Tongatapu, 2026-11-20T03:00:00Z",
    "Pacific/Chatham, 2026-11-20T02:15:00Z",
    "Pacific/Honolulu, 2026-11-21T02:00:00Z",
  })
  void odd_offsets_get_16_00_on_their_own_friday(String zoneId, String expectedUtc) {
    Slot slot =
        Slots.nextWeekly(
            ReminderSchedule.DEFAULT, ZoneId.of(zoneId), Instant.parse("2026-11-18T00:00:00Z"));

    assertEquals(Instant.parse(expectedUtc), slot.at());
    assertEquals("weekly:2026-W47-FRIDAY", slot.key().value());
  }

  @Test
  void keys_name_the_local_week_and_day_and_are_stable() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    Slot a =
        Slots.nextWeekly(ReminderSchedule.DEFAULT, berlin, Instant.parse("2026-11-16T00:00:00Z"));
    Slot b =
        Slots.nextWeekly(ReminderSchedule.DEFAULT, berlin, Instant.parse("2026-11-19T23:00:00Z"));
    Slot afterFirst = Slots.nextWeekly(ReminderSchedule.DEFAULT, berlin, a.at());

    assertEquals(a, b);
    assertEquals("weekly:2026-W48-FRIDAY", afterFirst.key().value());
  }

  @Test
  void snooze_moves_to_next_monday_at_the_same_local_time() {
    ZoneId zone = ZoneId.of("America/New_York");
    Slot snoozed =
        Slots.snoozedToMonday(
            ReminderSchedule.DEFAULT, zone, Instant.parse("2026-11-20T21:05:00Z"));

    assertEquals(LocalDate.of(2026, 11, 23), snoozed.localDate());
    assertEquals(LocalTime.of(16, 0), snoozed.at().atZone(zone).toLocalTime());
    assertEquals("snooze:weekly:2026-W48-MONDAY", snoozed.key().value());
  }

  @Test
  void a_missed_nudge_is_sent_the_same_local_day_but_never_later() {
    ZoneId zone = ZoneId.of("Asia/Kathmandu");
    Slot slot =
        Slots.nextWeekly(ReminderSchedule.DEFAULT, zone, Instant.parse("2026-11-18T00:00:00Z"));

    assertTrue(Slots.stillDeliverable(slot, zone, slot.at()));
    assertTrue(Slots.stillDeliverable(slot, zone, slot.at().plusSeconds(7 * 3600)));
    assertFalse(
        Slots.stillDeliverable(slot, zone, slot.at().plusSeconds(9 * 3600)), "next local day");
    assertFalse(Slots.stillDeliverable(slot, zone, slot.at().minusSeconds(60)), "too early");
  }

  @Test
  void review_reminders_come_14_and_3_days_before_and_skip_the_past() {
    ZoneId zone = ZoneId.of("Europe/Berlin");
    LocalDate review = LocalDate.of(2027, 1, 15);
    LocalTime time = LocalTime.of(16, 0);

    List<Slot> both =
        ReviewDates.reminders(review, time, zone, Instant.parse("2026-12-01T00:00:00Z"));
    assertEquals(
        List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 12)),
        both.stream().map(Slot::localDate).toList());
    assertEquals("review:2027-01-15:14", both.get(0).key().value());

    List<Slot> onlyThree =
        ReviewDates.reminders(review, time, zone, Instant.parse("2027-01-10T00:00:00Z"));
    assertEquals(
        List.of("review:2027-01-15:3"),
        onlyThree.stream().map(slot -> slot.key().value()).toList());

    assertTrue(
        ReviewDates.reminders(review, time, zone, Instant.parse("2027-01-14T00:00:00Z")).isEmpty());
  }

  @Test
  void review_dates_must_be_in_the_future_and_real() {
    LocalDate today = LocalDate.of(2026, 11, 22);
    assertEquals(LocalDate.of(2027, 1, 15), ReviewDates.parse(" 2027-01-15 ", today));
    for (String bad :
        List.of(
            "2026-11-22", "2026-01-01", "2027-02-30", "next friday", "2030-01-01", "<!channel>")) {
      var error =
          org.junit.jupiter.api.Assertions.assertThrows(
              app.receipts.slack.UserFacingException.class, () -> ReviewDates.parse(bad, today));
      assertTrue(error.getMessage().contains("/win review 2027-01-15"), error.getMessage());
      assertFalse(error.getMessage().contains("<!channel>"));
    }
  }
}
