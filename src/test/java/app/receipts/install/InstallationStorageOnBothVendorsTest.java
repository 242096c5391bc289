package app.receipts.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.store.Database;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.Installs;
import app.receipts.testing.MutableClock;
import app.receipts.testing.TestDatabases;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The OAuth installation store and state service behave the same on SQLite and PostgreSQL. */
class InstallationStorageOnBothVendorsTest {
  private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
  private final MutableClock clock = new MutableClock(NOW);
  private final FakeSlack slack = new FakeSlack();
  private Database database;

  @AfterEach
  void stop() {
    if (database != null) {
      database.close();
    }
    slack.close();
  }

  private InstallationStore store(TestDatabases.Kind kind) {
    database = Database.open(TestDatabases.freshUrl(kind));
    return new InstallationStore(database.jdbi(), TokenCipher.fromBase64(Installs.KEY), clock);
  }

  private MethodsClient methods() {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(slack.apiUrl());
    return Slack.getInstance(config).methods();
  }

  private JdbiInstallationService service(InstallationStore store) {
    TokenRefresher refresher = new TokenRefresher(store, methods(), "id", "secret", clock);
    return new JdbiInstallationService(store, refresher, clock);
  }

  private static DefaultInstaller installer(String teamId, String token, String botUser) {
    return DefaultInstaller.builder()
        .teamId(teamId)
        .appId("A0001")
        .botId("B0001")
        .botUserId(botUser)
        .botScope("commands,chat:write")
        .botAccessToken(token)
        .installerUserId("UADMIN")
        .build();
  }

  private int rows(String sql) {
    return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void an_installation_round_trips_and_a_reinstall_replaces_it(TestDatabases.Kind kind) {
    InstallationStore store = store(kind);
    JdbiInstallationService installations = service(store);

    installations.saveInstallerAndBot(installer("TAAAA1", "xoxb-first", "UBOT1"));
    Bot bot = installations.findBot(null, "TAAAA1");
    assertEquals("xoxb-first", bot.getBotAccessToken());
    assertEquals("UBOT1", bot.getBotUserId());
    assertEquals(NOW.toEpochMilli(), bot.getInstalledAt());
    assertEquals("UADMIN", installations.findInstaller(null, "TAAAA1", "U1").getInstallerUserId());
    assertNull(installations.findBot(null, "TBBBB2"), "another workspace");

    clock.advance(Duration.ofDays(3));
    installations.saveInstallerAndBot(installer("TAAAA1", "xoxb-second", "UBOT2"));

    Installation stored = store.load("TAAAA1").orElseThrow();
    assertEquals("xoxb-second", stored.botToken());
    assertEquals("UBOT2", stored.botUserId());
    assertEquals(NOW.plus(Duration.ofDays(3)), stored.installedAt());
    assertEquals(1, rows("SELECT COUNT(*) FROM installations"), "one row per workspace");

    assertTrue(store.delete("TAAAA1"));
    assertFalse(store.delete("TAAAA1"));
    assertTrue(store.find("TAAAA1").isEmpty());
    assertNull(installations.findBot(null, "TAAAA1"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void a_rotated_token_updates_the_row_and_keeps_the_installation(TestDatabases.Kind kind) {
    InstallationStore store = store(kind);
    JdbiInstallationService installations = service(store);
    installations.saveInstallerAndBot(installer("TAAAA1", "xoxb-first", "UBOT1"));

    DefaultBot rotated = new DefaultBot();
    rotated.setTeamId("TAAAA1");
    rotated.setBotAccessToken("xoxe.xoxb-rotated");
    rotated.setBotRefreshToken("xoxe-1-refresh");
    rotated.setBotTokenExpiresAt(NOW.plus(Duration.ofHours(12)).toEpochMilli());
    installations.saveBot(rotated);

    Installation stored = store.load("TAAAA1").orElseThrow();
    assertEquals("xoxe.xoxb-rotated", stored.botToken());
    assertEquals("xoxe-1-refresh", stored.botRefreshToken());
    assertEquals(NOW.plus(Duration.ofHours(12)), stored.botTokenExpiresAt());
    assertEquals("UBOT1", stored.botUserId());
    assertEquals("UADMIN", stored.installerUserId());
    assertEquals(NOW, stored.installedAt());
    assertEquals(1, rows("SELECT COUNT(*) FROM installations"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void a_token_due_for_refresh_is_exchanged_and_stored(TestDatabases.Kind kind) throws Exception {
    InstallationStore store = store(kind);
    JdbiInstallationService installations = service(store);
    slack.rotateTokens(true);
    String code = slack.approveInstall("TAAAA1");
    OAuthV2AccessResponse granted =
        methods().oauthV2Access(r -> r.clientId("id").clientSecret("secret").code(code));
    store.save(
        new Installation(
            "TAAAA1",
            null,
            "A0001",
            "B0001",
            "UBOT1",
            "commands",
            granted.getAccessToken(),
            granted.getRefreshToken(),
            NOW.plus(Duration.ofHours(1)),
            "UADMIN",
            NOW));

    String token = installations.botToken("TAAAA1");

    FakeSlack.Call refresh =
        slack.await(
            "oauth.v2.access",
            c -> "refresh_token".equals(c.param("grant_type")),
            Duration.ofSeconds(10));
    assertEquals(granted.getRefreshToken(), refresh.param("refresh_token"));
    assertEquals(slack.tokensOf("TAAAA1").get(1), token);
    Installation stored = store.load("TAAAA1").orElseThrow();
    assertEquals(token, stored.botToken());
    assertEquals(NOW.plusSeconds(43_200), stored.botTokenExpiresAt());
    assertEquals(1, rows("SELECT COUNT(*) FROM installations"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void a_state_is_claimed_once_before_it_expires(TestDatabases.Kind kind) {
    database = Database.open(TestDatabases.freshUrl(kind));
    JdbiOAuthStateService states = new JdbiOAuthStateService(database.jdbi(), clock);

    states.addNewStateToDatastore("state-fresh");
    states.addNewStateToDatastore("state-stale");
    assertTrue(states.isAvailableInDatabase("state-fresh"));
    assertFalse(states.isAvailableInDatabase("state-fresh"), "replayed");
    assertFalse(states.isAvailableInDatabase("state-never-issued"));

    clock.advance(JdbiOAuthStateService.LIFETIME);
    assertFalse(states.isAvailableInDatabase("state-stale"), "expired");
    assertEquals(1, rows("SELECT COUNT(*) FROM oauth_states"));
    states.addNewStateToDatastore("state-next");
    assertEquals(1, rows("SELECT COUNT(*) FROM oauth_states"), "expired states are pruned");
    states.deleteStateFromDatastore("state-next");
    assertEquals(0, rows("SELECT COUNT(*) FROM oauth_states"));
  }
}
