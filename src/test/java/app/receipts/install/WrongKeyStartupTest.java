package app.receipts.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.BotProcess;
import app.receipts.testing.Installs;
import app.receipts.testing.TestApp;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WrongKeyStartupTest {

  @Test
  void a_different_key_stops_start_up_with_a_clear_message_and_no_token() throws Exception {
    String token;
    String databaseUrl;
    Map<String, String> env;
    TestApp first = TestApp.start(Installs.env());
    try (first) {
      Installs.install(first, "TKEY1");
      token = first.slack.tokensOf("TKEY1").get(0);
      databaseUrl = "jdbc:sqlite:" + first.dataDir.resolve("receipts.db");
      env = new HashMap<>(TestApp.env(first.slack, first.dataDir, Installs.env()));
    }
    env.put("DATABASE_URL", databaseUrl);
    env.put("RECEIPTS_ENCRYPTION_KEY", "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=");

    BotProcess.Exit exit = BotProcess.runUntilExit(BotProcess.From.CLASSPATH, env, first.dataDir);
    String output = exit.everything();

    assertEquals(2, exit.code(), output);
    assertTrue(output.contains("RECEIPTS_ENCRYPTION_KEY is not the key"), output);
    assertFalse(output.contains(token), "the token is never printed: " + output);
    assertFalse(output.contains("\tat "), "no stack trace: " + output);
  }
}
