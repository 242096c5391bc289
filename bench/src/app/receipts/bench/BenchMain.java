package app.receipts.bench;

/**
 * How every benchmark's main ends: exit 0 after its report, exit 1 with the stack trace when it
 * throws. Either way the JVM exits, though the fake Slack's and the scheduler's threads would keep
 * it alive, so that a crashed benchmark fails bench/run (and CI's smoke run) instead of hanging.
 */
final class BenchMain {
  interface Body {
    void run() throws Exception;
  }

  private BenchMain() {}

  static void run(Body body) {
    try {
      body.run();
    } catch (Throwable t) {
      t.printStackTrace();
      System.out.flush();
      System.exit(1);
    }
    System.out.flush();
    System.exit(0);
  }
}
