package app.receipts.packet;

import app.receipts.Shared;
import app.receipts.mydata.UserData;
import app.receipts.people.People;
import app.receipts.slack.Feature;
import app.receipts.slack.Subcommand;
import com.slack.api.bolt.App;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Review packets: /win packet, the retry button, and the job that builds and delivers them. */
public final class PacketFeature implements Feature {
  private final PacketBuilder builder;
  private final PacketDelivery delivery;
  private final PacketRequestDao requests;
  private final People people;
  private final EmptyPeriod emptyPeriod;

  public PacketFeature(Shared shared) {
    Jdbi jdbi = shared.database().jdbi();
    this.builder = new PacketBuilder(shared.reads(), shared.names());
    this.delivery =
        new PacketDelivery(
            builder, jdbi, shared.messenger(), shared.clients(), shared.clock(), shared.jobs());
    this.requests = jdbi.onDemand(PacketRequestDao.class);
    this.people = shared.people();
    this.emptyPeriod = new EmptyPeriod(shared.reads());
  }

  /** Compiles packets, for reminders that show a person their quarter so far. */
  public PacketBuilder builder() {
    return builder;
  }

  /** Queues a packet for someone, for App Home's and reminders' packet buttons. */
  public PacketDelivery delivery() {
    return delivery;
  }

  /** A button whose value is a period builds that packet: on a failure notice or a reminder. */
  public BlockActionHandler buildButton() {
    return new RetryPacketAction(delivery);
  }

  /**
   * What to tell a person who asks for a period with none of their entries in it ("No entries
   * between … and …; your first is …"), or empty when the period holds evidence.
   */
  public Optional<String> emptyPeriodNotice(String teamId, String userId, Period period) {
    return emptyPeriod.notice(teamId, userId, period);
  }

  public List<Subcommand> subcommands() {
    return List.of(new PacketSubcommand(delivery, people, emptyPeriod));
  }

  /** For forget-me: the person's packet requests. */
  public UserData userData() {
    return UserData.of("packet requests", requests::forget);
  }

  @Override
  public void register(App app) {
    app.blockAction(PacketIds.RETRY_BUTTON, buildButton());
  }
}
