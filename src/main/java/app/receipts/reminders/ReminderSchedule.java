package app.receipts.reminders;

import app.receipts.slack.Dates;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.mapper.reflect.ColumnName;
import org.jdbi.v3.core.mapper.reflect.JdbiConstructor;

/**
 * When someone wants their nudge, in their own local time: weekly on some days, every other week
 * (the weeks an even number of weeks from {@code anchor}, a Monday), or monthly on the first to
 * fourth or last given weekday ({@code monthWeek} 1..4 or -1).
 */
public record ReminderSchedule(
    Set<DayOfWeek> days,
    @ColumnName("time_of_day") LocalTime time,
    boolean enabled,
    Cadence cadence,
    @ColumnName("cadence_anchor") LocalDate anchor,
    int monthWeek) {
  public static final ReminderSchedule DEFAULT =
      new ReminderSchedule(EnumSet.of(DayOfWeek.FRIDAY), LocalTime.of(16, 0), true);

  public enum Cadence {
    WEEKLY,
    BIWEEKLY,
    MONTHLY
  }

  @JdbiConstructor
  public ReminderSchedule {
    if (days == null || days.isEmpty()) {
      throw new IllegalArgumentException("a schedule needs at least one day");
    }
    days = EnumSet.copyOf(days);
    time = time.withSecond(0).withNano(0);
    cadence = cadence == null ? Cadence.WEEKLY : cadence;
    if (cadence == Cadence.MONTHLY
        && (days.size() != 1 || monthWeek == 0 || monthWeek < -1 || monthWeek > 4)) {
      throw new IllegalArgumentException("a monthly schedule is one weekday in one week");
    }
    monthWeek = cadence == Cadence.MONTHLY ? monthWeek : 0;
    anchor =
        cadence == Cadence.BIWEEKLY && anchor != null
            ? anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            : null;
  }

  public ReminderSchedule(Set<DayOfWeek> days, LocalTime time, boolean enabled) {
    this(days, time, enabled, Cadence.WEEKLY, null, 0);
  }

  public ReminderSchedule withEnabled(boolean on) {
    return new ReminderSchedule(days, time, on, cadence, anchor, monthWeek);
  }

  public ReminderSchedule withAnchor(LocalDate monday) {
    return new ReminderSchedule(days, time, enabled, cadence, monday, monthWeek);
  }

  /** Whether a nudge belongs on this local day. */
  public boolean matches(LocalDate day) {
    if (!days.contains(day.getDayOfWeek())) {
      return false;
    }
    return switch (cadence) {
      case WEEKLY -> true;
      case BIWEEKLY -> {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        yield anchor == null || ChronoUnit.WEEKS.between(anchor, monday) % 2 == 0;
      }
      case MONTHLY ->
          monthWeek == -1
              ? day.plusWeeks(1).getMonth() != day.getMonth()
              : (day.getDayOfMonth() - 1) / 7 + 1 == monthWeek;
    };
  }

  /**
   * "Fridays at 16:00", "Every other Friday at 16:00", "The last Friday of each month at 16:00";
   * says so when reminders are off.
   */
  public String describe() {
    String when =
        switch (cadence) {
          case WEEKLY -> plural() + " at " + time;
          case BIWEEKLY -> "Every other " + singular() + " at " + time;
          case MONTHLY ->
              "The " + ordinal(monthWeek) + " " + singular() + " of each month at " + time;
        };
    return enabled ? when : "off (when on: " + when + ")";
  }

  /** {@link #describe} inside a sentence: "every other Friday at 16:00", "Fridays at 16:00". */
  public String describeInline() {
    String text = describe();
    return text.startsWith("Every ") || text.startsWith("The ")
        ? Character.toLowerCase(text.charAt(0)) + text.substring(1)
        : text;
  }

  static String ordinal(int monthWeek) {
    return switch (monthWeek) {
      case 1 -> "first";
      case 2 -> "second";
      case 3 -> "third";
      case 4 -> "fourth";
      default -> "last";
    };
  }

  private String plural() {
    if (days.equals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))) {
      return "Weekdays";
    }
    return join(days.stream().map(d -> name(d) + "s").collect(Collectors.toList()));
  }

  private String singular() {
    if (days.equals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))) {
      return "weekday";
    }
    return join(days.stream().map(ReminderSchedule::name).collect(Collectors.toList()));
  }

  private static String name(DayOfWeek day) {
    return Dates.weekday(day);
  }

  private static String join(java.util.List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  /** Storage form of the days: "MONDAY,THURSDAY". */
  public String daysText() {
    return days.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  public static Set<DayOfWeek> parseDays(String text) {
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String name : text.split(",")) {
      if (!name.isBlank()) {
        days.add(DayOfWeek.valueOf(name.strip()));
      }
    }
    return days;
  }
}
