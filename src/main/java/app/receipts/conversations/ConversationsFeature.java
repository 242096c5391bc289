package app.receipts.conversations;

import app.receipts.Shared;
import app.receipts.mydata.UserData;
import app.receipts.packet.EvidenceRanking;
import app.receipts.packet.PacketFeature;
import app.receipts.reminders.Reminders;
import app.receipts.slack.Feature;
import app.receipts.slack.Subcommand;
import com.slack.api.bolt.App;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Packets for the two hard conversations: answering an unfair review ({@code /win packet rebuttal})
 * and asking for a bonus ({@code /win packet bonus}); their modals, the job that builds and
 * delivers them to the person's DM, and the buttons that open the modals.
 */
public final class ConversationsFeature implements Feature {
  /** The scheduler's name for the job that builds and delivers one of these packets. */
  public static final String TASK = ConversationDelivery.TASK;

  private final ConversationModals modals;
  private final ConversationRequestDao requests;

  /**
   * The id of every conversation job a workspace has or had, for purge-team: a job's id names only
   * its request row, and the row says whose it is.
   */
  public static Set<String> jobIdsOf(Handle handle, String teamId) {
    return handle
        .createQuery("SELECT id FROM conversation_requests WHERE team_id = :teamId")
        .bind("teamId", teamId)
        .mapTo(Long.class)
        .list()
        .stream()
        .map(ConversationJob::instanceId)
        .collect(Collectors.toSet());
  }

  /**
   * {@code reminders}: where the previous review's date is known, for the default period. Evidence
   * within a point or an outcome is ranked as the review packet ranks it.
   */
  public ConversationsFeature(Shared shared, Reminders reminders) {
    ConversationBuilder builder =
        new ConversationBuilder(shared.reads(), shared.names(), EvidenceRanking::reading);
    ConversationDelivery delivery =
        new ConversationDelivery(
            builder,
            shared.database().jdbi(),
            shared.messenger(),
            shared.clients(),
            shared.clock(),
            shared.jobs());
    this.modals = new ConversationModals(new DefaultPeriod(reminders), delivery);
    this.requests = shared.database().jdbi().onDemand(ConversationRequestDao.class);
  }

  /**
   * The review packet's subcommands with {@code /win packet} taught {@code rebuttal} and {@code
   * bonus}; everything else it answers as before.
   */
  public List<Subcommand> subcommands(PacketFeature packets) {
    return packets.subcommands().stream()
        .map(s -> s.name().equals("packet") ? new PacketKinds(s, modals) : s)
        .toList();
  }

  /** For forget-me: the person's rebuttal and bonus requests, with what they typed. */
  public UserData userData() {
    return UserData.of("conversation packet requests", requests::forget);
  }

  @Override
  public void register(App app) {
    app.blockAction(ConversationIds.OPEN_REBUTTAL, modals.button(Kind.REBUTTAL));
    app.viewSubmission(ConversationIds.REBUTTAL_MODAL, modals.submit(Kind.REBUTTAL));
    app.blockAction(ConversationIds.OPEN_BONUS, modals.button(Kind.BONUS));
    app.viewSubmission(ConversationIds.BONUS_MODAL, modals.submit(Kind.BONUS));
  }
}
