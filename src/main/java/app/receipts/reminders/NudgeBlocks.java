package app.receipts.reminders;

import app.receipts.packet.Packet;
import app.receipts.packet.Period;
import app.receipts.slack.BlockKit;
import app.receipts.slack.Dates;
import com.slack.api.model.block.LayoutBlock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The reminder DMs: the weekly nudge and the review-season heads-up. */
final class NudgeBlocks {
  private NudgeBlocks() {}

  static String weeklyText(int thisWeek) {
    return thisWeek == 0
        ? "Weekly check-in: nothing logged yet this week. What did you ship?"
        : "Weekly check-in: you logged "
            + thisWeek
            + (thisWeek == 1 ? " entry" : " entries")
            + " this week. Anything else worth keeping?";
  }

  static List<LayoutBlock> weekly(
      int thisWeek, ReminderSchedule schedule, boolean first, boolean afterPause) {
    List<LayoutBlock> blocks = new ArrayList<>();
    if (afterPause) {
      blocks.add(
          BlockKit.text(
              ":wave: Welcome back — your reminder pause is over. I'm checking in "
                  + schedule.describeInline()
                  + " again; `/win remind pause 2 weeks` pauses it again."));
    }
    blocks.add(BlockKit.text(":receipt: " + weeklyText(thisWeek)));
    blocks.add(
        BlockKit.buttons(
            BlockKit.primary(ReminderIds.LOG_WIN, "Log a win", "log"),
            BlockKit.button(ReminderIds.NOTHING, "Nothing this week", "nothing"),
            BlockKit.button(ReminderIds.SNOOZE, "Snooze to Monday", "snooze"),
            BlockKit.button(ReminderIds.PAUSE, "Pause 2 weeks", "pause-2-weeks")));
    if (first) {
      blocks.add(
          BlockKit.note(
              "I'll check in "
                  + schedule.describeInline()
                  + " your time. Change it with `/win remind mon,thu 09:30` or"
                  + " `/win remind every other fri 16:00`, pause it with"
                  + " `/win remind pause 2 weeks`, or stop with"
                  + " `/win remind off`."));
    }
    return blocks;
  }

  static String reviewText(LocalDate review, LocalDate today) {
    long days = ChronoUnit.DAYS.between(today, review);
    return "Your review is in " + days + " days (" + Dates.day(review) + ").";
  }

  /**
   * 14 days before: the counts, the gaps so far, and the packet itself, which follows in the DM. 3
   * days before: the gaps that remain.
   */
  static List<LayoutBlock> review(
      LocalDate review, LocalDate today, Packet soFar, Period period, boolean packetFollows) {
    StringBuilder text =
        new StringBuilder(":calendar: *" + reviewText(review, today) + "*\n")
            .append("You have ")
            .append(soFar.entryCount())
            .append(soFar.entryCount() == 1 ? " entry" : " entries")
            .append(" for ")
            .append(period.label())
            .append('.');
    if (packetFollows) {
      text.append(" Your packet for it follows here: Markdown to paste, PDF to print.");
    }
    if (!soFar.gaps().isEmpty()) {
      text.append(packetFollows ? "\n*Gaps so far:*" : "\n*Gaps that remain:*");
      for (Packet.Gap gap : soFar.gaps()) {
        text.append("\n• *")
            .append(gap.competency().label())
            .append("*: ")
            .append(gap.suggestion());
      }
    } else if (!packetFollows) {
      text.append("\nNo gaps left: every competency has evidence.");
    }
    String body = text.length() > 2900 ? text.substring(0, 2900) + "…" : text.toString();
    return List.of(
        BlockKit.text(body),
        BlockKit.buttons(
            BlockKit.primary(ReminderIds.BUILD_PACKET, "Build my packet", period.buttonValue())));
  }
}
