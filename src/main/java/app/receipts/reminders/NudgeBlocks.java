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
  /** A section's text holds 3,000; the gaps are cut well before. */
  static final int REVIEW_CHARS = 2900;

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

  /** What a review reminder says of the packet itself. */
  enum PacketNote {
    /** 3 days before: no packet, the gaps that remain. */
    NONE,
    /** 14 days before, the files shared with this text as their comment. */
    ATTACHED,
    NOT_BUILT,
    NOT_ATTACHED
  }

  /**
   * 14 days before: the counts, the gaps so far, and the packet's files attached (or why not). 3
   * days before: the gaps that remain. Both under {@link #REVIEW_CHARS}.
   */
  static String reviewBody(
      LocalDate review, LocalDate today, Packet soFar, Period period, PacketNote note) {
    StringBuilder text =
        new StringBuilder(":calendar: *" + reviewText(review, today) + "*\n")
            .append("You have ")
            .append(soFar.entryCount())
            .append(soFar.entryCount() == 1 ? " entry" : " entries")
            .append(" for ")
            .append(period.label())
            .append('.');
    switch (note) {
      case ATTACHED ->
          text.append(" Your packet for it is attached: Markdown to paste, PDF to print.");
      case NOT_BUILT ->
          text.append(
              " Your packet's files could not be built just now; *Build my packet* tries again.");
      case NOT_ATTACHED ->
          text.append(
              " Your packet's files could not be attached just now; *Build my packet* tries"
                  + " again.");
      case NONE -> {}
    }
    if (!soFar.gaps().isEmpty()) {
      text.append(note == PacketNote.NONE ? "\n*Gaps that remain:*" : "\n*Gaps so far:*");
      for (Packet.Gap gap : soFar.gaps()) {
        text.append("\n• *")
            .append(gap.competency().label())
            .append("*: ")
            .append(gap.suggestion());
      }
    } else if (note == PacketNote.NONE) {
      text.append("\nNo gaps left: every competency has evidence.");
    }
    return text.length() > REVIEW_CHARS ? text.substring(0, REVIEW_CHARS) + "…" : text.toString();
  }

  /** The review reminder as a message, with its Build my packet button. */
  static List<LayoutBlock> review(
      LocalDate review, LocalDate today, Packet soFar, Period period, PacketNote note) {
    return List.of(
        BlockKit.text(reviewBody(review, today, soFar, period, note)),
        BlockKit.buttons(
            BlockKit.primary(ReminderIds.BUILD_PACKET, "Build my packet", period.buttonValue())));
  }
}
