package app.receipts.reminders;

import java.util.Locale;
import java.util.Objects;

/**
 * A reminder's db-scheduler instance id: {@code kind|team|user} for the kinds a person has one of
 * at a time (weekly, follow-up), {@code kind|team|user|slot} for the others (snoozed, review), the
 * slot being a {@link SlotKey}. Built, parsed and matched only here.
 */
public record ReminderTaskId(NudgeData.Kind kind, String teamId, String userId, String slotKey) {
  private static final String BAR = "|";

  public ReminderTaskId {
    Objects.requireNonNull(kind, "kind");
    requirePart(teamId, "team id");
    requirePart(userId, "user id");
    if (onePerPerson(kind)) {
      if (slotKey != null) {
        throw new IllegalArgumentException(kind + " reminders have no slot in their id");
      }
    } else {
      requirePart(slotKey, "slot key");
      SlotKey.parse(slotKey);
    }
  }

  static ReminderTaskId of(NudgeData data) {
    return new ReminderTaskId(
        data.kind(),
        data.teamId(),
        data.userId(),
        onePerPerson(data.kind()) ? null : data.slotKey());
  }

  public String value() {
    String id = kind.name().toLowerCase(Locale.ROOT) + BAR + teamId + BAR + userId;
    return slotKey == null ? id : id + BAR + slotKey;
  }

  /** The id read back from db-scheduler; an {@link IllegalArgumentException} if it is not one. */
  public static ReminderTaskId parse(String value) {
    String[] parts = value == null ? new String[0] : value.split("\\|", -1);
    if (parts.length != 3 && parts.length != 4) {
      throw new IllegalArgumentException("Not a reminder task id: " + value);
    }
    NudgeData.Kind kind;
    try {
      kind = NudgeData.Kind.valueOf(parts[0].toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Not a reminder kind: " + parts[0], e);
    }
    if (!parts[0].equals(kind.name().toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("Not a reminder kind: " + parts[0]);
    }
    return new ReminderTaskId(kind, parts[1], parts[2], parts.length == 4 ? parts[3] : null);
  }

  /**
   * SQL LIKE patterns for every reminder id of one person: those ending in "|team|user" and those
   * holding "|team|user|". Slack's ids are letters and digits, so they hold no LIKE wildcards.
   */
  static Person ofPerson(String teamId, String userId) {
    requirePart(teamId, "team id");
    requirePart(userId, "user id");
    String person = BAR + teamId + BAR + userId;
    return new Person("%" + person, "%" + person + BAR + "%");
  }

  /** A SQL LIKE pattern for every reminder id of one workspace. */
  public static String likeTeam(String teamId) {
    requirePart(teamId, "team id");
    return "%" + BAR + teamId + BAR + "%";
  }

  record Person(String likeWhole, String likePrefix) {}

  /** Weekly nudges and follow-ups have one task instance per person; others one per slot. */
  private static boolean onePerPerson(NudgeData.Kind kind) {
    return kind == NudgeData.Kind.WEEKLY || kind == NudgeData.Kind.FOLLOWUP;
  }

  private static void requirePart(String part, String what) {
    if (part == null || part.isEmpty() || part.contains(BAR)) {
      throw new IllegalArgumentException("A reminder task id needs a " + what + " without '|'");
    }
  }
}
