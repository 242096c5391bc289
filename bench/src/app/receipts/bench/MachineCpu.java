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

  private final Map<Long, Long> ticks;
  private final Map<Long, String> names;

  private MachineCpu(Map<Long, Long> ticks, Map<Long, String> names) {
    this.ticks = ticks;
    this.names = names;
  }

  /** Every process's user plus system time so far (none on a machine without /proc). */
  static MachineCpu now() {
    Map<Long, Long> ticks = new HashMap<>();
    Map<Long, String> names = new HashMap<>();
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      processes
          .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .forEach(p -> read(p, ticks, names));
    } catch (IOException | RuntimeException noProc) {
      // not Linux: nothing to report
    }
    return new MachineCpu(ticks, names);
  }

  private static void read(Path process, Map<Long, Long> ticks, Map<Long, String> names) {
    try {
      String stat = Files.readString(process.resolve("stat"));
      long pid = Long.parseLong(process.getFileName().toString());
      ticks.put(pid, ticks(stat));
      names.put(pid, stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
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
    ticks.forEach(
        (pid, now) -> {
          if (!pids.contains(pid)) {
            long delta = now - before.ticks.getOrDefault(pid, 0L);
            if (delta > 0) {
              used.merge(names.get(pid), delta * TICK_MICROS, Long::sum);
            }
          }
        });
    return used;
  }
}
