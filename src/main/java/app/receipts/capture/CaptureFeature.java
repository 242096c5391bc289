package app.receipts.capture;

import app.receipts.Shared;
import app.receipts.entries.EntryReads;
import app.receipts.entries.EntryService;
import app.receipts.evidence.PraiseEditor;
import app.receipts.people.People;
import app.receipts.slack.Messenger;
import app.receipts.slack.Subcommand;
import com.slack.api.bolt.App;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

/**
 * /win and its modal, the Edit, Fix metric and Undo buttons, the pin menus, and /win list, edit and
 * delete.
 */
public final class CaptureFeature {
  private final Wins wins;
  private final EntryReads reads;
  private final EntryService entries;
  private final People people;
  private final Messenger messenger;
  private final Executor answers;
  private final CaptureFlow flow;
  private final EditWinAction edit;
  private final List<MetricPending> pending = new CopyOnWriteArrayList<>();

  /** What hears of a new win whose number the person will add later. */
  @FunctionalInterface
  public interface MetricPending {
    /** Called before the modal closes; a failure keeps it open to submit again. */
    void later(String teamId, String userId, long entryId);
  }

  private final Pins pins;

  /** {@code praise} edits saved praise, for /win edit and Edit on a praise entry. */
  public CaptureFeature(Shared shared, PraiseEditor praise) {
    this.reads = shared.reads();
    this.entries = shared.entries();
    this.people = shared.people();
    this.messenger = shared.messenger();
    this.answers = shared.answers();
    this.wins = new Wins(entries, reads, new WinRules());
    this.flow = new CaptureFlow(wins, people);
    this.edit = new EditWinAction(reads, praise);
    this.pins = new Pins(entries);
  }

  /** Pins an entry or leaves it out of packets, for App Home's entry menu. */
  public Pins pins() {
    return pins;
  }

  /** Opens the win modal, for buttons elsewhere (App Home, a reminder) that log a win. */
  public CaptureFlow flow() {
    return flow;
  }

  /** Opens the edit modal on one of the person's wins, for buttons elsewhere. */
  public EditWinAction edit() {
    return edit;
  }

  /** Called when a win is logged in the modal with "I'll have the number later" ticked. */
  public void onMetricPending(MetricPending listener) {
    pending.add(listener);
  }

  /** {@code others}: each other feature's subcommands, listed by /win help after capture's. */
  @SafeVarargs
  public final void register(App app, List<Subcommand>... others) {
    List<Subcommand> subcommands = new ArrayList<>();
    subcommands.add(new ListSubcommand(reads));
    subcommands.add(new EditSubcommand(edit));
    subcommands.add(new DeleteSubcommand(reads));
    for (List<Subcommand> feature : others) {
      subcommands.addAll(feature);
    }
    WinCommand command = new WinCommand(flow, people, reads, subcommands);
    app.command(CaptureIds.COMMAND, command);
    app.blockAction(CaptureIds.RUN_SUGGESTION, new RunSuggestionAction(command, answers));
    app.blockAction(CaptureIds.SAVE_SUGGESTION, new SaveSuggestionAction(flow, answers));
    MetricPending later = (team, user, id) -> pending.forEach(p -> p.later(team, user, id));
    app.viewSubmission(
        CaptureIds.MODAL, new WinModalSubmission(wins, people, messenger, answers, later));
    app.blockAction(CaptureIds.EDIT_BUTTON, edit);
    app.blockAction(CaptureIds.UNDO_BUTTON, DeleteAnswerAction.undo(entries, reads, answers));
    app.blockAction(
        CaptureIds.DELETE_CONFIRM, DeleteAnswerAction.confirmed(entries, reads, answers));
    app.blockAction(CaptureIds.DELETE_KEEP, DeleteAnswerAction.keep(reads, answers));
    app.blockAction(Pins.ACK_MENU, PinAction.onAck(pins, reads, answers));
    app.blockAction(Pins.LIST_MENU, PinAction.onList(pins, reads, answers));
    app.blockAction(
        Pattern.compile("^" + Pattern.quote(CaptureIds.REFILE_PREFIX) + "[a-z-]+$"),
        new RefileAction(entries, reads, answers));
    app.blockAction(CaptureIds.FIX_METRIC_BUTTON, new FixMetricAction(reads, answers));
    app.viewSubmission(
        CaptureIds.FIX_METRIC_MODAL,
        new FixMetricSubmission(new FixMetrics(entries, reads), messenger, answers));
  }
}
