package app.receipts.home;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.block.element.BlockElements.timePicker;

import app.receipts.reminders.ReminderSchedule;
import app.receipts.reminders.ReminderSchedule.Cadence;
import app.receipts.reminders.ReminderSettings;
import app.receipts.slack.BlockKit;
import app.receipts.slack.Dates;
import app.receipts.slack.Views;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The Reminder settings modal as a view: a pure function of the person's settings. */
final class ReminderModalView {
  static final String INPUT = "input";
  private static final List<OptionObject> CADENCES =
      List.of(
          option(plainText("Every week"), Cadence.WEEKLY.name()),
          option(plainText("Every other week"), Cadence.BIWEEKLY.name()),
          option(plainText("Once a month"), Cadence.MONTHLY.name()));
  private static final List<OptionObject> MONTH_WEEKS =
      List.of(
          option(plainText("First"), "1"),
          option(plainText("Second"), "2"),
          option(plainText("Third"), "3"),
          option(plainText("Fourth"), "4"),
          option(plainText("Last"), "-1"));

  private ReminderModalView() {}

  static View view(ReminderSettings settings, LocalDate pausedUntil) {
    ReminderSchedule schedule = settings.schedule();
    List<OptionObject> days =
        Arrays.stream(DayOfWeek.values())
            .map(d -> option(plainText(Dates.weekday(d)), d.name()))
            .toList();
    List<OptionObject> chosen =
        days.stream()
            .filter(o -> schedule.days().contains(DayOfWeek.valueOf(o.getValue())))
            .toList();
    OptionObject on = option(plainText("Send me reminders"), "on");
    OptionObject quiet = option(plainText("Skip weeks I already logged something"), "quiet");
    OptionObject cadence =
        CADENCES.stream()
            .filter(o -> o.getValue().equals(schedule.cadence().name()))
            .findFirst()
            .get();
    OptionObject monthWeek =
        MONTH_WEEKS.stream()
            .filter(o -> o.getValue().equals(Integer.toString(schedule.monthWeek())))
            .findFirst()
            .orElse(null);
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(pauseSection(pausedUntil));
    blocks.add(
        input(
            i ->
                i.blockId("enabled")
                    .optional(true)
                    .label(plainText("Reminders"))
                    .element(
                        checkboxes(
                            c ->
                                c.actionId(INPUT)
                                    .options(List.of(on, quiet))
                                    .initialOptions(
                                        initial(
                                            schedule.enabled(),
                                            on,
                                            settings.quietWeeks(),
                                            quiet))))));
    blocks.add(
        input(
            i ->
                i.blockId("cadence")
                    .label(plainText("How often"))
                    .element(
                        staticSelect(
                            s -> s.actionId(INPUT).options(CADENCES).initialOption(cadence)))));
    blocks.add(
        input(
            i ->
                i.blockId("days")
                    .label(plainText("Days"))
                    .hint(plainText("For once a month, pick one day."))
                    .element(
                        checkboxes(c -> c.actionId(INPUT).options(days).initialOptions(chosen)))));
    blocks.add(
        input(
            i ->
                i.blockId("month_week")
                    .optional(true)
                    .label(plainText("Week of the month (once a month only)"))
                    .element(
                        staticSelect(
                            s ->
                                s.actionId(INPUT).options(MONTH_WEEKS).initialOption(monthWeek)))));
    blocks.add(
        input(
            i ->
                i.blockId("time")
                    .label(plainText("Time, in your timezone"))
                    .element(
                        timePicker(
                            t -> t.actionId(INPUT).initialTime(schedule.time().toString())))));
    blocks.add(
        input(
            i ->
                i.blockId("review")
                    .optional(true)
                    .label(plainText("Next review date"))
                    .hint(
                        plainText(
                            "14 days before: your packet. 3 days before: the gaps that remain."))
                    .element(
                        datePicker(
                            d ->
                                d.actionId(INPUT)
                                    .initialDate(
                                        settings.reviewDate() == null
                                            ? null
                                            : settings.reviewDate().toString())))));
    return View.builder()
        .type("modal")
        .callbackId(HomeIds.REMINDER_MODAL)
        .title(Views.title("Reminder settings"))
        .submit(Views.submit("Save"))
        .close(Views.close("Cancel"))
        .blocks(blocks)
        .build();
  }

  private static List<OptionObject> initial(
      boolean enabled, OptionObject on, boolean quietWeeks, OptionObject quiet) {
    List<OptionObject> initial = new ArrayList<>();
    if (enabled) {
      initial.add(on);
    }
    if (quietWeeks) {
      initial.add(quiet);
    }
    // Slack refuses an empty initial_options array
    return initial.isEmpty() ? null : initial;
  }

  private static LayoutBlock pauseSection(LocalDate pausedUntil) {
    if (pausedUntil != null) {
      return section(
          s ->
              s.blockId("pause")
                  .text(
                      markdownText(
                          ":palm_tree: *Paused until "
                              + Dates.dayWithWeekday(pausedUntil)
                              + ".* Reminders resume by themselves."))
                  .accessory(BlockKit.button(HomeIds.REMINDER_RESUME, "Resume now", "resume")));
    }
    return section(
        s ->
            s.blockId("pause")
                .text(
                    markdownText(
                        "Away for a while? Pause reminders; they come back by themselves."))
                .accessory(
                    BlockKit.button(HomeIds.REMINDER_PAUSE, "Pause 2 weeks", "pause-2-weeks")));
  }
}
