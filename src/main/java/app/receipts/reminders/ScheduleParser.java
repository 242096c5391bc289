package app.receipts.reminders;

import app.receipts.reminders.ReminderSchedule.Cadence;
import app.receipts.slack.Mrkdwn;
import app.receipts.slack.UserFacingException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "/win remind …": {@code off}, {@code on}, or a cadence, days and a time — {@code fri
 * 16:00}, {@code mon,thu 09:30}, {@code weekdays 9am}, {@code every other friday at 4pm}, {@code
 * biweekly fri 16:00}, {@code monthly last fri 16:00}, {@code first mon 9am}. Days alone make a
 * weekly reminder at the current time; a time alone keeps the current days and cadence.
 */
final class ScheduleParser {
  static final String EXAMPLES =
      "Try `/win remind fri 16:00`, `/win remind mon,thu 09:30`, `/win remind weekdays 9am`,"
          + " `/win remind every other friday at 4pm`, `/win remind monthly last fri 16:00`,"
          + " `/win remind off` or `/win remind on`.";
  static final String BIWEEKLY_EXAMPLES =
      "Try `/win remind every other friday at 4pm`, `/win remind biweekly fri 16:00` or"
          + " `/win remind every other mon,thu 09:30`.";
  static final String MONTHLY_EXAMPLES =
      "Try `/win remind monthly last fri 16:00`, `/win remind first mon 9am` or"
          + " `/win remind monthly third wed 14:30`.";
  private static final Pattern TIME =
      Pattern.compile("(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm)?|(\\d{1,2})h(\\d{2})?");
  private static final Map<String, Set<DayOfWeek>> GROUPS =
      Map.of(
          "weekdays", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
          "weekday", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
          "daily", EnumSet.allOf(DayOfWeek.class),
          "everyday", EnumSet.allOf(DayOfWeek.class));
  private static final Map<String, Integer> ORDINALS =
      Map.ofEntries(
          Map.entry("first", 1),
          Map.entry("1st", 1),
          Map.entry("second", 2),
          Map.entry("2nd", 2),
          Map.entry("third", 3),
          Map.entry("3rd", 3),
          Map.entry("fourth", 4),
          Map.entry("4th", 4),
          Map.entry("last", -1));
  private static final Set<String> BIWEEKLY_WORDS =
      Set.of("biweekly", "bi-weekly", "fortnightly", "fortnight", "other", "alternate");
  private static final Set<String> EVERY_OTHER = Set.of("other", "second", "2", "two");
  private static final Set<String> FILLER =
      Set.of("at", "and", "on", "the", "of", "each", "a", "in", "every", "week", "weeks");

  ReminderSchedule parse(String text, ReminderSchedule current) {
    String input = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (input.equals("off") || input.equals("stop")) {
      return current.withEnabled(false);
    }
    if (input.equals("on") || input.equals("start")) {
      return current.withEnabled(true);
    }
    if (input.isEmpty() || input.length() > 100) {
      throw problem("Tell me when you'd like your reminder.", input);
    }
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    LocalTime time = null;
    Cadence cadence = null;
    int monthWeek = 0;
    List<String> words = List.of(input.split("[\\s,]+(?!(am|pm)\\b)"));
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      if (word.equals("every") && EVERY_OTHER.contains(next)) {
        cadence = Cadence.BIWEEKLY;
        i++;
      } else if (BIWEEKLY_WORDS.contains(word)) {
        cadence = Cadence.BIWEEKLY;
      } else if (word.equals("weekly")) {
        cadence = Cadence.WEEKLY;
      } else if (word.equals("monthly") || word.equals("month")) {
        cadence = Cadence.MONTHLY;
      } else if (ORDINALS.containsKey(word)) {
        cadence = Cadence.MONTHLY;
        monthWeek = ORDINALS.get(word);
      } else if (word.isBlank() || FILLER.contains(word)) {
        continue;
      } else if (GROUPS.containsKey(word)) {
        days.addAll(GROUPS.get(word));
      } else if (day(word) != null) {
        days.add(day(word));
      } else if (time == null) {
        time = time(word.replace(" ", ""), input);
      } else {
        throw problem("I didn't understand \"" + Mrkdwn.escape(word) + "\".", input);
      }
    }
    LocalTime at = time == null ? current.time() : time;
    if (cadence == null && days.isEmpty()) {
      return new ReminderSchedule(
          current.days(), at, true, current.cadence(), current.anchor(), current.monthWeek());
    }
    cadence = cadence == null ? Cadence.WEEKLY : cadence;
    Set<DayOfWeek> chosen = days.isEmpty() ? current.days() : days;
    if (cadence == Cadence.MONTHLY) {
      if (chosen.size() != 1) {
        throw problem(
            "A monthly reminder goes on one day of the week, in one week of the month.", input);
      }
      return new ReminderSchedule(chosen, at, true, cadence, null, monthWeek == 0 ? 1 : monthWeek);
    }
    return new ReminderSchedule(chosen, at, true, cadence, null, 0);
  }

  /** Examples in the shape of what the person typed: every other week, monthly, or weekly. */
  static String examplesFor(String input) {
    String lower = input.toLowerCase(Locale.ROOT);
    if (lower.matches(".*\\b(other|biweekly|bi-weekly|fortnight\\w*|alternate|every (2|two)).*")) {
      return BIWEEKLY_EXAMPLES;
    }
    if (lower.matches(".*\\b(month\\w*|first|second|third|fourth|last|1st|2nd|3rd|4th)\\b.*")) {
      return MONTHLY_EXAMPLES;
    }
    return EXAMPLES;
  }

  private static DayOfWeek day(String word) {
    if (word.length() < 2) {
      return null;
    }
    String singular =
        word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    for (DayOfWeek day : DayOfWeek.values()) {
      String name = day.name().toLowerCase(Locale.ROOT);
      if (name.startsWith(word) || name.equals(singular)) {
        return day;
      }
    }
    return null;
  }

  private static LocalTime time(String word, String input) {
    Matcher matcher = TIME.matcher(word);
    if (!matcher.matches()) {
      throw problem(
          "I didn't understand \"" + Mrkdwn.escape(word) + "\" as a day or a time.", input);
    }
    boolean french = matcher.group(4) != null;
    int hour = Integer.parseInt(french ? matcher.group(4) : matcher.group(1));
    String minutesText = french ? matcher.group(5) : matcher.group(2);
    int minute = minutesText == null ? 0 : Integer.parseInt(minutesText);
    String half = french ? null : matcher.group(3);
    if (half != null) {
      if (hour < 1 || hour > 12) {
        throw problem(
            "\"" + Mrkdwn.escape(word) + "\" is not a time: with am/pm, hours go from 1 to 12.",
            input);
      }
      hour = hour % 12 + (half.equals("pm") ? 12 : 0);
    }
    if (hour > 23 || minute > 59) {
      throw problem(
          "\"" + Mrkdwn.escape(word) + "\" is not a time of day (00:00 to 23:59).", input);
    }
    return LocalTime.of(hour, minute);
  }

  private static UserFacingException problem(String message, String input) {
    return new UserFacingException(message + " " + examplesFor(input));
  }
}
