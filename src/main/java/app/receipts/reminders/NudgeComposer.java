package app.receipts.reminders;

import app.receipts.entries.EntryReads;
import app.receipts.packet.Packet;
import app.receipts.packet.PacketBuilder;
import app.receipts.packet.PacketFiles;
import app.receipts.packet.Period;
import app.receipts.reminders.NudgeBlocks.PacketNote;
import app.receipts.slack.Messenger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a due reminder says: this week's count, or the review's gaps so far and its packet. */
final class NudgeComposer {
  /** Renders a person's packet files for a period: the packet package's builder in the app. */
  @FunctionalInterface
  interface PacketFilesBuilder {
    PacketFiles build(String teamId, String userId, Period period);
  }

  private static final Logger log = LoggerFactory.getLogger(NudgeComposer.class);
  private final EntryReads entries;
  private final PacketBuilder packets;
  private final PacketFilesBuilder files;
  private final Clock clock;

  NudgeComposer(EntryReads entries, PacketBuilder packets, PacketFilesBuilder files, Clock clock) {
    this.entries = entries;
    this.packets = packets;
    this.files = files;
    this.clock = clock;
  }

  /** Empty when there is nothing to say any more (the review date changed since). */
  Optional<ClaimedDm.Message> compose(NudgeData data, ReminderSettings settings, ZoneId zone) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    if (data.kind() == NudgeData.Kind.REVIEW) {
      LocalDate review = settings.reviewDate();
      SlotKey key = data.slot().key();
      if (review == null || !key.isReview() || !key.day().equals(review)) {
        return Optional.empty();
      }
      Period period = reviewPeriod(settings, today);
      if (carriesPacket(data)) {
        return Optional.of(withPacket(data, review, today, period));
      }
      Packet soFar = packets.compile(data.teamId(), data.userId(), data.userId(), period);
      return Optional.of(
          new ClaimedDm.Message(
              NudgeBlocks.reviewText(review, today),
              NudgeBlocks.review(review, today, soFar, period, PacketNote.NONE)));
    }
    LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    int thisWeek = entries.between(data.teamId(), data.userId(), monday, today).size();
    boolean first = !settings.firstNudgeSent();
    return Optional.of(
        new ClaimedDm.Message(
            NudgeBlocks.weeklyText(thisWeek),
            NudgeBlocks.weekly(thisWeek, settings.schedule(), first, settings.welcomeBack())));
  }

  /**
   * The packet is built here, as the reminder is composed and before anything is sent, so the DM
   * carries its files; when it cannot be built the DM still goes, with the Build my packet button.
   */
  private ClaimedDm.Message withPacket(
      NudgeData data, LocalDate review, LocalDate today, Period period) {
    PacketFiles built;
    try {
      built = files.build(data.teamId(), data.userId(), period);
    } catch (RuntimeException e) {
      log.warn("The packet of a review reminder could not be built; it goes without", e);
      Packet soFar = packets.compile(data.teamId(), data.userId(), data.userId(), period);
      return new ClaimedDm.Message(
          NudgeBlocks.reviewText(review, today),
          NudgeBlocks.review(review, today, soFar, period, PacketNote.NOT_BUILT));
    }
    Packet packet = built.packet();
    ClaimedDm.Message without =
        new ClaimedDm.Message(
            NudgeBlocks.reviewText(review, today),
            NudgeBlocks.review(review, today, packet, period, PacketNote.NOT_ATTACHED));
    return ClaimedDm.Message.withFiles(
        NudgeBlocks.reviewBody(review, today, packet, period, PacketNote.ATTACHED),
        List.of(
            new Messenger.DmFile(
                built.markdownName(), built.markdown().getBytes(StandardCharsets.UTF_8)),
            new Messenger.DmFile(built.pdfName(), built.pdf())),
        without);
  }

  /** The first review reminder brings the packet itself; the last one only the gaps. */
  static boolean carriesPacket(NudgeData data) {
    return data.kind() == NudgeData.Kind.REVIEW
        && data.slot().key().isReview()
        && data.slot().key().daysBefore() == ReviewDates.DAYS_BEFORE.get(0);
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
