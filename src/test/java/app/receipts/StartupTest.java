package app.receipts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.slack.SlackCallException;
import app.receipts.slack.SlackStartupFailure;
import app.receipts.testing.BotProcess;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupTest {

  @Test
  void missing_environment_exits_with_code_2_and_lists_every_missing_variable() throws Exception {
    BotProcess.Exit exit =
        BotProcess.runUntilExit(
            BotProcess.From.CLASSPATH, Map.of(), Files.createTempDirectory("receipts-no-env"));
    String output = exit.everything();

    assertEquals(2, exit.code(), output);
    assertTrue(output.contains("SLACK_BOT_TOKEN"), output);
    assertTrue(output.contains("SLACK_SIGNING_SECRET"), output);
    assertFalse(output.contains("Exception"), "no stack trace: " + output);
    assertFalse(output.contains("\tat "), "no stack trace: " + output);
  }

  @Test
  void a_rejected_token_exits_with_a_clear_message_and_no_stack_trace() throws Exception {
    try (FakeSlack slack = new FakeSlack()) {
      slack.respond("auth.test", call -> FakeSlack.Reply.error("invalid_auth"));
      BotProcess.Exit exit =
          BotProcess.runUntilExit(
              BotProcess.From.CLASSPATH,
              TestApp.env(slack, Files.createTempDirectory("receipts-bad-token"), Map.of()),
              Files.createTempDirectory("receipts-bad-token-logs"));
      String output = exit.everything();

      assertEquals(2, exit.code(), output);
      assertTrue(output.contains("Slack refused SLACK_BOT_TOKEN (invalid_auth)"), output);
      assertFalse(output.contains("\tat "), "no stack trace: " + output);
      assertFalse(output.contains("xoxb-test-token"), "the token is never printed: " + output);
    }
  }

  @Test
  void config_names_every_problem_at_once() {
    var error =
        assertThrows(
            Config.ConfigException.class,
            () ->
                Config.fromEnv(
                    Map.of(
                        "SLACK_APP_TOKEN",
                        "xoxb-wrong",
                        "PORT",
                        "http",
                        "DATABASE_URL",
                        "receipts.db")));

    assertEquals(4, error.problems().size(), error.getMessage());
  }

  @Test
  void socket_mode_needs_no_signing_secret() {
    Config config =
        Config.fromEnv(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"));

    assertTrue(config.socketMode());
    assertEquals(Config.DEFAULT_API_URL, config.apiUrl());
    assertEquals(Config.DEFAULT_DATABASE_URL, config.databaseUrl());
    assertEquals(3000, config.port());
  }

  @Test
  void start_checks_the_token_with_auth_test_at_slack_api_url() throws Exception {
    try (FakeSlack slack = new FakeSlack()) {
      slack.respond("auth.test", call -> FakeSlack.Reply.error("invalid_auth"));
      Path dir = Files.createTempDirectory("receipts-startup");
      Config config = Config.fromEnv(TestApp.env(slack, dir, Map.of()));

      var error =
          assertThrows(SlackStartupFailure.class, () -> Main.start(config, Clock.systemUTC()));

      assertEquals("invalid_auth", ((SlackCallException) error.getCause()).error());
      assertEquals(
          List.of("auth.test"), slack.calls().stream().map(FakeSlack.Call::method).toList());
      assertEquals("xoxb-test-token", slack.calls().get(0).param("token"));
    }
  }

  @Test
  void default_sqlite_file_and_its_folder_are_created() throws Exception {
    try (FakeSlack slack = new FakeSlack()) {
      Path dir = Files.createTempDirectory("receipts-startup");
      Path db = dir.resolve("nested/folder/receipts.db");
      Config config =
          Config.fromEnv(TestApp.env(slack, dir, Map.of("DATABASE_URL", "jdbc:sqlite:" + db)));

      try (Running running = Main.start(config, Clock.systemUTC())) {
        assertTrue(Files.exists(db));
        assertTrue(running.database().storage().writable());
      }
    }
  }
}
