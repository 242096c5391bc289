package app.receipts.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reminder task ids and review slot keys are built and read back in one place each. */
class ReminderKeysTest {
  private static final LocalDate REVIEW = LocalDate.of(2027, 1, 15);
  private static final Slot WEEKLY =
      new Slot(
          Instant.parse("2026-11-20T21:00:00Z"),
          LocalDate.of(2026, 11, 20),
          Slots.weeklyKey(LocalDate.of(2026, 11, 20)));

  @Test
  void every_kind_of_task_id_round_trips_in_the_form_stored_today() {
    Slot review = new Slot(Instant.EPOCH, REVIEW.minusDays(14), new ReviewKey(REVIEW, 14).value());
    Slot snoozed =
        Slots.snoozedToMonday(ReminderSchedule.DEFAULT, java.time.ZoneOffset.UTC, WEEKLY.at());
    assertRoundTrip(NudgeData.Kind.WEEKLY, WEEKLY, "weekly|T1|U1");
    assertRoundTrip(NudgeData.Kind.FOLLOWUP, WEEKLY, "followup|T1|U1");
    assertRoundTrip(NudgeData.Kind.REVIEW, review, "review|T1|U1|review:2027-01-15:14");
    assertRoundTrip(NudgeData.Kind.SNOOZED, snoozed, "snoozed|T1|U1|" + snoozed.key());
  }

  private static void assertRoundTrip(NudgeData.Kind kind, Slot slot, String expected) {
    NudgeData data = NudgeData.of("T1", "U1", kind, slot);
    assertEquals(expected, data.instanceId());
    ReminderTaskId id = ReminderTaskId.parse(data.instanceId());
    assertEquals(ReminderTaskId.of(data), id);
    assertEquals(expected, id.value());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "weekly",
        "weekly|T1",
        "weekly|T1|U1|weekly:2026-W47-FRIDAY",
        "review|T1|U1",
        "review|T1|U1|",
        "review|T1||review:2027-01-15:14",
        "|T1|U1",
        "monthly|T1|U1",
        "WEEKLY|T1|U1",
        "review|T1|U1|review:2027-01-15:14|extra",
        "packet-17",
        "T1|U1|5ab0",
      })
  void anything_that_is_not_a_reminder_task_id_is_refused(String value) {
    assertThrows(IllegalArgumentException.class, () -> ReminderTaskId.parse(value));
  }

  @Test
  void ids_cannot_be_built_from_parts_that_would_read_back_differently() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ReminderTaskId(NudgeData.Kind.WEEKLY, "T1|X", "U1", null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ReminderTaskId(NudgeData.Kind.REVIEW, "T1", "U1", "a|b"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ReminderTaskId(NudgeData.Kind.WEEKLY, "T1", "U1", "weekly:2026-W47-FRIDAY"));
  }

  @Test
  void the_patterns_match_every_task_of_one_person_and_one_team_and_no_other() {
    ReminderTaskId.Person person = ReminderTaskId.ofPerson("T1", "U1");
    for (String mine :
        new String[] {"weekly|T1|U1", "followup|T1|U1", "review|T1|U1|review:2027-01-15:3"}) {
      assertTrue(like(mine, person.likeWhole()) || like(mine, person.likePrefix()), mine);
      assertTrue(like(mine, ReminderTaskId.likeTeam("T1")), mine);
    }
    for (String theirs :
        new String[] {"weekly|T1|U10", "weekly|T2|U1", "review|T1|U2|review:2027-01-15:3"}) {
      assertFalse(like(theirs, person.likeWhole()) || like(theirs, person.likePrefix()), theirs);
    }
    assertFalse(like("weekly|T10|U1", ReminderTaskId.likeTeam("T1")));
  }

  /** SQL LIKE with % only, which is all the patterns use. */
  private static boolean like(String value, String pattern) {
    return value.matches(("\\Q" + pattern + "\\E").replace("%", "\\E.*\\Q").replace("\\Q\\E", ""));
  }

  @Test
  void review_keys_round_trip_and_anything_else_reads_as_none() {
    for (int days : ReviewDates.DAYS_BEFORE) {
      ReviewKey key = new ReviewKey(REVIEW, days);
      assertEquals("review:2027-01-15:" + days, key.value());
      assertEquals(Optional.of(key), ReviewKey.parse(key.value()));
    }
    for (String bad :
        new String[] {
          "review:2027-01-15",
          "review:2027-01-15:",
          "review:2027-13-40:14",
          "review:2027-01-15:x",
          "review:2027-01-15:14:2",
          "weekly:2026-W47-FRIDAY",
          "snooze:weekly:2026-W47-FRIDAY",
          "",
        }) {
      assertEquals(Optional.empty(), ReviewKey.parse(bad), bad);
    }
    assertEquals(Optional.empty(), ReviewKey.parse(null));
    assertThrows(IllegalArgumentException.class, () -> new ReviewKey(null, 14));
    assertThrows(IllegalArgumentException.class, () -> new ReviewKey(REVIEW, -1));
  }
}
