package app.receipts.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.store.Vendor;
import app.receipts.testing.Installs;
import app.receipts.testing.TestApp;
import app.receipts.testing.TestDatabases;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OAuthOnPostgresTest {

  @Test
  void install_serve_replay_and_uninstall_over_http_on_postgresql() {
    Map<String, String> env = new HashMap<>(Installs.env());
    env.put("DATABASE_URL", TestDatabases.migratedPostgresUrl());
    try (TestApp app = TestApp.start(env)) {
      assertEquals(Vendor.POSTGRESQL, app.running.database().vendor());
      String state = Installs.start(app);

      assertTrue(Installs.redirect(app, "TAAAA1", state).body().contains("Thank you!"));
      HttpResponse<String> replayed = Installs.redirect(app, "TBBBB2", state);
      HttpResponse<String> saved = app.client.command("TAAAA1", "U1", "Shipped on PostgreSQL");

      assertTrue(replayed.body().contains("invalid_state"), replayed.body());
      assertEquals(0, app.count("SELECT COUNT(*) FROM oauth_states"), "the state is spent");
      assertTrue(saved.body().contains("Saved win #"), saved.body());
      assertEquals(
          app.slack.tokensOf("TAAAA1").get(0), app.slack.await("users.info").param("token"));

      app.client.event(
          "{\"token\":\"unused\",\"team_id\":\"TAAAA1\",\"api_app_id\":\"A0001\","
              + "\"type\":\"event_callback\",\"event_id\":\"EvUninstall\","
              + "\"event_time\":1760000000,\"event\":{\"type\":\"app_uninstalled\"}}");

      assertEquals(0, app.count("SELECT COUNT(*) FROM installations"));
      assertEquals(1, app.count("SELECT COUNT(*) FROM entries WHERE team_id = ?", "TAAAA1"));
      assertEquals(1, app.slack.calls("oauth.v2.access").size(), "one exchange");
    }
  }
}
