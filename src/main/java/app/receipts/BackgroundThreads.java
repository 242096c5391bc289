package app.receipts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Threads for work nobody is waiting on (packets, exports, App Home, DMs, reminders), run at a
 * lower scheduling priority than the threads that answer Slack: a packet's PDF takes a core for a
 * while, and on a small box the acks that must reach Slack within 3 s would otherwise queue behind
 * it. Background work still gets its share of a busy CPU, and all of an idle one.
 *
 * <p>The JVM maps Java thread priorities to the operating system's only with flags that print a
 * warning for a non-root user, so each thread lowers its own Linux nice value as it starts (any
 * user may lower a priority). Elsewhere, or without {@code renice}, it runs at normal priority.
 */
final class BackgroundThreads implements ThreadFactory {
  private static final Logger log = LoggerFactory.getLogger(BackgroundThreads.class);
  private static final Path SELF = Path.of("/proc/thread-self/stat");

  private final String name;
  private final int nice;
  private final AtomicInteger count = new AtomicInteger();

  /** {@code nice} 1–19 lowers each thread's priority by that much; 0 leaves it as it is. */
  BackgroundThreads(String name, int nice) {
    this.name = name;
    this.nice = nice;
  }

  @Override
  public Thread newThread(Runnable work) {
    Thread thread =
        new Thread(
            () -> {
              lower(nice);
              work.run();
            },
            name + "-" + count.incrementAndGet());
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    return thread;
  }

  /** Lowers the calling thread's nice value to {@code nice}; true when it took effect. */
  static boolean lower(int nice) {
    if (nice <= 0 || !Files.isReadable(SELF)) {
      return false;
    }
    try {
      String stat = Files.readString(SELF);
      String threadId = stat.substring(0, stat.indexOf(' '));
      Process renice =
          new ProcessBuilder("renice", "-n", Integer.toString(nice), "-p", threadId)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!renice.waitFor(5, TimeUnit.SECONDS)) {
        renice.destroyForcibly();
        return false;
      }
      return renice.exitValue() == 0;
    } catch (IOException | RuntimeException e) {
      log.debug("Background thread left at normal priority", e);
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The calling thread's nice value as Linux reports it, or 0 where it cannot be read. */
  static int niceOfThisThread() {
    try {
      String stat = Files.readString(SELF);
      return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
