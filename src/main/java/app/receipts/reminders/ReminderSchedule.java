package app.receipts.reminders;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** When someone wants their weekly nudge, in their own local time. */
public record ReminderSchedule(Set<DayOfWeek> days, LocalTime time, boolean enabled) {
  public static final ReminderSchedule DEFAULT =
      new ReminderSchedule(EnumSet.of(DayOfWeek.FRIDAY), LocalTime.of(16, 0), true);

  public ReminderSchedule {
    if (days == null || days.isEmpty()) {
      throw new IllegalArgumentException("a schedule needs at least one day");
    }
    days = EnumSet.copyOf(days);
    time = time.withSecond(0).withNano(0);
  }

  public ReminderSchedule withEnabled(boolean on) {
    return new ReminderSchedule(days, time, on);
  }

  /** "Fridays at 16:00" or "Mondays and Thursdays at 09:30"; says so when reminders are off. */
  public String describe() {
    String when = dayNames() + " at " + time;
    return enabled ? when : "off (when on: " + when + ")";
  }

  private String dayNames() {
    if (days.equals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))) {
      return "Weekdays";
    }
    var names =
        days.stream()
            .sorted()
            .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s")
            .collect(Collectors.toList());
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
