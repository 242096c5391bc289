package app.receipts.home;

import app.receipts.entries.EntryReads;
import app.receipts.people.HomeViewers;
import app.receipts.people.People;
import app.receipts.reminders.ReminderSettings;
import app.receipts.reminders.Reminders;
import app.receipts.slack.Dates;
import app.receipts.slack.SlackCallException;
import app.receipts.slack.SlackCalls;
import app.receipts.slack.SlackClients;
import com.slack.api.model.view.View;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/** Builds a person's App Home and publishes it; re-published whenever their entries change. */
final class HomePublisher {
  private final EntryReads entries;
  private final People people;
  private final HomeViewers viewers;
  private final Reminders reminders;
  private final SlackClients slack;
  private final Executor executor;
  private final Map<String, Integer> queued = new ConcurrentHashMap<>();

  /** How many times each person was forgotten here: a Home read before the last one is stale. */
  private final Map<String, Integer> forgets = new ConcurrentHashMap<>();

  HomePublisher(
      EntryReads entries,
      People people,
      HomeViewers viewers,
      Reminders reminders,
      SlackClients slack,
      Executor executor) {
    this.entries = entries;
    this.people = people;
    this.viewers = viewers;
    this.reminders = reminders;
    this.slack = slack;
    this.executor = executor;
  }

  /**
   * Publishes in the background, so that acks and captures never wait for it. Requests for a person
   * whose Home is already queued fold into that one publish: it reads the latest state anyway, and
   * a burst of captures must not become a burst of views.publish calls.
   */
  void publishLater(String teamId, String userId, int page) {
    String key = teamId + "|" + userId;
    Integer earlier = queued.put(key, page);
    if (earlier != null) {
      return;
    }
    executor.execute(
        () -> {
          Integer latest = queued.remove(key);
          if (latest == null) {
            // dropped by forgotten(): what it would show was deleted
            return;
          }
          try {
            publish(teamId, userId, latest);
          } catch (SlackCallException e) {
            // logged by SlackCalls; Home is published again on the next change or visit
          }
        });
  }

  /** The person opened App Home: remembered, so later changes keep it current, and published. */
  void opened(String teamId, String userId) {
    executor.execute(
        () -> {
          viewers.opened(teamId, userId);
          publishLater(teamId, userId, 0);
        });
  }

  /**
   * After someone's entries changed: re-published only for people who have opened App Home, in the
   * background. Nobody else would see it, and their first visit builds it fresh anyway.
   */
  void refreshIfViewed(String teamId, String userId) {
    if (viewers.surelyNot(teamId, userId)) {
      return;
    }
    executor.execute(
        () -> {
          if (viewers.looking(teamId, userId)) {
            publishLater(teamId, userId, 0);
          }
        });
  }

  /**
   * After forget-me committed: Home shows that nothing is kept, whether or not this instance knew
   * the person looked at it (the row that said so is gone too), and a queued refresh is dropped.
   */
  void forgotten(String teamId, String userId) {
    String key = teamId + "|" + userId;
    forgets.merge(key, 1, Integer::sum);
    queued.remove(key);
    viewers.forget(teamId, userId);
    executor.execute(
        () -> {
          try {
            send(teamId, userId, HomeView.forgotten());
          } catch (SlackCallException e) {
            // logged by SlackCalls; their next visit builds Home afresh, with nothing in it
          }
        });
  }

  void publish(String teamId, String userId, int page) {
    String key = teamId + "|" + userId;
    Integer before = forgets.get(key);
    HomePage home = page(teamId, userId, page);
    if (!Objects.equals(before, forgets.get(key))) {
      // read while forget-me ran: the forgotten page is the one to show
      return;
    }
    send(teamId, userId, HomeView.render(home));
  }

  private void send(String teamId, String userId, View view) {
    SlackCalls.ok(
        "views.publish",
        () -> slack.forTeam(teamId).viewsPublish(r -> r.userId(userId).view(view)));
  }

  HomePage page(String teamId, String userId, int requestedPage) {
    LocalDate today = people.today(teamId, userId);
    int quarter = today.get(IsoFields.QUARTER_OF_YEAR);
    LocalDate quarterStart = LocalDate.of(today.getYear(), (quarter - 1) * 3 + 1, 1);
    int total = entries.count(teamId, userId);
    int lastPage = Math.max(0, (total - 1) / HomePage.PAGE_SIZE);
    int page = Math.max(0, Math.min(requestedPage, lastPage));
    return new HomePage(
        "Q" + quarter + " " + today.getYear(),
        entries.countsSince(teamId, userId, quarterStart),
        entries.countsSince(teamId, userId, LocalDate.of(1970, 1, 1)),
        entries.recent(teamId, userId, HomePage.PAGE_SIZE, page * HomePage.PAGE_SIZE),
        page,
        total,
        remindersLine(teamId, userId));
  }

  /**
   * The schedule, and the pause while one holds: "Paused" is what a person back from leave looks
   * for.
   */
  private String remindersLine(String teamId, String userId) {
    ReminderSettings settings = reminders.settings(teamId, userId);
    LocalDate paused = reminders.pausedUntil(settings);
    String schedule = settings.schedule().describe();
    return paused == null ? schedule : schedule + " · paused until " + Dates.dayWithWeekday(paused);
  }
}
