package app.receipts;

import app.receipts.capture.CaptureFlow;
import app.receipts.capture.CaptureIds;
import app.receipts.capture.CompetencySuggester;
import app.receipts.capture.DeleteSubcommand;
import app.receipts.capture.EditSubcommand;
import app.receipts.capture.EditWinAction;
import app.receipts.capture.EntryEvents;
import app.receipts.capture.EntryService;
import app.receipts.capture.ListSubcommand;
import app.receipts.capture.MetricExtractor;
import app.receipts.capture.UndoWinAction;
import app.receipts.capture.WinCommand;
import app.receipts.capture.WinModalSubmission;
import app.receipts.capture.WinRules;
import app.receipts.evidence.ConsentActions;
import app.receipts.evidence.EvidenceIds;
import app.receipts.evidence.PraiseFollowUp;
import app.receipts.evidence.PraiseModalSubmission;
import app.receipts.evidence.PraiseService;
import app.receipts.evidence.SavePraiseShortcut;
import app.receipts.home.HomeActions;
import app.receipts.home.HomeIds;
import app.receipts.home.HomeModals;
import app.receipts.home.HomePublisher;
import app.receipts.packet.PacketBuilder;
import app.receipts.packet.PacketCli;
import app.receipts.packet.PacketDelivery;
import app.receipts.packet.PacketIds;
import app.receipts.packet.PacketRequestDao;
import app.receipts.packet.PacketSubcommand;
import app.receipts.packet.RetryPacketAction;
import app.receipts.people.People;
import app.receipts.people.PersonDao;
import app.receipts.reminders.NudgeActions;
import app.receipts.reminders.NudgeSender;
import app.receipts.reminders.RemindSubcommand;
import app.receipts.reminders.ReminderDao;
import app.receipts.reminders.ReminderIds;
import app.receipts.reminders.ReminderTask;
import app.receipts.reminders.Reminders;
import app.receipts.reminders.ReviewSubcommand;
import app.receipts.slack.EventDeduplication;
import app.receipts.slack.Messenger;
import app.receipts.slack.SlackAppFactory;
import app.receipts.slack.SlackClients;
import app.receipts.store.Database;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("packet")) {
      System.exit(PacketCli.run(args, System.getenv(), System.out, System.err));
    }
    try {
      Running running = start(Config.fromEnv(System.getenv()), Clock.systemUTC());
      Runtime.getRuntime().addShutdownHook(new Thread(running::close, "shutdown"));
    } catch (Config.ConfigException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    }
  }

  /** Wires the whole bot: config → database → services → handlers → server. */
  public static Running start(Config config, Clock clock) {
    Slack slack = SlackAppFactory.slack(config);
    SlackAppFactory.authTest(slack, config);
    Database database = Database.open(config.databaseUrl());
    ExecutorService executor = Executors.newFixedThreadPool(config.workerThreads());
    SlackClients clients = new SlackClients(slack, config.botToken());
    Messenger messenger = new Messenger(clients);

    People people = new People(database.jdbi().onDemand(PersonDao.class), clients, clock, executor);
    EntryEvents events = new EntryEvents();
    WinRules rules = new WinRules(new MetricExtractor(), new CompetencySuggester());
    EntryService entries = new EntryService(database.jdbi(), rules, events, clock);
    EditWinAction edit = new EditWinAction(entries);
    PacketBuilder packetBuilder = new PacketBuilder(entries);
    PacketDelivery packets =
        new PacketDelivery(
            packetBuilder,
            database.jdbi().onDemand(PacketRequestDao.class),
            messenger,
            clients,
            clock,
            executor);

    ReminderDao reminderDao = database.jdbi().onDemand(ReminderDao.class);
    ReminderTask reminderTask =
        new ReminderTask(
            new NudgeSender(reminderDao, people, entries, packetBuilder, messenger, clock), clock);
    Reminders reminders =
        new Reminders(
            reminderDao,
            people,
            ReminderTask.client(database.dataSource(), reminderTask),
            reminderTask.task(),
            clock);
    people.onFirstSeen(reminders::ensureWeekly);
    CaptureFlow capture = new CaptureFlow(entries, people);
    PraiseService praise = new PraiseService(database.jdbi(), events, clock);
    ConsentActions consent = new ConsentActions(praise);
    NudgeActions nudges = new NudgeActions(reminders, capture);
    HomePublisher home = new HomePublisher(entries, people, reminders, clients, executor);
    events.subscribe((teamId, userId) -> home.publishLater(teamId, userId, 0));
    HomeActions homeActions = new HomeActions(home, entries, edit, capture);
    HomeModals homeModals = new HomeModals(packets, reminders, people, home);

    App app = SlackAppFactory.app(config, slack);
    app.use(new EventDeduplication(database.jdbi(), clock));
    app.command(
        CaptureIds.COMMAND,
        new WinCommand(
            capture,
            people,
            List.of(
                new ListSubcommand(entries),
                new EditSubcommand(edit),
                new DeleteSubcommand(entries),
                new PacketSubcommand(packets, people),
                new RemindSubcommand(reminders),
                new ReviewSubcommand(reminders, clock))));
    app.viewSubmission(
        CaptureIds.MODAL, new WinModalSubmission(entries, people, messenger, executor));
    app.blockAction(CaptureIds.EDIT_BUTTON, edit);
    app.blockAction(CaptureIds.UNDO_BUTTON, new UndoWinAction(entries));
    app.messageShortcut(
        EvidenceIds.SHORTCUT, new SavePraiseShortcut(praise, people, new CompetencySuggester()));
    app.viewSubmission(
        EvidenceIds.MODAL,
        new PraiseModalSubmission(
            praise, new PraiseFollowUp(praise, messenger, clients), people, executor));
    app.blockAction(EvidenceIds.KEEP, consent.keep());
    app.blockAction(EvidenceIds.DISCARD, consent.discard());
    app.event(AppHomeOpenedEvent.class, homeActions.opened());
    app.blockAction(HomeIds.OLDER, homeActions.page());
    app.blockAction(HomeIds.NEWER, homeActions.page());
    app.blockAction(HomeIds.LOG_WIN, homeActions.logWin());
    app.blockAction(HomeIds.ENTRY_MENU, homeActions.entryMenu());
    app.viewSubmission(HomeIds.DELETE_MODAL, homeActions.confirmDelete());
    app.blockAction(HomeIds.BUILD_PACKET, homeModals.openPacket());
    app.viewSubmission(HomeIds.PACKET_MODAL, homeModals.submitPacket());
    app.blockAction(HomeIds.REMINDER_SETTINGS, homeModals.openReminders());
    app.viewSubmission(HomeIds.REMINDER_MODAL, homeModals.submitReminders());
    app.blockAction(PacketIds.RETRY_BUTTON, new RetryPacketAction(packets));
    app.blockAction(ReminderIds.BUILD_PACKET, new RetryPacketAction(packets));
    app.blockAction(ReminderIds.LOG_WIN, nudges.logWin());
    app.blockAction(ReminderIds.NOTHING, nudges.nothingThisWeek());
    app.blockAction(ReminderIds.SNOOZE, nudges.snooze());

    return Running.start(config, app, database, executor, reminderTask);
  }
}
