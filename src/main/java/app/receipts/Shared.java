package app.receipts;

import app.receipts.entries.EntryEvents;
import app.receipts.entries.EntryReads;
import app.receipts.entries.EntryService;
import app.receipts.jobs.Jobs;
import app.receipts.people.People;
import app.receipts.slack.DisplayNames;
import app.receipts.slack.Messenger;
import app.receipts.slack.SlackClients;
import app.receipts.slack.SlackDeliveries;
import app.receipts.store.Database;
import java.time.Clock;
import java.util.concurrent.ExecutorService;

/**
 * The plumbing every feature may use: storage, Slack, people, entries, jobs, time and the worker
 * pool. What one feature needs of another is not here but a constructor argument in {@link Main}.
 */
public record Shared(
    Database database,
    SlackClients clients,
    Messenger messenger,
    DisplayNames names,
    SlackDeliveries deliveries,
    People people,
    EntryEvents events,
    EntryService entries,
    EntryReads reads,
    Jobs jobs,
    Clock clock,
    ExecutorService executor,
    ExecutorService answers) {

  /**
   * {@code executor} runs follow-ups that may be dropped under a flood (App Home refreshes); {@code
   * answers} what a person is told after the ack about a committed click or submission (see {@link
   * Messenger#answer}), which is never dropped.
   */
  static Shared open(Database database, SlackClients clients, Clock clock, WorkerPools pools) {
    EntryEvents events = new EntryEvents();
    return new Shared(
        database,
        clients,
        new Messenger(clients),
        new DisplayNames(clients),
        new SlackDeliveries(database.jdbi(), clock),
        People.open(database, clients, clock, pools.lookups()),
        events,
        new EntryService(database, events, clock),
        new EntryReads(database, events, clock),
        new Jobs(clock),
        clock,
        pools.worker(),
        pools.answers());
  }
}
