package app.receipts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.Running.StopBudget;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a SIGTERM's stop shares out the container's grace period (STOP_GRACE_SECONDS). */
class StopBudgetTest {
  private static final Map<String, String> TOKENS =
      Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "secret");

  @Test
  void thirty_seconds_by_default_give_a_job_ten_and_ten_more_and_the_stop_twenty_five() {
    StopBudget stop = StopBudget.of(Config.fromEnv(TOKENS).stopGraceSeconds());

    assertEquals(Duration.ofSeconds(10), stop.jobWait());
    assertEquals(Duration.ofSeconds(25), stop.whole());
  }

  @Test
  void docker_stops_ten_seconds_default_fits_with_both_waits() {
    StopBudget stop = StopBudget.of(config("10").stopGraceSeconds());

    assertEquals(Duration.ofMillis(3333), stop.jobWait().truncatedTo(ChronoUnit.MILLIS));
    assertTrue(stop.jobWait().multipliedBy(2).compareTo(stop.whole()) < 0, stop.toString());
    assertTrue(stop.whole().compareTo(Duration.ofSeconds(10)) < 0, stop.toString());
  }

  @Test
  void a_grace_too_short_to_stop_cleanly_is_refused_by_name() {
    var error = assertThrows(Config.ConfigException.class, () -> config("3"));

    assertEquals(
        "STOP_GRACE_SECONDS must be a whole number from 6 to 3600, got: 3",
        error.problems().get(0));
  }

  private static Config config(String grace) {
    var env = new HashMap<>(TOKENS);
    env.put("STOP_GRACE_SECONDS", grace);
    return Config.fromEnv(env);
  }
}
