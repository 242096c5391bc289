package app.receipts.install;

import com.slack.api.bolt.service.OAuthStateService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * OAuth state values in the database, so any instance can finish an install another one started. A
 * state is good for {@link #LIFETIME} and for one redirect only.
 */
public final class JdbiOAuthStateService implements OAuthStateService {
  public static final Duration LIFETIME = Duration.ofMinutes(10);

  private final Jdbi jdbi;
  private final Clock clock;

  public JdbiOAuthStateService(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  @Override
  public long getExpirationInSeconds() {
    return LIFETIME.toSeconds();
  }

  @Override
  public void addNewStateToDatastore(String state) {
    Instant now = clock.instant();
    jdbi.useTransaction(
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
        });
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
