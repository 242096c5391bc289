package app.receipts.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Each PostgreSQL connection is a server process: an instance keeps a couple idle and grows to ten
 * only under load, instead of holding ten from the start (Hikari's default).
 */
class PostgresPoolTest {

  @Test
  void an_instance_keeps_two_connections_and_may_grow_to_ten() {
    Database database = Database.open(TestDatabases.migratedPostgresUrl());
    try {
      HikariDataSource pool = database.dataSource().unwrap(HikariDataSource.class);
      assertEquals(2, pool.getMinimumIdle());
      assertEquals(10, pool.getMaximumPoolSize());

      // Hikari keeps two idle: while one is lent out (here, or to the health probe) it may open
      // one more, never the ten it would hold from the start by default
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
      assertTrue(
          connections <= pool.getMinimumIdle() + 1,
          connections + " connections held, with one lent out");
    } catch (SQLException e) {
      throw new AssertionError(e);
    } finally {
      database.close();
    }
  }
}
