package app.receipts.people;

import app.receipts.slack.SlackClients;
import app.receipts.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Who uses Receipts and in which timezone they live, cached from Slack's users.info. */
public final class People {
  private static final Logger log = LoggerFactory.getLogger(People.class);
  private static final Duration ZONE_FRESHNESS = Duration.ofHours(24);

  private final PersonDao dao;
  private final Clock clock;
  private final ProfileLookups lookups;
  private final ProfileRefresh profiles;
  private final Duration firstLookupWait;
  private final List<BiConsumer<String, String>> newcomers = new CopyOnWriteArrayList<>();
  private final List<ZoneLearned> zoneListeners = new CopyOnWriteArrayList<>();

  /** Who was seen lately in this process, so a burst of captures does not re-check each time. */
  private final Map<String, Instant> recentlySeen = new ConcurrentHashMap<>();

  /**
   * Timezones read lately, so that "today" on the capture path costs no query. Kept fresh by {@link
   * #refresh} (at least daily per active person) and dropped by {@link #forget}.
   */
  private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();

  private static final int MAX_REMEMBERED = 50_000;

  /**
   * How long a newcomer's first request waits for their timezone: long enough for a normal Slack,
   * short enough that a slow one leaves the ack well inside its 3 seconds.
   */
  private static final Duration FIRST_LOOKUP_WAIT = Duration.ofMillis(250);

  /**
   * How many users.info lookups run at once (enough for a burst of newcomers, few enough to stay
   * polite), and so how many requests may wait for a newcomer's lookup at once. When a burst of
   * newcomers arrives (a team's first morning), the ones beyond that would only wait for their
   * lookup to leave the queue, holding request threads that everyone else needs; they are answered
   * at once with the guessed date instead, re-dated moments later.
   */
  public static final int WAITING_FOR_LOOKUPS = 8;

  private final Semaphore waiting = new Semaphore(WAITING_FOR_LOOKUPS);

  /** {@code lookups} runs users.info calls, see the constructor. */
  public static People open(Database database, SlackClients slack, Clock clock, Executor lookups) {
    return new People(
        database.jdbi().onDemand(PersonDao.class), slack, clock, lookups, FIRST_LOOKUP_WAIT);
  }

  /**
   * {@code lookups} runs users.info calls (bounded: a slow Slack must not pile up threads); a
   * newcomer's request waits at most {@code firstLookupWait} for theirs.
   */
  public People(
      PersonDao dao, SlackClients slack, Clock clock, Executor lookups, Duration firstLookupWait) {
    this.dao = dao;
    this.clock = clock;
    this.lookups = new ProfileLookups(lookups);
    this.profiles = new ProfileRefresh(dao, slack, clock);
    this.firstLookupWait = firstLookupWait;
  }

  /**
   * Records that someone used Receipts. A newcomer's timezone is looked up at once, so that "today"
   * is their today from the first win, but the caller waits for it only briefly: with Slack slow,
   * "today" is a UTC guess and the win is re-dated when the zone arrives ({@link #onZoneLearned}).
   * A known person's profile is refreshed in the background once a day.
   */
  public void seen(String teamId, String userId) {
    Instant now = clock.instant();
    String key = key(teamId, userId);
    Instant lastSeen = recentlySeen.get(key);
    if (lastSeen != null && lastSeen.plus(ZONE_FRESHNESS).isAfter(now)) {
      return;
    }
    boolean newcomer;
    Optional<Instant> checked;
    try {
      newcomer = dao.touch(teamId, userId, now) == 1;
      checked = load(teamId, userId).map(Person::tzCheckedAt);
    } catch (RuntimeException storageTrouble) {
      // whatever the person asked for meets the same trouble and says so; this is bookkeeping
      log.warn("Could not record that a person used Receipts: {}", storageTrouble.toString());
      return;
    }
    if (checked.isEmpty()) {
      CompletableFuture<Void> lookup =
          lookups.start(key, () -> refreshThenWelcome(teamId, userId, newcomer));
      if (lookup.isCompletedExceptionally()) {
        return; // no room to look them up now: the next request tries again
      }
      if (waiting.tryAcquire()) {
        try {
          ProfileLookups.finishedWithin(lookup, firstLookupWait);
        } finally {
          waiting.release();
        }
      }
    } else if (checked.get().plus(ZONE_FRESHNESS).isBefore(now)) {
      lookups.start(key, () -> refresh(teamId, userId));
    }
    remember(recentlySeen, key, now);
  }

  private void refreshThenWelcome(String teamId, String userId, boolean newcomer) {
    try {
      refresh(teamId, userId);
    } finally {
      if (newcomer) {
        newcomers.forEach(listener -> listener.accept(teamId, userId));
      }
    }
  }

  /**
   * Called once for each person the first time they use Receipts, after their timezone is known (or
   * Slack could not tell it), off the request's thread.
   */
  public void onFirstSeen(BiConsumer<String, String> listener) {
    newcomers.add(listener);
  }

  /** Called when a person's timezone is learned for the first time. */
  public void onZoneLearned(ZoneLearned listener) {
    zoneListeners.add(listener);
  }

  /** The person's timezone as last seen, or UTC when Slack has not told us yet. */
  public ZoneId zone(String teamId, String userId) {
    String key = key(teamId, userId);
    ZoneId cached = zones.get(key);
    if (cached != null) {
      return cached;
    }
    return load(teamId, userId).map(Person::zone).orElse(ZoneOffset.UTC);
  }

  /** The stored person, their timezone remembered on the way. */
  private Optional<Person> load(String teamId, String userId) {
    Optional<Person> person = dao.find(teamId, userId);
    person.ifPresent(p -> remember(zones, key(teamId, userId), p.zone()));
    return person;
  }

  /** Caches stay bounded: past the limit one is emptied and refills from the database. */
  static <V> void remember(Map<String, V> cache, String key, V value) {
    if (cache.size() > MAX_REMEMBERED) {
      cache.clear();
    }
    cache.put(key, value);
  }

  static String key(String teamId, String userId) {
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
    return refreshProfile(teamId, userId).person();
  }

  /** The person as stored after a refresh, and their Slack status (NONE when Slack said none). */
  public record Profile(Optional<Person> person, SlackStatus status) {}

  /**
   * Like {@link #refresh}, with the status users.info answered in the same call. A zone learned is
   * told to the listeners before it is stored and again once this instance answers with it: a win
   * logged between the two was still dated in UTC.
   */
  public Profile refreshProfile(String teamId, String userId) {
    List<ZoneId> learned = new ArrayList<>(1);
    SlackStatus status =
        profiles.refresh(
            teamId,
            userId,
            zone -> {
              learned.add(zone);
              zoneListeners.forEach(listener -> listener.learned(teamId, userId, zone));
            });
    Optional<Person> person = load(teamId, userId);
    learned.forEach(zone -> zoneListeners.forEach(l -> l.learned(teamId, userId, zone)));
    return new Profile(person, status);
  }

  public int forget(String teamId, String userId) {
    recentlySeen.remove(key(teamId, userId));
    zones.remove(key(teamId, userId));
    return dao.delete(teamId, userId);
  }
}
