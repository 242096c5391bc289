package app.receipts.reminders;

import java.time.Instant;
import java.time.LocalDate;

/** What a scheduled reminder carries: whose, which kind, and the slot it stands for. */
public record NudgeData(
    String teamId, String userId, Kind kind, String slotKey, long atMillis, String localDate) {

  public enum Kind {
    WEEKLY,
    SNOOZED,
    REVIEW,
    /** The metric follow-up: wins without a number, about two weeks on. */
    FOLLOWUP
  }

  public static NudgeData of(String teamId, String userId, Kind kind, Slot slot) {
    return new NudgeData(
        teamId,
        userId,
        kind,
        slot.key().value(),
        slot.at().toEpochMilli(),
        slot.localDate().toString());
  }

  public Slot slot() {
    return new Slot(
        Instant.ofEpochMilli(atMillis), LocalDate.parse(localDate), SlotKey.parse(slotKey));
  }

  public String instanceId() {
    return ReminderTaskId.of(this).value();
  }
}
