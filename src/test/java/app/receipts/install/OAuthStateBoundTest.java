package app.receipts.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.store.Database;
import app.receipts.testing.Installs;
import app.receipts.testing.MutableClock;
import app.receipts.testing.TestApp;
import app.receipts.testing.TestDatabases;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Unauthenticated GETs of /slack/install each issue a state; the table stays bounded. */
class OAuthStateBoundTest {

  @Test
  void many_install_pages_keep_oauth_states_bounded_and_the_newest_install_works() {
    try (TestApp app = TestApp.start(Installs.env())) {
      int pages = JdbiOAuthStateService.MAX_LIVE + 100;
      String newest = null;
      for (int i = 0; i < pages; i++) {
        newest = Installs.start(app);
        assertTrue(
            app.count("SELECT COUNT(*) FROM oauth_states") <= JdbiOAuthStateService.MAX_LIVE);
      }

      assertEquals(JdbiOAuthStateService.MAX_LIVE, app.count("SELECT COUNT(*) FROM oauth_states"));
      assertTrue(Installs.redirect(app, "TAAAA1", newest).body().contains("Thank you!"));
      assertEquals(1, app.count("SELECT COUNT(*) FROM installations WHERE team_id = 'TAAAA1'"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void beyond_the_bound_the_oldest_states_go_and_the_new_one_stays(TestDatabases.Kind kind) {
    MutableClock clock = new MutableClock(Instant.parse("2026-06-15T12:00:00Z"));
    Database database = Database.open(TestDatabases.freshUrl(kind));
    try {
      JdbiOAuthStateService states = new JdbiOAuthStateService(database.jdbi(), clock, 3);
      for (String state : new String[] {"s-a", "s-b", "s-c"}) {
        states.addNewStateToDatastore(state);
        clock.advance(java.time.Duration.ofSeconds(1));
      }
      states.addNewStateToDatastore("s-d");
      // same instant as s-d: ties are broken without ever dropping the state just issued
      states.addNewStateToDatastore("s-0");

      int live =
          database
              .jdbi()
              .withHandle(
                  handle ->
                      handle
                          .createQuery("SELECT COUNT(*) FROM oauth_states")
                          .mapTo(Integer.class)
                          .one());
      assertEquals(3, live);
      assertFalse(states.isAvailableInDatabase("s-a"), "the oldest went first");
      assertFalse(states.isAvailableInDatabase("s-b"));
      assertTrue(states.isAvailableInDatabase("s-0"));
      assertTrue(states.isAvailableInDatabase("s-d"));
      assertTrue(states.isAvailableInDatabase("s-c"));
    } finally {
      database.close();
    }
  }
}
