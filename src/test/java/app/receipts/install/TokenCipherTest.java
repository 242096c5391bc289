package app.receipts.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenCipherTest {
  private static final String OTHER_KEY = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";
  private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
  private final TokenCipher cipher = TokenCipher.fromBase64(KEY);

  @Test
  void a_token_comes_back_under_the_same_key_and_row() {
    String stored = cipher.encrypt("xoxb-secret", "installations/T1/bot");

    assertTrue(stored.startsWith("v1:"), stored);
    assertFalse(stored.contains("xoxb-secret"));
    assertEquals("xoxb-secret", cipher.decrypt(stored, "installations/T1/bot"));
  }

  @Test
  void the_same_token_encrypts_differently_each_time() {
    assertNotEquals(cipher.encrypt("xoxb-secret", "c"), cipher.encrypt("xoxb-secret", "c"));
  }

  @Test
  void another_key_fails_with_a_message_that_names_the_key_and_not_the_token() {
    String stored = cipher.encrypt("xoxb-secret", "installations/T1/bot");

    var error =
        assertThrows(
            TokenCipher.WrongKeyException.class,
            () -> TokenCipher.fromBase64(OTHER_KEY).decrypt(stored, "installations/T1/bot"));

    assertTrue(error.getMessage().contains("RECEIPTS_ENCRYPTION_KEY"), error.getMessage());
    assertFalse(error.getMessage().contains(stored.substring(3, 20)));
  }

  @Test
  void a_token_moved_to_another_workspace_row_does_not_decrypt() {
    String stored = cipher.encrypt("xoxb-secret", "installations/T1/bot");

    assertThrows(
        TokenCipher.WrongKeyException.class, () -> cipher.decrypt(stored, "installations/T2/bot"));
  }
}
