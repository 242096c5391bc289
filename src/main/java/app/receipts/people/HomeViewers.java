package app.receipts.people;

import app.receipts.store.Database;
import app.receipts.store.Vendor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Who looks at App Home, so that it is kept current only for them. */
public final class HomeViewers {
  private final PersonDao dao;
  private final Clock clock;
  private final Duration recheck;

  /** Instant.MAX for yes, else when to ask the database again. */
  private final Map<String, Instant> looks = new ConcurrentHashMap<>();

  /** One instance on SQLite, or several sharing PostgreSQL: see the constructor. */
  public static HomeViewers open(Database database, Clock clock) {
    return new HomeViewers(
        database.jdbi().onDemand(PersonDao.class),
        clock,
        database.vendor() == Vendor.SQLITE ? Duration.ofMinutes(1) : Duration.ZERO);
  }

  /**
   * {@code recheck}: how long a "never opened App Home" answer is trusted. With one instance
   * (SQLite) every open passes through this object, so a minute is safe; with several instances
   * sharing a database, zero, so that a Home opened through another instance never goes stale.
   */
  public HomeViewers(PersonDao dao, Clock clock, Duration recheck) {
    this.dao = dao;
    this.clock = clock;
    this.recheck = recheck;
  }

  /** Remembers that the person looks at App Home, so that it is kept up to date for them. */
  public void opened(String teamId, String userId) {
    dao.touch(teamId, userId, clock.instant());
    dao.homeOpened(teamId, userId, clock.instant());
    People.remember(looks, People.key(teamId, userId), Instant.MAX);
  }

  /** Forget-me: whatever this instance remembered of the person's visits goes with them. */
  public void forget(String teamId, String userId) {
    looks.remove(People.key(teamId, userId));
  }

  /** True when it was asked lately and the answer was no: nothing to do, no query, no task. */
  public boolean surelyNot(String teamId, String userId) {
    Instant askAgain = looks.get(People.key(teamId, userId));
    return askAgain != null && !askAgain.equals(Instant.MAX) && clock.instant().isBefore(askAgain);
  }

  /** True once the person has opened App Home. A yes is final; a no is asked again later. */
  public boolean looking(String teamId, String userId) {
    String key = People.key(teamId, userId);
    Instant now = clock.instant();
    Instant askAgain = looks.get(key);
    if (askAgain != null && now.isBefore(askAgain)) {
      return askAgain.equals(Instant.MAX);
    }
    boolean yes = dao.homeViewers(teamId, userId) > 0;
    People.remember(looks, key, yes ? Instant.MAX : now.plus(recheck));
    return yes;
  }
}
