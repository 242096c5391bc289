package app.receipts;

import app.receipts.capture.CaptureFlow;
import app.receipts.capture.CompetencySuggester;
import app.receipts.capture.EditWinAction;
import app.receipts.capture.MetricExtractor;
import app.receipts.capture.WinRules;
import app.receipts.capture.Wins;
import app.receipts.entries.EntryEvents;
import app.receipts.entries.EntryReads;
import app.receipts.entries.EntryService;
import app.receipts.evidence.PraiseService;
import app.receipts.home.HomePublisher;
import app.receipts.install.Uninstalls;
import app.receipts.jobs.Jobs;
import app.receipts.mydata.ExportJob;
import app.receipts.mydata.UserData;
import app.receipts.packet.PacketBuilder;
import app.receipts.packet.PacketDelivery;
import app.receipts.packet.PacketRequestDao;
import app.receipts.people.HomeViewers;
import app.receipts.people.People;
import app.receipts.people.PersonDao;
import app.receipts.reminders.FollowUpDao;
import app.receipts.reminders.NudgeSender;
import app.receipts.reminders.ReminderDao;
import app.receipts.reminders.ReminderTask;
import app.receipts.reminders.Reminders;
import app.receipts.slack.DisplayNames;
import app.receipts.slack.Messenger;
import app.receipts.slack.SlackClients;
import app.receipts.slack.SlackDeliveries;
import app.receipts.store.Database;
import app.receipts.store.Vendor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;

/** Every service of the bot, built with constructors from the database and Slack clients. */
record Services(
    Database database,
    Jobs jobs,
    Clock clock,
    ExecutorService executor,
    SlackClients clients,
    Messenger messenger,
    People people,
    EntryEvents events,
    EntryService entries,
    EntryReads reads,
    Wins wins,
    CaptureFlow capture,
    EditWinAction edit,
    PraiseService praise,
    PacketDelivery packets,
    ExportJob exports,
    ReminderTask reminderTask,
    Reminders reminders,
    HomePublisher home,
    List<UserData> userData,
    Uninstalls uninstalls,
    SlackDeliveries deliveries) {

  /**
   * How long a newcomer's first request waits for their timezone: long enough for a normal Slack,
   * short enough that a slow one leaves the ack well inside its 3 seconds.
   */
  private static final Duration FIRST_LOOKUP_WAIT = Duration.ofMillis(250);

  static Services build(
      Database database,
      SlackClients clients,
      Uninstalls uninstalls,
      Clock clock,
      ExecutorService executor,
      ExecutorService lookups) {
    Messenger messenger = new Messenger(clients);
    PersonDao personDao = database.jdbi().onDemand(PersonDao.class);
    People people = new People(personDao, clients, clock, lookups, FIRST_LOOKUP_WAIT);
    HomeViewers viewers =
        new HomeViewers(
            personDao,
            clock,
            database.vendor() == Vendor.SQLITE ? Duration.ofMinutes(1) : Duration.ZERO);
    EntryEvents events = new EntryEvents();
    WinRules rules = new WinRules(new MetricExtractor(), new CompetencySuggester());
    EntryService entries = new EntryService(database, events, clock);
    EntryReads reads = new EntryReads(database);
    Wins wins = new Wins(entries, reads, rules);
    DisplayNames names = new DisplayNames(clients);
    PacketBuilder packetBuilder = new PacketBuilder(reads, names);
    PacketRequestDao packetRequests = database.jdbi().onDemand(PacketRequestDao.class);
    Jobs jobs = new Jobs(clock);
    PacketDelivery packets =
        new PacketDelivery(packetBuilder, database.jdbi(), messenger, clients, clock, jobs);
    SlackDeliveries deliveries = new SlackDeliveries(database.jdbi(), clock);
    ExportJob exports =
        new ExportJob(database.jdbi(), reads, messenger, deliveries, jobs, clock, names);

    ReminderDao reminderDao = database.jdbi().onDemand(ReminderDao.class);
    FollowUpDao followUpDao = database.jdbi().onDemand(FollowUpDao.class);
    ReminderTask reminderTask =
        new ReminderTask(
            new NudgeSender(
                reminderDao, followUpDao, people, reads, packetBuilder, packets, messenger, clock),
            clock);
    Reminders reminders =
        new Reminders(
            reminderDao,
            followUpDao,
            people,
            ReminderTask.client(database.dataSource(), reminderTask),
            reminderTask.task(),
            clock);
    people.onFirstSeen(reminders::ensureWeekly);
    people.onZoneLearned(entries::redateGuesses);

    PraiseService praise = new PraiseService(database.jdbi(), entries, clock);
    HomePublisher home = new HomePublisher(reads, people, viewers, reminders, clients, executor);
    events.subscribe(home::refreshIfViewed);
    List<UserData> userData =
        List.of(
            UserData.of("entries", entries::forget),
            UserData.of("reminder items", reminders::forget),
            UserData.of("unsent praise drafts", praise::forgetDrafts),
            UserData.of("packet requests", packetRequests::forget),
            exports.queued(),
            UserData.of("profile", people::forget));
    return new Services(
        database,
        jobs,
        clock,
        executor,
        clients,
        messenger,
        people,
        events,
        entries,
        reads,
        wins,
        new CaptureFlow(wins, people),
        new EditWinAction(reads),
        praise,
        packets,
        exports,
        reminderTask,
        reminders,
        home,
        userData,
        uninstalls,
        deliveries);
  }
}
