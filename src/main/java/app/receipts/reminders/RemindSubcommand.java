package app.receipts.reminders;

import app.receipts.capture.Subcommand;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** /win remind [fri 16:00 | mon,thu 09:30 | off | on]: shows or changes the weekly nudge. */
public final class RemindSubcommand implements Subcommand {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE MMM d, HH:mm", Locale.ENGLISH);
  private final ScheduleParser parser = new ScheduleParser();
  private final Reminders reminders;

  public RemindSubcommand(Reminders reminders) {
    this.reminders = reminders;
  }

  @Override
  public String name() {
    return "remind";
  }

  @Override
  public String help() {
    return "`/win remind [fri 16:00 | mon,thu 09:30 | off | on]` — your weekly reminder, in your"
        + " timezone";
  }

  @Override
  public boolean accepts(String args) {
    return true;
  }

  @Override
  public Response handle(SlashCommandRequest req, SlashCommandContext ctx, String args) {
    String teamId = ctx.getTeamId();
    String userId = ctx.getRequestUserId();
    ReminderSettings current = reminders.settings(teamId, userId);
    ZoneId zone = reminders.zone(teamId, userId);
    if (args.isEmpty()) {
      String text =
          "Your weekly reminder: *"
              + current.schedule().describe()
              + "* ("
              + zone.getId()
              + "). "
              + ScheduleParser.EXAMPLES;
      return ctx.ack(r -> r.responseType("ephemeral").text(text));
    }
    ReminderSchedule schedule = parser.parse(args, current.schedule());
    Slot next = reminders.changeSchedule(teamId, userId, schedule);
    String text =
        schedule.enabled()
            ? ":alarm_clock: Reminders set: *"
                + schedule.describe()
                + "* ("
                + zone.getId()
                + "). Next one: "
                + WHEN.format(next.at().atZone(zone))
                + "."
            : ":zzz: Reminders are off. Turn them back on with `/win remind on`.";
    return ctx.ack(r -> r.responseType("ephemeral").text(text));
  }
}
