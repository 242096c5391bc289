package app.receipts.reminders;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asContextElements;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;

import app.receipts.entries.EntryFormat;
import app.receipts.packet.Packet;
import app.receipts.packet.Period;
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
          section(
              s ->
                  s.text(
                      markdownText(
                          ":wave: Welcome back — your reminder pause is over. I'm checking in "
                              + schedule.describeInline()
                              + " again; `/win remind pause 2 weeks` pauses it again."))));
    }
    blocks.add(section(s -> s.text(markdownText(":receipt: " + weeklyText(thisWeek)))));
    blocks.add(
        actions(
            a ->
                a.elements(
                    asElements(
                        button(
                            b ->
                                b.actionId(ReminderIds.LOG_WIN)
                                    .text(plainText("Log a win"))
                                    .style("primary")
                                    .value("log")),
                        button(
                            b ->
                                b.actionId(ReminderIds.NOTHING)
                                    .text(plainText("Nothing this week"))
                                    .value("nothing")),
                        button(
                            b ->
                                b.actionId(ReminderIds.SNOOZE)
                                    .text(plainText("Snooze to Monday"))
                                    .value("snooze")),
                        button(
                            b ->
                                b.actionId(ReminderIds.PAUSE)
                                    .text(plainText("Pause 2 weeks"))
                                    .value("pause-2-weeks"))))));
    if (first) {
      blocks.add(
          context(
              c ->
                  c.elements(
                      asContextElements(
                          markdownText(
                              "I'll check in "
                                  + schedule.describeInline()
                                  + " your time. Change it with `/win remind mon,thu 09:30` or"
                                  + " `/win remind every other fri 16:00`, pause it with"
                                  + " `/win remind pause 2 weeks`, or stop with"
                                  + " `/win remind off`.")))));
    }
    return blocks;
  }

  static String reviewText(LocalDate review, LocalDate today) {
    long days = ChronoUnit.DAYS.between(today, review);
    return "Your review is in " + days + " days (" + EntryFormat.date(review) + ").";
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
        section(s -> s.text(markdownText(body))),
        actions(
            a ->
                a.elements(
                    asElements(
                        button(
                            b ->
                                b.actionId(ReminderIds.BUILD_PACKET)
                                    .text(plainText("Build my packet"))
                                    .style("primary")
                                    .value(period.start() + ".." + period.end()))))));
  }
}
