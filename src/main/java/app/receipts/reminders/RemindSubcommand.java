package app.receipts.reminders;

import app.receipts.slack.Dates;
import app.receipts.slack.Messenger;
import app.receipts.slack.Subcommand;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * /win remind [fri 16:00 | every other fri 4pm | monthly last fri | pause … | resume | quiet on |
 * off | on]: shows or changes the reminder.
 */
final class RemindSubcommand implements Subcommand {
  private final ScheduleParser parser = new ScheduleParser();
  private final Reminders reminders;

  RemindSubcommand(Reminders reminders) {
    this.reminders = reminders;
  }

  @Override
  public String name() {
    return "remind";
  }

  @Override
  public String help() {
    return "`/win remind [fri 16:00 | every other fri 4pm | monthly last fri 16:00 | pause 2 weeks"
        + " | pause until 2027-01-05 | resume | quiet on | off | on]` — your reminder, in your"
        + " timezone";
  }

  @Override
  public boolean accepts(String args) {
    return true;
  }

  @Override
  public Response handle(SlashCommandRequest req, SlashCommandContext ctx, String args) {
    String text = answer(ctx.getTeamId(), ctx.getRequestUserId(), args.strip());
    return Messenger.ack(text);
  }

  private String answer(String teamId, String userId, String args) {
    String lower = args.toLowerCase(Locale.ROOT);
    ZoneId zone = reminders.zone(teamId, userId);
    if (lower.isEmpty()) {
      return status(reminders.settings(teamId, userId), zone) + " " + ScheduleParser.EXAMPLES;
    }
    if (lower.equals("pause") || lower.startsWith("pause ")) {
      LocalDate today = reminders.today(teamId, userId);
      LocalDate until = Pauses.until(lower.substring("pause".length()), today);
      Slot next = reminders.pause(teamId, userId, until);
      return ":palm_tree: Reminders paused until *"
          + Dates.dayWithWeekday(until)
          + "*; they resume by themselves"
          + nextOne(reminders.settings(teamId, userId), next, zone)
          + " `/win remind resume` ends the pause early.";
    }
    if (lower.equals("resume") || lower.equals("unpause")) {
      ReminderSettings before = reminders.settings(teamId, userId);
      if (reminders.pausedUntil(before) == null) {
        return "Reminders are not paused. " + status(before, zone);
      }
      Slot next = reminders.resume(teamId, userId);
      return ":wave: Pause ended" + nextOne(reminders.settings(teamId, userId), next, zone);
    }
    if (lower.startsWith("quiet")) {
      String value = lower.substring("quiet".length()).strip();
      if (!value.equals("on") && !value.equals("off")) {
        return "Quiet weeks skip the reminder in a week you already logged something. Try"
            + " `/win remind quiet on` or `/win remind quiet off`.";
      }
      reminders.quietWeeks(teamId, userId, value.equals("on"));
      return value.equals("on")
          ? ":shushing_face: Quiet weeks on: no reminder in a week you already logged something."
          : "Quiet weeks off: the reminder comes every time, logged or not.";
    }
    ReminderSchedule schedule = parser.parse(args, reminders.settings(teamId, userId).schedule());
    Slot next = reminders.changeSchedule(teamId, userId, schedule);
    ReminderSettings now = reminders.settings(teamId, userId);
    if (!now.schedule().enabled()) {
      return ":zzz: Reminders are off. Turn them back on with `/win remind on`.";
    }
    LocalDate paused = reminders.pausedUntil(now);
    return ":alarm_clock: Reminders set: *"
        + now.schedule().describe()
        + "* ("
        + zone.getId()
        + "), next on "
        + Dates.when(next.at().atZone(zone))
        + (paused == null
            ? "."
            : ", after your pause (until " + Dates.dayWithWeekday(paused) + ").");
  }

  private String nextOne(ReminderSettings settings, Slot next, ZoneId zone) {
    return settings.schedule().enabled()
        ? "; the next one is " + Dates.when(next.at().atZone(zone)) + "."
        : "; reminders are off, though (`/win remind on`).";
  }

  /** What is set now: schedule, zone, pause, quiet weeks. */
  String status(ReminderSettings settings, ZoneId zone) {
    LocalDate paused = reminders.pausedUntil(settings);
    return "Your reminder: *"
        + settings.schedule().describe()
        + "* ("
        + zone.getId()
        + ")."
        + (paused == null
            ? ""
            : " *Paused until "
                + Dates.dayWithWeekday(paused)
                + "*; `/win remind resume` ends the pause early.")
        + (settings.quietWeeks() ? " Quiet weeks on." : "");
  }
}
