package app.receipts.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reminder task ids and slot keys are built and read back in one place each. */
class ReminderKeysTest {
  private static final LocalDate REVIEW = LocalDate.of(2027, 1, 15);
  private static final Slot WEEKLY =
      new Slot(
          Instant.parse("2026-11-20T21:00:00Z"),
          LocalDate.of(2026, 11, 20),
          SlotKey.weekly(LocalDate.of(2026, 11, 20)));

  @Test
  void every_kind_of_task_id_round_trips_in_the_form_stored_today() {
    Slot review = new Slot(Instant.EPOCH, REVIEW.minusDays(14), SlotKey.review(REVIEW, 14));
    Slot snoozed =
        Slots.snoozedToMonday(ReminderSchedule.DEFAULT, java.time.ZoneOffset.UTC, WEEKLY.at());
    assertRoundTrip(NudgeData.Kind.WEEKLY, WEEKLY, "weekly|T1|U1");
    assertRoundTrip(NudgeData.Kind.FOLLOWUP, WEEKLY, "followup|T1|U1");
    assertRoundTrip(NudgeData.Kind.REVIEW, review, "review|T1|U1|review:2027-01-15:14");
    assertRoundTrip(NudgeData.Kind.SNOOZED, snoozed, "snoozed|T1|U1|snooze:weekly:2026-W48-MONDAY");
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
        "review|T1|U1|review:2027-01-15",
        "snoozed|T1|U1|bench:2026-06-15",
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
  void every_shape_of_slot_key_round_trips_in_the_form_stored_today() {
    Map<String, SlotKey> stored = new LinkedHashMap<>();
    stored.put("weekly:2026-W47-FRIDAY", SlotKey.weekly(LocalDate.of(2026, 11, 20)));
    stored.put("weekly:2026-W25-FRIDAY", SlotKey.weekly(LocalDate.of(2026, 6, 19)));
    // 2026 has 53 ISO weeks, and January 1st 2027 is in its last one
    stored.put("weekly:2026-W53-FRIDAY", SlotKey.weekly(LocalDate.of(2027, 1, 1)));
    stored.put("weekly:2027-W01-MONDAY", SlotKey.weekly(LocalDate.of(2027, 1, 4)));
    stored.put("snooze:weekly:2026-W48-MONDAY", SlotKey.snoozed(LocalDate.of(2026, 11, 23)));
    stored.put("followup:2026-W47", SlotKey.followUp(LocalDate.of(2026, 11, 20)));
    stored.put("followup:2026-W53", SlotKey.followUp(LocalDate.of(2027, 1, 1)));
    for (int days : ReviewDates.DAYS_BEFORE) {
      stored.put("review:2027-01-15:" + days, SlotKey.review(REVIEW, days));
    }
    stored.put("review:2027-01-15:0", SlotKey.review(REVIEW, 0));

    stored.forEach(
        (value, key) -> {
          assertEquals(value, key.value());
          assertEquals(key, SlotKey.parse(value), value);
        });
  }

  @Test
  void a_follow_up_key_names_its_week_whichever_day_it_was_planned_on() {
    SlotKey monday = SlotKey.followUp(LocalDate.of(2026, 11, 16));
    SlotKey sunday = SlotKey.followUp(LocalDate.of(2026, 11, 22));

    assertEquals(monday, sunday);
    assertEquals(LocalDate.of(2026, 11, 16), sunday.day());
    assertNotEquals(monday, SlotKey.followUp(LocalDate.of(2026, 11, 23)));
  }

  @Test
  void only_review_keys_read_as_reviews_with_their_date_and_days() {
    SlotKey review = SlotKey.parse("review:2027-01-15:14");
    assertTrue(review.isReview());
    assertEquals(REVIEW, review.day());
    assertEquals(14, review.daysBefore());
    for (String other :
        new String[] {
          "weekly:2026-W47-FRIDAY", "snooze:weekly:2026-W47-FRIDAY", "followup:2026-W47"
        }) {
      assertFalse(SlotKey.parse(other).isReview(), other);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "weekly",
        "weekly:",
        "weekly:2026-W47",
        "weekly:2026-W47-friday",
        "weekly:2026-W47-FRIDAYS",
        "weekly:2026-W7-FRIDAY",
        "weekly:2026-W00-FRIDAY",
        "weekly:2025-W53-FRIDAY",
        "weekly:26-W47-FRIDAY",
        " weekly:2026-W47-FRIDAY",
        "WEEKLY:2026-W47-FRIDAY",
        "snooze:2026-W48-MONDAY",
        "snooze:weekly:",
        "snooze:snooze:weekly:2026-W48-MONDAY",
        "followup:2026",
        "followup:2026-W47-FRIDAY",
        "followup:2026-W54",
        "review:2027-01-15",
        "review:2027-01-15:",
        "review:2027-13-40:14",
        "review:2027-02-30:14",
        "review:2027-01-15:x",
        "review:2027-01-15:-1",
        "review:2027-01-15:014",
        "review:2027-01-15:14:2",
        "monthly:2026-11",
        "weekly|T1|U1",
      })
  void anything_that_is_not_a_slot_key_as_stored_is_refused_naming_it(String value) {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> SlotKey.parse(value));
    assertTrue(refused.getMessage().contains("Not a slot key"), refused.getMessage());
    assertTrue(refused.getMessage().endsWith(": " + value), refused.getMessage());
  }

  @Test
  void a_missing_key_and_impossible_parts_are_refused() {
    assertThrows(IllegalArgumentException.class, () -> SlotKey.parse(null));
    assertThrows(IllegalArgumentException.class, () -> SlotKey.review(null, 14));
    assertThrows(IllegalArgumentException.class, () -> SlotKey.review(REVIEW, -1));
    assertThrows(IllegalArgumentException.class, () -> SlotKey.weekly(null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SlotKey(SlotKey.Shape.WEEKLY, LocalDate.of(2026, 11, 20), 3));
    assertThrows(
        IllegalArgumentException.class, () -> new SlotKey(null, LocalDate.of(2026, 11, 20), 0));
  }
}
