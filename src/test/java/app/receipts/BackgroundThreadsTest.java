package app.receipts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundThreadsTest {
  @Test
  void a_background_thread_runs_at_a_lower_priority_than_the_threads_that_answer_slack()
      throws Exception {
    assumeTrue(Files.isReadable(Path.of("/proc/thread-self/stat")), "Linux only");
    int here = BackgroundThreads.niceOfThisThread();
    assumeTrue(here < 10, "this test runs at nice " + here + " already");
    CompletableFuture<Integer> nice = new CompletableFuture<>();
    Thread thread =
        new BackgroundThreads("test-background", 10)
            .newThread(() -> nice.complete(BackgroundThreads.niceOfThisThread()));
    thread.start();

    assertEquals(10, nice.get(10, TimeUnit.SECONDS));
    assertTrue(thread.isDaemon());
    assertEquals("test-background-1", thread.getName());
    // the caller, like every thread answering Slack, keeps its own priority
    assertEquals(here, BackgroundThreads.niceOfThisThread());
  }

  @Test
  void nice_zero_leaves_the_priority_alone() throws Exception {
    int here = BackgroundThreads.niceOfThisThread();
    CompletableFuture<Integer> nice = new CompletableFuture<>();
    new BackgroundThreads("test-plain", 0)
        .newThread(() -> nice.complete(BackgroundThreads.niceOfThisThread()))
        .start();

    assertEquals(here, nice.get(10, TimeUnit.SECONDS));
    assertFalse(BackgroundThreads.lower(0));
  }

  @Test
  void background_nice_is_read_from_the_environment_and_checked() {
    Map<String, String> env = new HashMap<>();
    env.put("SLACK_BOT_TOKEN", "xoxb-test");
    env.put("SLACK_SIGNING_SECRET", "secret");
    assertEquals(10, Config.fromEnv(env).backgroundNice());
    env.put("BACKGROUND_NICE", "0");
    assertEquals(0, Config.fromEnv(env).backgroundNice());
    env.put("BACKGROUND_NICE", "25");
    String problem =
        assertThrows(Config.ConfigException.class, () -> Config.fromEnv(env)).getMessage();
    assertTrue(problem.contains("BACKGROUND_NICE"), problem);
  }
}
