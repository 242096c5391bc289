package app.receipts.home;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.block.element.BlockElements.timePicker;

import app.receipts.people.People;
import app.receipts.reminders.ReminderSchedule;
import app.receipts.reminders.ReminderSchedule.Cadence;
import app.receipts.reminders.ReminderSettings;
import app.receipts.reminders.Reminders;
import app.receipts.reminders.ReviewDates;
import app.receipts.slack.SlackCalls;
import app.receipts.slack.UserFacingException;
import app.receipts.slack.Views;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Reminder settings modal: cadence, days, time, quiet weeks, pause and the review date. */
final class ReminderModal {
  private static final String INPUT = "input";
  private static final int PAUSE_DAYS = 14;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE MMM d, yyyy", Locale.ENGLISH);
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

  private final Reminders reminders;
  private final People people;
  private final HomePublisher home;

  ReminderModal(Reminders reminders, People people, HomePublisher home) {
    this.reminders = reminders;
    this.people = people;
    this.home = home;
  }

  BlockActionHandler open() {
    return (req, ctx) -> {
      ReminderSettings settings = reminders.settings(ctx.getTeamId(), ctx.getRequestUserId());
      View view = view(settings, reminders.pausedUntil(settings));
      SlackCalls.ok(
          "views.open",
          () ->
              ctx.client().viewsOpen(r -> r.triggerId(req.getPayload().getTriggerId()).view(view)));
      return ctx.ack();
    };
  }

  /** Pause 2 weeks inside the modal: saved at once, and the modal shows the pause. */
  BlockActionHandler pause() {
    return (req, ctx) -> {
      String teamId = ctx.getTeamId();
      String userId = ctx.getRequestUserId();
      reminders.pause(teamId, userId, people.today(teamId, userId).plusDays(PAUSE_DAYS));
      return redraw(req, ctx, teamId, userId);
    };
  }

  BlockActionHandler resume() {
    return (req, ctx) -> {
      String teamId = ctx.getTeamId();
      String userId = ctx.getRequestUserId();
      reminders.resume(teamId, userId);
      return redraw(req, ctx, teamId, userId);
    };
  }

  private com.slack.api.bolt.response.Response redraw(
      com.slack.api.bolt.request.builtin.BlockActionRequest req,
      com.slack.api.bolt.context.builtin.ActionContext ctx,
      String teamId,
      String userId) {
    ReminderSettings settings = reminders.settings(teamId, userId);
    View view = view(settings, reminders.pausedUntil(settings));
    var shown = req.getPayload().getView();
    if (shown != null && shown.getId() != null) {
      SlackCalls.ok(
          "views.update", () -> ctx.client().viewsUpdate(r -> r.viewId(shown.getId()).view(view)));
    }
    home.publishLater(teamId, userId, 0);
    return ctx.ack();
  }

  static View view(ReminderSettings settings, LocalDate pausedUntil) {
    ReminderSchedule schedule = settings.schedule();
    List<OptionObject> days =
        Arrays.stream(DayOfWeek.values())
            .map(d -> option(plainText(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)), d.name()))
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
                              + DAY.format(pausedUntil)
                              + ".* Reminders resume by themselves."))
                  .accessory(
                      button(
                          b ->
                              b.actionId(HomeIds.REMINDER_RESUME)
                                  .text(plainText("Resume now"))
                                  .value("resume"))));
    }
    return section(
        s ->
            s.blockId("pause")
                .text(
                    markdownText(
                        "Away for a while? Pause reminders; they come back by themselves."))
                .accessory(
                    button(
                        b ->
                            b.actionId(HomeIds.REMINDER_PAUSE)
                                .text(plainText("Pause 2 weeks"))
                                .value("pause-2-weeks"))));
  }

  ViewSubmissionHandler submit() {
    return (req, ctx) -> {
      String teamId = ctx.getTeamId();
      String userId = ctx.getRequestUserId();
      Map<String, Map<String, ViewState.Value>> values =
          req.getPayload().getView().getState().getValues();
      ReminderSettings current = reminders.settings(teamId, userId);
      EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
      try {
        selected(values, "days").forEach(v -> days.add(DayOfWeek.valueOf(v)));
      } catch (IllegalArgumentException notADay) {
        return ctx.ackWithErrors(Map.of("days", "Pick days from the list."));
      }
      if (days.isEmpty()) {
        return ctx.ackWithErrors(Map.of("days", "Pick at least one day."));
      }
      Cadence cadence;
      int monthWeek;
      try {
        String chosen = choice(values, "cadence");
        cadence = chosen == null ? current.schedule().cadence() : Cadence.valueOf(chosen);
        String week = choice(values, "month_week");
        monthWeek = week == null ? 1 : Integer.parseInt(week);
      } catch (IllegalArgumentException notAChoice) {
        return ctx.ackWithErrors(Map.of("cadence", "Pick from the list."));
      }
      if (cadence == Cadence.MONTHLY && days.size() != 1) {
        return ctx.ackWithErrors(
            Map.of("days", "Once a month goes on one day: pick one, e.g. Friday with Last."));
      }
      if (monthWeek < -1 || monthWeek > 4 || monthWeek == 0) {
        return ctx.ackWithErrors(Map.of("month_week", "Pick a week from the list."));
      }
      ViewState.Value time = values.getOrDefault("time", Map.of()).get(INPUT);
      LocalTime at;
      try {
        at =
            time == null || time.getSelectedTime() == null
                ? LocalTime.of(16, 0)
                : LocalTime.parse(time.getSelectedTime());
      } catch (DateTimeParseException notATime) {
        return ctx.ackWithErrors(Map.of("time", "Pick a time from the list."));
      }
      List<String> switches = selected(values, "enabled");
      ViewState.Value review = values.getOrDefault("review", Map.of()).get(INPUT);
      LocalDate today = people.today(teamId, userId);
      LocalDate reviewDate = null;
      if (review != null && review.getSelectedDate() != null) {
        try {
          reviewDate = ReviewDates.parse(review.getSelectedDate(), today);
        } catch (UserFacingException e) {
          return ctx.ackWithErrors(Map.of("review", "Pick a day after today, within two years."));
        }
      }
      ReminderSchedule old = current.schedule();
      boolean sameWeeks =
          old.cadence() == Cadence.BIWEEKLY
              && cadence == Cadence.BIWEEKLY
              && old.days().equals(days);
      reminders.quietWeeks(teamId, userId, switches.contains("quiet"));
      reminders.changeSchedule(
          teamId,
          userId,
          new ReminderSchedule(
              days,
              at,
              switches.contains("on"),
              cadence,
              sameWeeks ? old.anchor() : null,
              cadence == Cadence.MONTHLY ? monthWeek : 0));
      if (reviewDate != null) {
        reminders.setReview(teamId, userId, reviewDate);
      } else if (reminders.settings(teamId, userId).reviewDate() != null) {
        reminders.clearReview(teamId, userId);
      }
      home.publishLater(teamId, userId, 0);
      return ctx.ack();
    };
  }

  private static String choice(Map<String, Map<String, ViewState.Value>> values, String block) {
    ViewState.Value value = values.getOrDefault(block, Map.of()).get(INPUT);
    return value == null || value.getSelectedOption() == null
        ? null
        : value.getSelectedOption().getValue();
  }

  private static List<String> selected(
      Map<String, Map<String, ViewState.Value>> values, String block) {
    ViewState.Value value = values.getOrDefault(block, Map.of()).get(INPUT);
    return value == null || value.getSelectedOptions() == null
        ? List.of()
        : value.getSelectedOptions().stream().map(ViewState.SelectedOption::getValue).toList();
  }
}
