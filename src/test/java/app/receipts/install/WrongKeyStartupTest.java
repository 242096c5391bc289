package app.receipts.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.Main;
import app.receipts.testing.Installs;
import app.receipts.testing.TestApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WrongKeyStartupTest {

  @Test
  void a_different_key_stops_start_up_with_a_clear_message_and_no_token() throws Exception {
    String token;
    String databaseUrl;
    Map<String, String> env;
    try (TestApp first = TestApp.start(Installs.env())) {
      Installs.install(first, "TKEY1");
      token = first.slack.tokensOf("TKEY1").get(0);
      databaseUrl = "jdbc:sqlite:" + first.dataDir.resolve("receipts.db");
      env = new HashMap<>(TestApp.env(first.slack, first.dataDir, Installs.env()));
    }
    env.put("DATABASE_URL", databaseUrl);
    env.put("RECEIPTS_ENCRYPTION_KEY", "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=");

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName())
            .redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().putAll(env);
    Process process = builder.start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "process ended");
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertEquals(2, process.exitValue(), output);
    assertTrue(output.contains("RECEIPTS_ENCRYPTION_KEY is not the key"), output);
    assertFalse(output.contains(token), "the token is never printed: " + output);
    assertFalse(output.contains("\tat "), "no stack trace: " + output);
  }
}
