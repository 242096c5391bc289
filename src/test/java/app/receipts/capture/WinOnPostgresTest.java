package app.receipts.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.store.Vendor;
import app.receipts.testing.TestApp;
import app.receipts.testing.TestDatabases;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WinOnPostgresTest {

  @Test
  void win_over_http_is_stored_in_postgresql() {
    try (TestApp app = TestApp.start(Map.of("DATABASE_URL", TestDatabases.migratedPostgresUrl()))) {
      assertEquals(Vendor.POSTGRESQL, app.running.database().vendor());

      var response = app.client.command("U1", "Cut build time from 14 min to 3 min");

      assertEquals(200, response.statusCode());
      assertTrue(response.body().contains("Saved win #"), response.body());
      assertEquals(1, app.count("SELECT COUNT(*) FROM entries WHERE user_id = 'U1'"));
      assertEquals(200, app.client.get("/healthz").statusCode());
    }
  }

  @Test
  void a_quiet_bot_keeps_a_couple_of_server_connections_not_its_whole_pool() {
    try (TestApp app = TestApp.start(Map.of("DATABASE_URL", TestDatabases.migratedPostgresUrl()))) {
      app.client.command("U1", "Cut build time from 14 min to 3 min");
      app.awaitIdle();

      // each connection is a PostgreSQL server process: ten per instance, from the start, were
      // held by bots that used one or two
      int connections =
          app.count(
              "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                  + " AND backend_type = 'client backend'");
      assertTrue(connections <= 3, connections + " connections held");
    }
  }
}
