package app.receipts.people;

import app.receipts.slack.SlackCallException;
import app.receipts.slack.SlackCalls;
import app.receipts.slack.SlackClients;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One users.info call for a person, stored: their timezone, whether the account still exists, and
 * the Slack status it answered with (which is not stored).
 */
final class ProfileRefresh {
  private static final Logger log = LoggerFactory.getLogger(ProfileRefresh.class);

  private final PersonDao dao;
  private final SlackClients slack;
  private final Clock clock;

  ProfileRefresh(PersonDao dao, SlackClients slack, Clock clock) {
    this.dao = dao;
    this.slack = slack;
    this.clock = clock;
  }

  /**
   * Asks Slack and stores the answer. When it tells a timezone the person lacked, {@code
   * zoneLearned} runs with it before the profile is stored, so that what waits on the zone (a
   * newcomer's UTC-dated wins moving to their own date) is done before any request can read it: a
   * packet for "this year" asked in between would otherwise end on their today, a day before a win
   * still on its UTC date. A deleted account is marked deactivated so that nothing keeps messaging
   * it; any other failure leaves the person as stored. Returns the status Slack gave, or NONE.
   */
  SlackStatus refresh(String teamId, String userId, Consumer<ZoneId> zoneLearned) {
    SlackStatus status = SlackStatus.NONE;
    try {
      UsersInfoResponse info =
          SlackCalls.ok("users.info", () -> slack.forTeam(teamId).usersInfo(r -> r.user(userId)));
      User user = info.getUser();
      if (user.getProfile() != null) {
        User.Profile profile = user.getProfile();
        status =
            new SlackStatus(
                profile.getStatusEmoji(),
                profile.getStatusText(),
                profile.getStatusExpiration() == null ? 0 : profile.getStatusExpiration());
      }
      boolean zoneWasUnknown =
          dao.find(teamId, userId).map(p -> p.tz() == null && p.tzOffset() == null).orElse(true);
      if (zoneWasUnknown && (user.getTz() != null || user.getTzOffset() != null)) {
        zoneLearned.accept(Person.zone(user.getTz(), user.getTzOffset()));
      }
      dao.touch(teamId, userId, clock.instant());
      dao.updateProfile(
          teamId, userId, user.getTz(), user.getTzOffset(), user.isDeleted(), clock.instant());
    } catch (SlackCallException e) {
      if ("user_not_found".equals(e.error())) {
        dao.updateProfile(teamId, userId, null, null, true, clock.instant());
      } else {
        log.info("Could not refresh the timezone of a user: {}", e.error());
      }
    }
    return status;
  }
}
