package app.receipts.people;

import app.receipts.slack.SlackCallException;
import app.receipts.slack.SlackCalls;
import app.receipts.slack.SlackClients;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Who uses Receipts and in which timezone they live, cached from Slack's users.info. */
public final class People {
  private static final Logger log = LoggerFactory.getLogger(People.class);
  private static final Duration ZONE_FRESHNESS = Duration.ofHours(24);

  private final PersonDao dao;
  private final SlackClients slack;
  private final Clock clock;
  private final Executor executor;
  private final List<BiConsumer<String, String>> newcomers = new CopyOnWriteArrayList<>();

  /** Who was seen lately in this process, so a burst of captures does not re-check each time. */
  private final Map<String, Instant> recentlySeen = new ConcurrentHashMap<>();

  /**
   * Timezones read lately, so that "today" on the capture path costs no query. Kept fresh by {@link
   * #refresh} (at least daily per active person) and dropped by {@link #forget}.
   */
  private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();

  /** Whether people look at App Home: Instant.MAX for yes, else when to ask the database again. */
  private final Map<String, Instant> homeLooks = new ConcurrentHashMap<>();

  private static final int MAX_REMEMBERED = 50_000;

  private final Duration homeRecheck;

  /**
   * {@code homeRecheck}: how long a "never opened App Home" answer is trusted. With one instance
   * (SQLite) every open passes through this object, so a minute is safe; with several instances
   * sharing a database, zero, so that a Home opened through another instance never goes stale.
   */
  public People(
      PersonDao dao, SlackClients slack, Clock clock, Executor executor, Duration homeRecheck) {
    this.homeRecheck = homeRecheck;
    this.dao = dao;
    this.slack = slack;
    this.clock = clock;
    this.executor = executor;
  }

  /**
   * Records that someone used Receipts. A newcomer's timezone is fetched now, so that "today" is
   * their today from the first win; a known one is refreshed in the background once a day.
   */
  public void seen(String teamId, String userId) {
    Instant now = clock.instant();
    String key = key(teamId, userId);
    Instant lastSeen = recentlySeen.get(key);
    if (lastSeen != null && lastSeen.plus(ZONE_FRESHNESS).isAfter(now)) {
      return;
    }
    boolean newcomer = dao.touch(teamId, userId, now) == 1;
    Optional<Person> person = load(teamId, userId);
    Optional<Instant> checked = person.map(Person::tzCheckedAt);
    if (checked.isEmpty()) {
      refresh(teamId, userId);
    } else if (checked.get().plus(ZONE_FRESHNESS).isBefore(now)) {
      executor.execute(() -> refresh(teamId, userId));
    }
    if (newcomer) {
      newcomers.forEach(listener -> listener.accept(teamId, userId));
    }
    remember(recentlySeen, key, now);
  }

  /**
   * Called once for each person the first time they use Receipts (after their timezone is known).
   */
  public void onFirstSeen(BiConsumer<String, String> listener) {
    newcomers.add(listener);
  }

  /** The person's timezone as last seen, or UTC when Slack has not told us yet. */
  public ZoneId zone(String teamId, String userId) {
    String key = key(teamId, userId);
    ZoneId cached = zones.get(key);
    if (cached != null) {
      return cached;
    }
    return load(teamId, userId).map(People::zoneOf).orElse(ZoneOffset.UTC);
  }

  /** The stored person, their timezone remembered on the way. */
  private Optional<Person> load(String teamId, String userId) {
    Optional<Person> person = dao.find(teamId, userId);
    person.ifPresent(p -> remember(zones, key(teamId, userId), zoneOf(p)));
    return person;
  }

  /** Caches stay bounded: past the limit one is emptied and refills from the database. */
  private static <V> void remember(Map<String, V> cache, String key, V value) {
    if (cache.size() > MAX_REMEMBERED) {
      cache.clear();
    }
    cache.put(key, value);
  }

  private static String key(String teamId, String userId) {
    return teamId + "|" + userId;
  }

  public LocalDate today(String teamId, String userId) {
    return LocalDate.ofInstant(clock.instant(), zone(teamId, userId));
  }

  public Optional<Person> find(String teamId, String userId) {
    return dao.find(teamId, userId);
  }

  /**
   * Asks Slack for the person's timezone and account state now; a deleted account is marked
   * deactivated so that nothing keeps messaging it.
   */
  public Optional<Person> refresh(String teamId, String userId) {
    try {
      UsersInfoResponse info =
          SlackCalls.ok("users.info", () -> slack.forTeam(teamId).usersInfo(r -> r.user(userId)));
      User user = info.getUser();
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
    return load(teamId, userId);
  }

  /** Remembers that the person looks at App Home, so that it is kept up to date for them. */
  public void openedHome(String teamId, String userId) {
    dao.touch(teamId, userId, clock.instant());
    dao.homeOpened(teamId, userId, clock.instant());
    remember(homeLooks, key(teamId, userId), Instant.MAX);
  }

  /** True when it was asked lately and the answer was no: nothing to do, no query, no task. */
  public boolean surelyNotLookingAtHome(String teamId, String userId) {
    Instant askAgain = homeLooks.get(key(teamId, userId));
    return askAgain != null && !askAgain.equals(Instant.MAX) && clock.instant().isBefore(askAgain);
  }

  /**
   * True once the person has opened App Home. A yes is final; a no is asked again once {@code
   * homeRecheck} has passed.
   */
  public boolean looksAtHome(String teamId, String userId) {
    String key = key(teamId, userId);
    Instant now = clock.instant();
    Instant askAgain = homeLooks.get(key);
    if (askAgain != null && now.isBefore(askAgain)) {
      return askAgain.equals(Instant.MAX);
    }
    boolean looks = dao.homeViewers(teamId, userId) > 0;
    remember(homeLooks, key, looks ? Instant.MAX : now.plus(homeRecheck));
    return looks;
  }

  public int forget(String teamId, String userId) {
    recentlySeen.remove(key(teamId, userId));
    zones.remove(key(teamId, userId));
    homeLooks.remove(key(teamId, userId));
    return dao.delete(teamId, userId);
  }

  static ZoneId zoneOf(Person person) {
    if (person.tz() != null) {
      try {
        return ZoneId.of(person.tz());
      } catch (DateTimeException ignored) {
        // an id this JVM does not know: fall back to the offset Slack sent alongside it
      }
    }
    return person.tzOffset() == null
        ? ZoneOffset.UTC
        : ZoneOffset.ofTotalSeconds(person.tzOffset());
  }
}
