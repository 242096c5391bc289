package app.receipts.people;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Person.class)
public interface PersonDao {
  @SqlUpdate(
      """
      INSERT INTO people (team_id, user_id, first_seen_at) VALUES (:teamId, :userId, :now)
      ON CONFLICT (team_id, user_id) DO NOTHING
      """)
  int touch(String teamId, String userId, Instant now);

  @SqlQuery("SELECT * FROM people WHERE team_id = :teamId AND user_id = :userId")
  Optional<Person> find(String teamId, String userId);

  @SqlUpdate(
      """
      UPDATE people SET tz = :tz, tz_offset = :tzOffset, deactivated = :deactivated,
             tz_checked_at = :now
      WHERE team_id = :teamId AND user_id = :userId
      """)
  int updateProfile(
      String teamId, String userId, String tz, Integer tzOffset, boolean deactivated, Instant now);

  /** Marks that the person has opened App Home; 1 the first time, 0 after. */
  @SqlUpdate(
      """
      UPDATE people SET home_opened_at = :now
      WHERE team_id = :teamId AND user_id = :userId AND home_opened_at IS NULL
      """)
  int homeOpened(String teamId, String userId, Instant now);

  @SqlQuery(
      "SELECT COUNT(*) FROM people WHERE team_id = :teamId AND user_id = :userId"
          + " AND home_opened_at IS NOT NULL")
  int homeViewers(String teamId, String userId);

  @SqlUpdate("DELETE FROM people WHERE team_id = :teamId AND user_id = :userId")
  int delete(String teamId, String userId);
}
