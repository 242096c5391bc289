package app.receipts.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.FakeSlack;
import app.receipts.testing.Installs;
import app.receipts.testing.TestApp;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OAuthInstallTest {
  private static final String TEAM_A = "TAAAA1";
  private static final String TEAM_B = "TBBBB2";
  private TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start(Installs.env());
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private String stored(String column, String teamId) {
    return app.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT " + column + " FROM installations WHERE team_id = :t")
                    .bind("t", teamId)
                    .mapTo(String.class)
                    .one());
  }

  @Test
  void install_exchanges_the_code_and_stores_the_bot_token_encrypted() {
    HttpResponse<String> done = Installs.install(app, TEAM_A);

    assertEquals(200, done.statusCode());
    assertTrue(done.body().contains("Thank you!"), done.body());
    FakeSlack.Call exchange = app.slack.await("oauth.v2.access");
    assertEquals("1111.2222", exchange.param("client_id"));
    String token = app.slack.tokensOf(TEAM_A).get(0);
    String column = stored("bot_token", TEAM_A);
    assertTrue(column.startsWith("v1:"), column);
    assertFalse(column.contains(token), "the token is never stored in plain text");
    assertEquals(FakeSlack.BOT_USER, stored("bot_user_id", TEAM_A));
    assertEquals(0, app.count("SELECT COUNT(*) FROM oauth_states"), "the state is spent");
  }

  @Test
  void the_installed_workspace_is_served_with_its_own_token() {
    Installs.install(app, TEAM_A);
    String token = app.slack.tokensOf(TEAM_A).get(0);

    HttpResponse<String> saved = app.client.command(TEAM_A, "U1", "Shipped the search index");

    assertEquals(200, saved.statusCode());
    assertTrue(saved.body().contains("Saved win #"), saved.body());
    assertEquals(1, app.count("SELECT COUNT(*) FROM entries WHERE team_id = ?", TEAM_A));
    // background work (the first-seen timezone check) finds the token in the store too
    FakeSlack.Call usersInfo = app.slack.await("users.info");
    assertEquals(token, usersInfo.param("token"));
  }

  @Test
  void a_state_older_than_ten_minutes_is_refused() {
    String state = Installs.start(app);
    app.clock.advance(Duration.ofMinutes(11));

    HttpResponse<String> done = Installs.redirect(app, TEAM_A, state);

    assertTrue(done.body().contains("invalid_state"), done.body());
    assertTrue(app.slack.calls("oauth.v2.access").isEmpty());
    assertEquals(0, app.count("SELECT COUNT(*) FROM installations"));
  }

  @Test
  void a_state_works_once() {
    String state = Installs.start(app);
    assertTrue(Installs.redirect(app, TEAM_A, state).body().contains("Thank you!"));

    HttpResponse<String> replayed = Installs.redirect(app, TEAM_B, state);

    assertTrue(replayed.body().contains("invalid_state"), replayed.body());
    assertEquals(1, app.slack.calls("oauth.v2.access").size());
    assertEquals(0, app.count("SELECT COUNT(*) FROM installations WHERE team_id = ?", TEAM_B));
  }

  @Test
  void a_state_without_its_browser_cookie_is_refused() {
    String state = Installs.start(app);
    String code = app.slack.approveInstall(TEAM_A);

    HttpResponse<String> done =
        app.client.get("/slack/oauth_redirect?code=" + code + "&state=" + state);

    assertTrue(done.body().contains("invalid_state"), done.body());
    assertTrue(app.slack.calls("oauth.v2.access").isEmpty());
  }

  @Test
  void users_of_a_second_workspace_never_see_the_first_ones_entries() throws Exception {
    Installs.install(app, TEAM_A);
    Installs.install(app, TEAM_B);

    app.client.command(TEAM_A, "U1", "Team A confidential launch");
    app.client.command(TEAM_B, "U2", "Team B public docs");
    // the same user id in both workspaces still has two separate records
    app.client.command(TEAM_B, "U1", "Team B work of U1");

    String listA = app.client.command(TEAM_A, "U1", "list").body();
    String listB = app.client.command(TEAM_B, "U1", "list").body();
    String listB2 = app.client.command(TEAM_B, "U2", "list").body();

    assertTrue(listA.contains("Team A confidential launch"), listA);
    assertFalse(listA.contains("Team B"), listA);
    assertTrue(listB.contains("Team B work of U1"), listB);
    assertFalse(listB.contains("confidential"), listB);
    assertFalse(listB2.contains("confidential"), listB2);
    String tokenB = app.slack.tokensOf(TEAM_B).get(0);
    for (FakeSlack.Call call : app.slack.calls("users.info")) {
      if (call.param("user").equals("U2")) {
        assertEquals(tokenB, call.param("token"));
      }
    }
  }

  @Test
  void a_workspace_without_an_installation_is_not_served() {
    Installs.install(app, TEAM_A);

    HttpResponse<String> response = app.client.command(TEAM_B, "U1", "Sneaky win");

    assertEquals(0, app.count("SELECT COUNT(*) FROM entries"));
    assertFalse(response.body().contains("Saved win"), response.body());
  }

  @Test
  void app_uninstalled_deletes_the_tokens_and_keeps_the_entries() {
    Installs.install(app, TEAM_A);
    Installs.install(app, TEAM_B);
    app.client.command(TEAM_A, "U1", "Kept after uninstall");

    HttpResponse<String> ack = app.client.event(event(TEAM_A, "{\"type\":\"app_uninstalled\"}"));

    assertEquals(200, ack.statusCode());
    assertEquals(0, app.count("SELECT COUNT(*) FROM installations WHERE team_id = ?", TEAM_A));
    assertEquals(1, app.count("SELECT COUNT(*) FROM installations WHERE team_id = ?", TEAM_B));
    assertEquals(1, app.count("SELECT COUNT(*) FROM entries WHERE team_id = ?", TEAM_A));
    app.client.command(TEAM_A, "U1", "After uninstall");
    assertEquals(1, app.count("SELECT COUNT(*) FROM entries WHERE team_id = ?", TEAM_A));
  }

  @Test
  void tokens_revoked_for_the_bot_deletes_the_tokens() {
    Installs.install(app, TEAM_A);

    app.client.event(
        event(
            TEAM_A,
            "{\"type\":\"tokens_revoked\",\"tokens\":{\"oauth\":[],\"bot\":[\""
                + FakeSlack.BOT_USER
                + "\"]}}"));

    assertEquals(0, app.count("SELECT COUNT(*) FROM installations"));
  }

  @Test
  void tokens_revoked_for_users_only_keeps_the_bot_token() {
    Installs.install(app, TEAM_A);

    app.client.event(
        event(TEAM_A, "{\"type\":\"tokens_revoked\",\"tokens\":{\"oauth\":[\"U1\"],\"bot\":[]}}"));

    assertEquals(1, app.count("SELECT COUNT(*) FROM installations"));
  }

  @Test
  void a_rotating_token_is_refreshed_before_it_expires_and_the_new_one_is_used() {
    app.slack.rotateTokens(true);
    Installs.install(app, TEAM_A);
    String first = app.slack.tokensOf(TEAM_A).get(0);
    String firstColumn = stored("bot_token", TEAM_A);

    app.clock.advance(Duration.ofHours(11));
    app.client.command(TEAM_A, "U1", "Win after eleven hours");

    FakeSlack.Call refresh =
        app.slack.await(
            "oauth.v2.access",
            c -> "refresh_token".equals(c.param("grant_type")),
            Duration.ofSeconds(10));
    assertEquals("xoxe-1-" + first, refresh.param("refresh_token"));
    List<String> tokens = app.slack.tokensOf(TEAM_A);
    assertEquals(2, tokens.size());
    String second = tokens.get(1);
    assertFalse(stored("bot_token", TEAM_A).equals(firstColumn));
    assertFalse(stored("bot_refresh_token", TEAM_A).contains("xoxe"));
    assertTrue(
        app.slack.calls().stream().anyMatch(c -> second.equals(c.param("token"))),
        "the refreshed token is used");
    assertEquals(1, app.count("SELECT COUNT(*) FROM entries WHERE team_id = ?", TEAM_A));
  }

  @Test
  void one_workspace_mode_serves_no_install_pages() {
    try (TestApp single = TestApp.start()) {
      assertEquals(404, single.client.get("/slack/install").statusCode());
      assertEquals(404, single.client.get("/slack/oauth_redirect?code=x&state=y").statusCode());
    }
  }

  private static String event(String teamId, String eventJson) {
    return "{\"token\":\"unused\",\"team_id\":\""
        + teamId
        + "\",\"api_app_id\":\"A0001\",\"type\":\"event_callback\",\"event_id\":\"Ev"
        + System.nanoTime()
        + "\",\"event_time\":1760000000,\"event\":"
        + eventJson
        + "}";
  }

  @Test
  void install_page_links_to_slack_with_the_configured_scopes() {
    HttpResponse<String> page = app.client.get("/slack/install");

    assertTrue(page.body().contains("https://slack.com/oauth/v2/authorize"), page.body());
    assertTrue(page.body().contains("client_id=1111.2222"), page.body());
    assertTrue(page.body().contains("chat%3Awrite"), page.body());
    assertEquals(1, app.count("SELECT COUNT(*) FROM oauth_states"));
  }
}
