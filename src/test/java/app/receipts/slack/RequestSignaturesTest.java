package app.receipts.slack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.app_backend.SlackSignature;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestSignaturesTest {
  private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private static final String NOW = "1764662400";
  private final RequestSignatures signatures = new RequestSignatures(SECRET);
  private final SlackSignature.Generator slack = new SlackSignature.Generator(SECRET);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "token=x&team_id=T1&user_id=U1&command=%2Fwin&text=Cut+CI+from+24+to+9+min",
        "{\"type\":\"event_callback\",\"event\":{\"text\":\"shipped 🎉 — café naïve\"}}",
        "payload=%7B%22type%22%3A%22view_submission%22%7D",
        ""
      })
  void accepts_exactly_what_slack_signs(String body) {
    String signature = slack.generate(NOW, body);

    assertTrue(signatures.valid(NOW, signature, body));
    assertFalse(signatures.valid(NOW, signature, body + " "), "another body");
    assertFalse(signatures.valid("1764662401", signature, body), "another timestamp");
    assertFalse(new RequestSignatures(SECRET + "x").valid(NOW, signature, body), "another secret");
    assertFalse(signatures.valid(NOW, signature.toUpperCase(), body), "not Slack's spelling");
    assertFalse(signatures.valid(NOW, signature.substring(0, 40), body), "cut short");
    assertFalse(signatures.valid(NOW, "v1" + signature.substring(2), body), "another version");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void refuses_missing_headers(String blank) {
    String body = "token=x";
    String signature = slack.generate(NOW, body);

    assertFalse(signatures.valid(null, signature, body));
    assertFalse(signatures.valid(NOW, null, body));
    assertFalse(signatures.valid(blank, signature, body));
    assertFalse(signatures.valid(NOW, blank, body));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 8})
  void one_instance_serves_many_threads(int threads) throws Exception {
    String body = "token=x&text=thread";
    String signature = slack.generate(NOW, body);
    Thread[] all = new Thread[threads];
    boolean[] ok = new boolean[threads];
    for (int t = 0; t < threads; t++) {
      int index = t;
      all[t] =
          new Thread(
              () -> {
                boolean each = true;
                for (int i = 0; i < 200; i++) {
                  each &= signatures.valid(NOW, signature, body);
                  each &= !signatures.valid(NOW, signature, body + i);
                }
                ok[index] = each;
              });
      all[t].start();
    }
    for (int t = 0; t < threads; t++) {
      all[t].join();
      assertTrue(ok[t], "thread " + t);
    }
  }
}
