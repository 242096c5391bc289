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
}
