package app.receipts.reminders;

import app.receipts.slack.Mrkdwn;
import app.receipts.slack.UserFacingException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "/win remind …": {@code off}, {@code on}, or days then a time — {@code fri 16:00}, {@code
 * mon,thu 09:30}, {@code weekdays 9am}, {@code tuesday 4:30pm}. Days alone keep the current time; a
 * time alone keeps the current days.
 */
public final class ScheduleParser {
  public static final String EXAMPLES =
      "Try `/win remind fri 16:00`, `/win remind mon,thu 09:30`, `/win remind weekdays 9am`,"
          + " `/win remind off` or `/win remind on`.";
  private static final Pattern TIME =
      Pattern.compile("(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm)?|(\\d{1,2})h(\\d{2})?");
  private static final Map<String, Set<DayOfWeek>> GROUPS =
      Map.of(
          "weekdays", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
          "daily", EnumSet.allOf(DayOfWeek.class),
          "everyday", EnumSet.allOf(DayOfWeek.class));

  public ReminderSchedule parse(String text, ReminderSchedule current) {
    String input = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (input.equals("off") || input.equals("stop")) {
      return current.withEnabled(false);
    }
    if (input.equals("on") || input.equals("start")) {
      return current.withEnabled(true);
    }
    if (input.isEmpty() || input.length() > 100) {
      throw problem("Tell me when you'd like your reminder.");
    }
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    LocalTime time = null;
    for (String word : input.split("[\\s,]+(?!(am|pm)\\b)")) {
      if (word.isBlank() || word.equals("at") || word.equals("and")) {
        continue;
      }
      Set<DayOfWeek> group = GROUPS.get(word);
      DayOfWeek day = day(word);
      if (group != null) {
        days.addAll(group);
      } else if (day != null) {
        days.add(day);
      } else if (time == null) {
        time = time(word.replace(" ", ""));
      } else {
        throw problem("I didn't understand \"" + Mrkdwn.escape(word) + "\".");
      }
    }
    return new ReminderSchedule(
        days.isEmpty() ? current.days() : days, time == null ? current.time() : time, true);
  }

  private static DayOfWeek day(String word) {
    if (word.length() < 2) {
      return null;
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      String name = day.name().toLowerCase(Locale.ROOT);
      if (name.startsWith(word)) {
        return day;
      }
    }
    return null;
  }

  private static LocalTime time(String word) {
    Matcher matcher = TIME.matcher(word);
    if (!matcher.matches()) {
      throw problem("I didn't understand \"" + Mrkdwn.escape(word) + "\" as a day or a time.");
    }
    boolean french = matcher.group(4) != null;
    int hour = Integer.parseInt(french ? matcher.group(4) : matcher.group(1));
    String minutesText = french ? matcher.group(5) : matcher.group(2);
    int minute = minutesText == null ? 0 : Integer.parseInt(minutesText);
    String half = french ? null : matcher.group(3);
    if (half != null) {
      if (hour < 1 || hour > 12) {
        throw problem(
            "\"" + Mrkdwn.escape(word) + "\" is not a time: with am/pm, hours go from 1 to 12.");
      }
      hour = hour % 12 + (half.equals("pm") ? 12 : 0);
    }
    if (hour > 23 || minute > 59) {
      throw problem("\"" + Mrkdwn.escape(word) + "\" is not a time of day (00:00 to 23:59).");
    }
    return LocalTime.of(hour, minute);
  }

  private static UserFacingException problem(String message) {
    return new UserFacingException(message + " " + EXAMPLES);
  }
}
