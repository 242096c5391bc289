package app.receipts.reminders;

import app.receipts.Shared;
import app.receipts.capture.CaptureFeature;
import app.receipts.entries.EntryReads;
import app.receipts.jobs.Jobs;
import app.receipts.mydata.UserData;
import app.receipts.packet.PacketFeature;
import app.receipts.people.People;
import app.receipts.slack.Feature;
import app.receipts.slack.Subcommand;
import app.receipts.store.Database;
import com.slack.api.bolt.App;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;

/** Weekly nudges and review-season reminders: their task, /win remind and review, and buttons. */
public final class ReminderFeature implements Feature {
  private final ReminderTask task;
  private final Reminders reminders;
  private final CaptureFeature capture;
  private final PacketFeature packets;
  private final EntryReads reads;
  private final FollowUps followUps;
  private final Clock clock;
  private final Executor answers;

  /** {@code packets} and {@code capture}: what a reminder's buttons and packet preview use. */
  public ReminderFeature(Shared shared, PacketFeature packets, CaptureFeature capture) {
    Database database = shared.database();
    People people = shared.people();
    Clock clock = shared.clock();
    this.reads = shared.reads();
    this.answers = shared.answers();
    ReminderDao reminderDao = database.jdbi().onDemand(ReminderDao.class);
    FollowUpDao followUpDao = database.jdbi().onDemand(FollowUpDao.class);
    this.task =
        new ReminderTask(
            new NudgeSender(
                reminderDao,
                followUpDao,
                people,
                reads,
                packets.builder(),
                shared.names(),
                shared.messenger(),
                clock),
            clock);
    this.reminders =
        new Reminders(
            reminderDao,
            database.jdbi().onDemand(SettingsReads.class),
            followUpDao,
            people,
            Jobs.client(database.dataSource(), task.task()),
            task.task(),
            clock);
    this.followUps = new FollowUps(reads, followUpDao, clock);
    this.capture = capture;
    this.packets = packets;
    this.clock = clock;
  }

  /** A person's reminder settings, for App Home's modal and for forget-me. */
  public Reminders reminders() {
    return reminders;
  }

  /** The recurring task that sends every reminder, for the one scheduler. */
  public ReminderTask task() {
    return task;
  }

  /** For forget-me: the person's reminder settings and follow-ups. */
  public UserData userData() {
    return UserData.of("reminder items", reminders::forget);
  }

  /** A person seen for the first time gets weekly reminders on the default schedule. */
  public void ensureWeekly(String teamId, String userId) {
    reminders.ensureWeekly(teamId, userId);
  }

  /**
   * A new win whose number the person will add later ("I'll have the number later" in the modal):
   * the metric follow-up asks for it even though the win has some metric text.
   */
  public void metricPending(String teamId, String userId, long entryId) {
    followUps.pending(teamId, userId, entryId);
  }

  public List<Subcommand> subcommands() {
    return List.of(new RemindSubcommand(reminders), new ReviewSubcommand(reminders, clock));
  }

  @Override
  public void register(App app) {
    app.blockAction(ReminderIds.BUILD_PACKET, packets.buildButton());
    NudgeActions nudges = new NudgeActions(reminders, capture.flow(), answers);
    app.blockAction(ReminderIds.LOG_WIN, nudges.logWin());
    app.blockAction(ReminderIds.NOTHING, nudges.nothingThisWeek());
    app.blockAction(ReminderIds.SNOOZE, nudges.snooze());
    app.blockAction(ReminderIds.PAUSE, nudges.pauseTwoWeeks());
    FollowUpActions followUps =
        new FollowUpActions(capture.edit(), reads, reminders, clock, answers);
    app.blockAction(ReminderIds.FOLLOWUP_ADD_METRIC, followUps.addMetric());
    app.blockAction(ReminderIds.FOLLOWUP_NO_NUMBER, followUps.noNumber());
  }
}
