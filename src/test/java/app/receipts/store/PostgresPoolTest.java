package app.receipts.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Each PostgreSQL connection is a server process: an instance opens a couple at start and grows to
 * ten only under load, instead of holding ten from the start (Hikari's default).
 */
class PostgresPoolTest {

  @Test
  void an_instance_keeps_two_connections_and_may_grow_to_ten() {
    Database database = Database.open(TestDatabases.migratedPostgresUrl());
    try {
      HikariDataSource pool = database.dataSource().unwrap(HikariDataSource.class);
      assertEquals(2, pool.getMinimumIdle());
      assertEquals(10, pool.getMaximumPoolSize());

      // used one at a time, as here, it never opens more than those two
      int connections =
          database
              .jdbi()
              .withHandle(
                  handle ->
                      handle
                          .createQuery(
                              "SELECT COUNT(*) FROM pg_stat_activity"
                                  + " WHERE datname = current_database()"
                                  + " AND backend_type = 'client backend'")
                          .mapTo(Integer.class)
                          .one());
      assertTrue(connections <= 2, connections + " connections held");
    } catch (SQLException e) {
      throw new AssertionError(e);
    } finally {
      database.close();
    }
  }
}
