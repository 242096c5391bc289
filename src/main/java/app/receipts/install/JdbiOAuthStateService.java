package app.receipts.install;

import com.slack.api.bolt.service.OAuthStateService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth state values in the database, so any instance can finish an install another one started. A
 * state is good for {@link #LIFETIME} and for one redirect only.
 *
 * <p>Anyone can GET /slack/install, and each GET issues a state, so the table is bounded: expired
 * states go on every insert, and beyond {@link #MAX_LIVE} live ones the oldest go too. A flood of
 * GETs can then make an install begun minutes earlier answer invalid_state (the installer starts
 * again), but it cannot grow the table.
 */
final class JdbiOAuthStateService implements OAuthStateService {
  static final Duration LIFETIME = Duration.ofMinutes(10);

  /** Far more installs than any workspace count starts within {@link #LIFETIME}. */
  static final int MAX_LIVE = 200;

  private static final Logger log = LoggerFactory.getLogger(JdbiOAuthStateService.class);
  private static final long WARN_EVERY = 1_000;

  private final Jdbi jdbi;
  private final Clock clock;
  private final int maxLive;
  private final AtomicLong evictions = new AtomicLong();

  JdbiOAuthStateService(Jdbi jdbi, Clock clock) {
    this(jdbi, clock, MAX_LIVE);
  }

  JdbiOAuthStateService(Jdbi jdbi, Clock clock, int maxLive) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.maxLive = maxLive;
  }

  @Override
  public long getExpirationInSeconds() {
    return LIFETIME.toSeconds();
  }

  @Override
  public void addNewStateToDatastore(String state) {
    Instant now = clock.instant();
    int evicted =
        jdbi.inTransaction(
            handle -> {
              handle
                  .createUpdate("DELETE FROM oauth_states WHERE expires_at <= :now")
                  .bind("now", now)
                  .execute();
              handle
                  .createUpdate(
                      "INSERT INTO oauth_states (state, expires_at) VALUES (:state, :expires)")
                  .bind("state", state)
                  .bind("expires", now.plus(LIFETIME))
                  .execute();
              int live =
                  handle
                      .createQuery("SELECT COUNT(*) FROM oauth_states")
                      .mapTo(Integer.class)
                      .one();
              if (live <= maxLive) {
                return 0;
              }
              return handle
                  .createUpdate(
                      """
                      DELETE FROM oauth_states WHERE state IN (
                        SELECT state FROM oauth_states WHERE state <> :state
                        ORDER BY expires_at, state LIMIT :excess)
                      """)
                  .bind("state", state)
                  .bind("excess", live - maxLive)
                  .execute();
            });
    if (evicted > 0 && evictions.getAndAdd(evicted) % WARN_EVERY < evicted) {
      log.warn(
          "More than {} installs started within {}: the oldest states were dropped",
          maxLive,
          LIFETIME);
    }
  }

  /**
   * Claims the state: Bolt checks it before calling oauth.v2.access and deletes it only after, so
   * two redirects racing with the same state could both pass a plain lookup. Deleting here makes
   * the first one win; a failed exchange then needs a fresh start at /slack/install.
   */
  @Override
  public boolean isAvailableInDatabase(String state) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "DELETE FROM oauth_states WHERE state = :state AND expires_at > :now")
                    .bind("state", state)
                    .bind("now", clock.instant())
                    .execute())
        == 1;
  }

  @Override
  public void deleteStateFromDatastore(String state) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate("DELETE FROM oauth_states WHERE state = :state")
                .bind("state", state)
                .execute());
  }
}
