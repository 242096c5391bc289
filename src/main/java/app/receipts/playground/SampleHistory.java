package app.receipts.playground;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A few months of wins and praise for the person, entered the way a person enters them: the win
 * modal opened with /win and submitted with a past date, and teammates' old messages saved with
 * Save as evidence. Every entry goes through the bot's real handlers and rules.
 */
final class SampleHistory {
  private static final Duration MODAL_WAIT = Duration.ofSeconds(10);

  record Win(int daysAgo, String text) {}

  record Praise(int daysAgo, String from, String text, String competency) {}

  static final List<Win> WINS =
      List.of(
          new Win(118, "Cut the nightly ETL from 3h to 50 min by batching the writes"),
          new Win(111, "Onboarded Priya: paired on her first three PRs"),
          new Win(104, "Fixed the login outage root cause: expired cert monitor was silent"),
          new Win(97, "Wrote the design doc for the rate limiter, approved by 4 reviewers"),
          new Win(90, "Reduced p95 checkout latency from 820ms to 310ms"),
          new Win(83, "Ran the incident review for the March outage, 6 follow-ups closed"),
          new Win(76, "Shipped the CSV export that 12 customers asked for"),
          new Win(69, "Removed 4k lines of dead feature-flag code"),
          new Win(62, "Mentored two interns through their first on-call week"),
          new Win(55, "Migrated the billing service to Postgres 16 with zero downtime"),
          new Win(48, "Raised test coverage of the payments module from 54% to 81%"),
          new Win(41, "Led the API versioning decision across 3 teams"),
          new Win(34, "Cut cloud spend by $2,400 a month by rightsizing the workers"),
          new Win(27, "Automated the release notes, saving about 2 hours per release"),
          new Win(20, "Debugged the memory leak in the image service, restarts down 90%"),
          new Win(13, "Gave the team talk on property-based testing"),
          new Win(6, "Closed 17 bugs in the support queue during the fix-it week"));

  static final List<Praise> PRAISE =
      List.of(
          new Praise(
              100,
              "U0SAM",
              "<@U0YOU> the ETL change means reports land before standup now. Thank you!",
              "delivery"),
          new Praise(
              72,
              "U0PRIYA",
              "Thanks <@U0YOU> for the patient reviews on my first PRs, I learned a ton",
              "collaboration"),
          new Praise(
              45,
              "U0MAYA",
              "The migration plan from <@U0YOU> was the clearest runbook I have read",
              "system-design"),
          new Praise(
              16,
              "U0SAM",
              "<@U0YOU> found the leak in an afternoon after we chased it for weeks :mag:",
              "problem-solving"));

  private final Surfaces surfaces;
  private final PageActions actions;
  private final Clock clock;
  private final ZoneId zone;

  SampleHistory(Surfaces surfaces, PageActions actions, Clock clock, ZoneId zone) {
    this.surfaces = surfaces;
    this.actions = actions;
    this.clock = clock;
    this.zone = zone;
  }

  /** Enters the samples for {@code user}; says how many wins and praise were saved. */
  String fill(String user) {
    surfaces.busy(true);
    try {
      return enter(user);
    } finally {
      surfaces.busy(false);
    }
  }

  private String enter(String user) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    int wins = 0;
    for (Win win : WINS) {
      String date = today.minusDays(win.daysAgo()).toString();
      Optional<ObjectNode> modal =
          open(user, () -> actions.type(user, Cast.HISTORY_CHANNEL, "/win"));
      if (modal.isPresent()) {
        ObjectNode values = Surfaces.JSON.createObjectNode();
        values.putObject("text").put("input", win.text());
        values.putObject("when").put("input", date);
        wins += submitted(user, modal.get(), values) ? 1 : 0;
      }
    }
    int praise = 0;
    for (Praise said : PRAISE) {
      long seconds = today.minusDays(said.daysAgo()).atTime(11, 0).atZone(zone).toEpochSecond();
      ObjectNode message = surfaces.postAt(Cast.HISTORY_CHANNEL, said.from(), said.text(), seconds);
      String id = message.path("id").asText();
      Optional<ObjectNode> modal = open(user, () -> actions.shortcut(user, id, "save_praise"));
      if (modal.isPresent()) {
        ObjectNode values = Surfaces.JSON.createObjectNode();
        values.putObject("competency").put("input", said.competency());
        values.putObject("owner").put("input", user);
        praise += submitted(user, modal.get(), values) ? 1 : 0;
      }
    }
    String note = "Sample history: " + wins + " wins and " + praise + " praise saved.";
    surfaces.note(note);
    return note;
  }

  private Optional<ObjectNode> open(String user, Runnable action) {
    String before = surfaces.topModal(user).map(v -> v.path("id").asText()).orElse("");
    action.run();
    return Optional.ofNullable(
        surfaces.await(
            () -> surfaces.topModal(user).filter(v -> !v.path("id").asText().equals(before)),
            MODAL_WAIT));
  }

  private boolean submitted(String user, ObjectNode modal, ObjectNode values) {
    String id = modal.path("id").asText();
    actions.submit(user, id, values);
    boolean open =
        surfaces.topModal(user).filter(v -> v.path("id").asText().equals(id)).isPresent();
    if (open) {
      // it kept the modal open with errors: close it, as the person would, and count it as not
      // saved
      surfaces.closeModal(user, id);
    }
    return !open;
  }
}
