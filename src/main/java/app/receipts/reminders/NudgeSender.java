package app.receipts.reminders;

import app.receipts.capture.EntryService;
import app.receipts.packet.Packet;
import app.receipts.packet.PacketBuilder;
import app.receipts.packet.Period;
import app.receipts.people.People;
import app.receipts.people.Person;
import app.receipts.slack.Messenger;
import app.receipts.slack.SlackCallException;
import com.slack.api.model.block.LayoutBlock;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one scheduled reminder, at most once per person and slot, and says what comes next: the
 * following weekly slot, or nothing.
 */
public final class NudgeSender {
  private static final Logger log = LoggerFactory.getLogger(NudgeSender.class);

  /** Slack errors that mean this person cannot be messaged, so retrying would only loop. */
  private static final Set<String> UNREACHABLE =
      Set.of(
          "cannot_dm_bot", "user_disabled", "account_inactive", "user_not_found", "not_in_channel");

  private final ReminderDao dao;
  private final People people;
  private final EntryService entries;
  private final PacketBuilder packets;
  private final Messenger messenger;
  private final Clock clock;

  public NudgeSender(
      ReminderDao dao,
      People people,
      EntryService entries,
      PacketBuilder packets,
      Messenger messenger,
      Clock clock) {
    this.dao = dao;
    this.people = people;
    this.entries = entries;
    this.packets = packets;
    this.messenger = messenger;
    this.clock = clock;
  }

  /** Sends the reminder if it is still due and was never sent; the next one to schedule, if any. */
  public Optional<NudgeData> send(NudgeData data) {
    String teamId = data.teamId();
    String userId = data.userId();
    Optional<Person> person = people.refresh(teamId, userId);
    ReminderSettings settings =
        dao.find(teamId, userId).orElse(ReminderSettings.defaults(teamId, userId));
    if (person.isEmpty() || person.get().deactivated() || settings.dmBlocked()) {
      return Optional.empty();
    }
    if (data.kind() != NudgeData.Kind.REVIEW && !settings.schedule().enabled()) {
      return Optional.empty();
    }
    ZoneId zone = people.zone(teamId, userId);
    Instant now = clock.instant();
    Slot slot = data.slot();
    Instant local = Slots.at(slot.localDate(), settings.schedule().time(), zone);
    if (data.kind() == NudgeData.Kind.WEEKLY && local.isAfter(now.plusSeconds(60))) {
      // their timezone or time of day changed since this was scheduled: wait for the new time
      return Optional.of(
          NudgeData.of(teamId, userId, data.kind(), new Slot(local, slot.localDate(), slot.key())));
    }
    if (Slots.stillDeliverable(slot, zone, now)
        && dao.claim(teamId, userId, slot.key(), now) == 1) {
      try {
        deliver(data, settings, zone);
      } catch (SlackCallException e) {
        dao.release(teamId, userId, slot.key());
        if (UNREACHABLE.contains(e.error())) {
          log.info("Reminders stopped for a user Slack says cannot be messaged: {}", e.error());
          dao.save(
              new ReminderSettings(
                  teamId,
                  userId,
                  settings.schedule(),
                  settings.reviewDate(),
                  settings.previousReview(),
                  settings.firstNudgeSent(),
                  true),
              now);
          return Optional.empty();
        }
        throw e;
      }
    }
    if (data.kind() != NudgeData.Kind.WEEKLY) {
      return Optional.empty();
    }
    Instant after = now.isAfter(slot.at()) ? now : slot.at();
    return Optional.of(
        NudgeData.of(
            teamId,
            userId,
            NudgeData.Kind.WEEKLY,
            Slots.nextWeekly(settings.schedule(), zone, after)));
  }

  private void deliver(NudgeData data, ReminderSettings settings, ZoneId zone) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    if (data.kind() == NudgeData.Kind.REVIEW) {
      LocalDate review = settings.reviewDate();
      if (review == null || !data.slotKey().startsWith("review:" + review + ":")) {
        return; // the review date changed or was cleared after this was scheduled
      }
      Period period = reviewPeriod(settings, today);
      Packet soFar = packets.compile(data.teamId(), data.userId(), data.userId(), period);
      List<LayoutBlock> blocks = NudgeBlocks.review(review, today, soFar, period);
      messenger.dm(data.teamId(), data.userId(), NudgeBlocks.reviewText(review, today), blocks);
      return;
    }
    LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    int thisWeek = entries.between(data.teamId(), data.userId(), monday, today).size();
    boolean first = !settings.firstNudgeSent();
    messenger.dm(
        data.teamId(),
        data.userId(),
        NudgeBlocks.weeklyText(thisWeek),
        NudgeBlocks.weekly(thisWeek, settings.schedule(), first));
    if (first) {
      dao.save(
          new ReminderSettings(
              data.teamId(),
              data.userId(),
              settings.schedule(),
              settings.reviewDate(),
              settings.previousReview(),
              true,
              false),
          clock.instant());
    }
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
