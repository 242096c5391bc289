package app.receipts.install;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts Slack tokens at rest with AES-256-GCM under {@code RECEIPTS_ENCRYPTION_KEY}. A stored
 * value is {@code v1:} + base64(12-byte IV + ciphertext + 128-bit tag). The row it belongs to (team
 * and column) is bound in as associated data, so a ciphertext copied into another workspace's row
 * does not decrypt.
 */
public final class TokenCipher {
  private static final String VERSION = "v1:";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  private TokenCipher(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("RECEIPTS_ENCRYPTION_KEY must decode to 32 bytes");
    }
    this.key = new SecretKeySpec(key, "AES");
  }

  public static TokenCipher fromBase64(String base64Key) {
    return new TokenCipher(Base64.getDecoder().decode(base64Key));
  }

  public String encrypt(String plain, String context) {
    if (plain == null) {
      return null;
    }
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] stored = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
      return VERSION + Base64.getEncoder().encodeToString(stored);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JVM", e);
    }
  }

  /** The token, or a {@link WrongKeyException} that names the likely cause and never the data. */
  public String decrypt(String stored, String context) {
    if (stored == null) {
      return null;
    }
    if (!stored.startsWith(VERSION)) {
      throw new WrongKeyException("a stored token is not in a format this version can read");
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(stored.substring(VERSION.length()));
      if (bytes.length <= IV_BYTES) {
        throw new WrongKeyException("a stored token is truncated");
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new WrongKeyException(
          "a stored Slack token cannot be decrypted: RECEIPTS_ENCRYPTION_KEY is not the key it "
              + "was stored with (or the row was altered)");
    }
  }

  /** Stored tokens do not decrypt under the configured key. */
  public static final class WrongKeyException extends RuntimeException {
    WrongKeyException(String message) {
      super(message);
    }
  }
}
