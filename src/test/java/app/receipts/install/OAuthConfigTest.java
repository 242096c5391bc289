package app.receipts.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.Config;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OAuthConfigTest {
  private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

  private static Map<String, String> env(String... pairs) {
    Map<String, String> env = new HashMap<>();
    env.put("SLACK_CLIENT_ID", "1111.2222");
    env.put("SLACK_CLIENT_SECRET", "test-client-secret");
    env.put("RECEIPTS_ENCRYPTION_KEY", KEY);
    env.put("SLACK_SIGNING_SECRET", "secret");
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  private static String problems(Map<String, String> env) {
    return assertThrows(Config.ConfigException.class, () -> Config.fromEnv(env)).getMessage();
  }

  @Test
  void client_id_secret_and_key_choose_many_workspaces_without_a_bot_token() {
    Config config = Config.fromEnv(env());

    assertTrue(config.multiWorkspace());
    assertNull(config.botToken());
    assertEquals(Config.DEFAULT_SCOPES, config.oauth().scopes());
    assertFalse(config.toString().contains("test-client-secret"));
    assertFalse(config.oauth().toString().contains(KEY));
  }

  @Test
  void scopes_can_be_narrowed() {
    assertEquals(
        "commands,chat:write",
        Config.fromEnv(env("SLACK_SCOPES", "commands, chat:write")).oauth().scopes());
  }

  @Test
  void oauth_without_an_encryption_key_does_not_start() {
    String message = problems(env("RECEIPTS_ENCRYPTION_KEY", ""));

    assertTrue(message.contains("RECEIPTS_ENCRYPTION_KEY is missing"), message);
    assertTrue(message.contains("openssl rand -base64 32"), message);
  }

  @Test
  void a_key_of_the_wrong_length_or_not_base64_is_named() {
    String tooShort = problems(env("RECEIPTS_ENCRYPTION_KEY", "c2hvcnQ="));
    String notBase64 = problems(env("RECEIPTS_ENCRYPTION_KEY", "not base64 at all!"));

    assertTrue(tooShort.contains("must be 32 random bytes in base64"), tooShort);
    assertTrue(notBase64.contains("must be 32 random bytes in base64"), notBase64);
  }

  @Test
  void a_client_id_without_its_secret_is_named() {
    String message = problems(env("SLACK_CLIENT_SECRET", ""));

    assertTrue(message.contains("SLACK_CLIENT_SECRET is missing"), message);
  }

  @Test
  void with_neither_a_bot_token_nor_oauth_both_ways_are_named() {
    String message = problems(Map.of("SLACK_SIGNING_SECRET", "secret"));

    assertTrue(message.contains("SLACK_BOT_TOKEN is missing"), message);
    assertTrue(message.contains("SLACK_CLIENT_ID, SLACK_CLIENT_SECRET"), message);
    assertTrue(message.contains("RECEIPTS_ENCRYPTION_KEY"), message);
  }

  @Test
  void a_bot_token_and_oauth_together_are_ambiguous() {
    String message = problems(env("SLACK_BOT_TOKEN", "xoxb-1"));

    assertTrue(message.contains("not both"), message);
  }

  @Test
  void socket_mode_cannot_install_into_many_workspaces() {
    String message = problems(env("SLACK_APP_TOKEN", "xapp-1"));

    assertTrue(message.contains("Socket Mode (SLACK_APP_TOKEN) cannot install"), message);
  }
}
