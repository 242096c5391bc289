package app.receipts.reminders;

import app.receipts.capture.EntryService;
import app.receipts.packet.PacketBuilder;
import app.receipts.people.People;
import app.receipts.people.Person;
import app.receipts.slack.Messenger;
import app.receipts.slack.SlackCallException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one scheduled reminder, at most once per person and slot, and says what comes next: the
 * following weekly slot, or nothing. A DM that may have reached Slack counts as sent; one that
 * certainly did not gives its claim back so that a retry sends it.
 */
public final class NudgeSender {
  private static final Logger log = LoggerFactory.getLogger(NudgeSender.class);

  /** Slack errors that mean this person cannot be messaged, so retrying would only loop. */
  private static final Set<String> UNREACHABLE =
      Set.of(
          "cannot_dm_bot", "user_disabled", "account_inactive", "user_not_found", "not_in_channel");

  private final ReminderDao dao;
  private final People people;
  private final NudgeComposer composer;
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
    this.composer = new NudgeComposer(entries, packets, clock);
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
    if (Slots.stillDeliverable(slot, zone, now)) {
      Optional<DeliveryClaim> claim = DeliveryClaim.take(dao, clock, data);
      if (claim.isPresent()) {
        try {
          deliver(data, settings, zone, claim.get());
        } catch (SlackCallException e) {
          if (!UNREACHABLE.contains(e.error())) {
            throw e;
          }
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

  /**
   * Everything that can fail without sending (composing, opening the DM) happens before the claim
   * moves to posting, so a failure there gives the claim back and a retry sends.
   */
  private void deliver(
      NudgeData data, ReminderSettings settings, ZoneId zone, DeliveryClaim claim) {
    Optional<NudgeComposer.Nudge> nudge;
    String channel = null;
    try {
      nudge = composer.compose(data, settings, zone);
      if (nudge.isPresent()) {
        channel = messenger.openDm(data.teamId(), data.userId());
      }
    } catch (RuntimeException e) {
      release(claim, e);
      throw e;
    }
    if (nudge.isEmpty()) {
      claim.release();
      return;
    }
    if (!claim.startPosting()) {
      log.info("A {} reminder claim was taken over by a revived run; not sending", data.kind());
      return;
    }
    boolean answeredOk;
    try {
      messenger.post(data.teamId(), channel, nudge.get().text(), nudge.get().blocks());
      answeredOk = true;
    } catch (RuntimeException e) {
      if (SendFailures.certainlyNotDelivered(e)) {
        release(claim, e);
        throw e;
      }
      answeredOk = false;
      log.warn(
          "A {} reminder may have reached Slack although chat.postMessage failed ({}); it counts"
              + " as sent and is not sent again",
          data.kind(),
          reason(e));
    }
    if (answeredOk) {
      claim.sent();
    } else {
      claim.maybeSent();
    }
    if (nudge.get().first()) {
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

  private static void release(DeliveryClaim claim, RuntimeException failure) {
    try {
      claim.release();
    } catch (RuntimeException alsoFailed) {
      // the claim stays; a later run of this execution takes it over
      failure.addSuppressed(alsoFailed);
    }
  }

  private static String reason(RuntimeException e) {
    if (e instanceof SlackCallException slack) {
      return slack.getCause() == null
          ? slack.error()
          : slack.error() + ", " + slack.getCause().getClass().getSimpleName();
    }
    return e.getClass().getSimpleName();
  }
}
