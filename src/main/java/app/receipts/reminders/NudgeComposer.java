package app.receipts.reminders;

import app.receipts.entries.EntryReads;
import app.receipts.packet.Packet;
import app.receipts.packet.PacketBuilder;
import app.receipts.packet.Period;
import com.slack.api.model.block.LayoutBlock;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

/** What a due reminder says: this week's count, or the review's gaps so far. */
final class NudgeComposer {
  /** One reminder DM; {@code first} when it is the person's first weekly nudge. */
  record Nudge(String text, List<LayoutBlock> blocks, boolean first) {
    ClaimedDm.Message message() {
      return new ClaimedDm.Message(text, blocks);
    }
  }

  private final EntryReads entries;
  private final PacketBuilder packets;
  private final Clock clock;

  NudgeComposer(EntryReads entries, PacketBuilder packets, Clock clock) {
    this.entries = entries;
    this.packets = packets;
    this.clock = clock;
  }

  /** Empty when there is nothing to say any more (the review date changed since). */
  Optional<Nudge> compose(NudgeData data, ReminderSettings settings, ZoneId zone) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    if (data.kind() == NudgeData.Kind.REVIEW) {
      LocalDate review = settings.reviewDate();
      if (review == null
          || !ReviewKey.parse(data.slotKey())
              .map(key -> key.review().equals(review))
              .orElse(false)) {
        return Optional.empty();
      }
      Period period = reviewPeriod(settings, today);
      Packet soFar = packets.compile(data.teamId(), data.userId(), data.userId(), period);
      return Optional.of(
          new Nudge(
              NudgeBlocks.reviewText(review, today),
              NudgeBlocks.review(review, today, soFar, period, carriesPacket(data)),
              false));
    }
    LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    int thisWeek = entries.between(data.teamId(), data.userId(), monday, today).size();
    boolean first = !settings.firstNudgeSent();
    return Optional.of(
        new Nudge(
            NudgeBlocks.weeklyText(thisWeek),
            NudgeBlocks.weekly(thisWeek, settings.schedule(), first, settings.welcomeBack()),
            first));
  }

  /** The first review reminder brings the packet itself; the last one only the gaps. */
  static boolean carriesPacket(NudgeData data) {
    return data.kind() == NudgeData.Kind.REVIEW
        && ReviewKey.parse(data.slotKey())
            .map(key -> key.daysBefore() == ReviewDates.DAYS_BEFORE.get(0))
            .orElse(false);
  }

  /** Since the previous review, or the last six months. */
  static Period reviewPeriod(ReminderSettings settings, LocalDate today) {
    LocalDate from =
        settings.previousReview() != null
            ? settings.previousReview().plusDays(1)
            : today.minusMonths(6);
    return Period.between(from, today);
  }
}
