package app.receipts.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * CPU time taken by every process on the machine, kernel threads included, read from /proc: what
 * else competed for the cores while a server was measured. A latency tail that comes from the
 * machine shows here, whichever server was under load.
 */
final class MachineCpu {
  /** Clock ticks of /proc/[pid]/stat (USER_HZ, 100 on Linux) in microseconds. */
  private static final long TICK_MICROS = 10_000L;

  /** One process as last read: its name and its user plus system time in clock ticks. */
  private record Use(String name, long ticks) {}

  private final Map<Long, Use> byPid;

  private MachineCpu(Map<Long, Use> byPid) {
    this.byPid = byPid;
  }

  /** Every process's user plus system time so far (none on a machine without /proc). */
  static MachineCpu now() {
    Map<Long, Use> byPid = new HashMap<>();
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      processes
          .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .forEach(p -> read(p, byPid));
    } catch (IOException | RuntimeException noProc) {
      // not Linux: nothing to report
    }
    return new MachineCpu(byPid);
  }

  private static void read(Path process, Map<Long, Use> byPid) {
    try {
      String stat = Files.readString(process.resolve("stat"));
      String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      byPid.put(Long.parseLong(process.getFileName().toString()), new Use(name, ticks(stat)));
    } catch (IOException | RuntimeException gone) {
      // the process ended while we looked
    }
  }

  /** User plus system CPU time one process has used so far, in microseconds (0 when unknown). */
  static long micros(long pid) {
    try {
      return ticks(Files.readString(Path.of("/proc/" + pid + "/stat"))) * TICK_MICROS;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** utime plus stime of a /proc/[pid]/stat line; the name before them may hold spaces. */
  private static long ticks(String stat) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  /**
   * Microseconds of CPU each process name used since {@code before}, leaving out {@code pids} (the
   * servers and the load generator).
   */
  Map<String, Long> since(MachineCpu before, Set<Long> pids) {
    Map<String, Long> used = new HashMap<>();
    byPid.forEach(
        (pid, now) -> {
          Use then = before.byPid.get(pid);
          long delta = now.ticks() - (then == null ? 0 : then.ticks());
          if (!pids.contains(pid) && delta > 0) {
            used.merge(now.name(), delta * TICK_MICROS, Long::sum);
          }
        });
    return used;
  }
}
