package app.receipts.playground;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the playground command was asked: {@code --port=3000}, {@code --listen=127.0.0.1} and {@code
 * --db=./receipts-playground.db}, or PLAYGROUND_PORT, PLAYGROUND_LISTEN and PLAYGROUND_DB.
 */
record PlaygroundOptions(int port, String listen, Path database) {
  static final String DEFAULT_DB = "./receipts-playground.db";
  static final String LOOPBACK = "127.0.0.1";

  /** The production file when DATABASE_URL is unset: the playground never writes there. */
  private static final Path PRODUCTION_DEFAULT = Path.of("./data/receipts.db");

  static PlaygroundOptions parse(String[] args, Map<String, String> env) {
    String port = env.getOrDefault("PLAYGROUND_PORT", "3000");
    String listen = env.getOrDefault("PLAYGROUND_LISTEN", LOOPBACK);
    String db = env.getOrDefault("PLAYGROUND_DB", DEFAULT_DB);
    List<String> problems = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("--port=")) {
        port = arg.substring("--port=".length());
      } else if (arg.startsWith("--listen=")) {
        listen = arg.substring("--listen=".length());
      } else if (arg.startsWith("--db=")) {
        db = arg.substring("--db=".length());
      } else {
        problems.add("unknown option " + arg + " (try --port=3000, --listen=127.0.0.1, --db=FILE)");
      }
    }
    int number = -1;
    try {
      number = Integer.parseInt(port.trim());
    } catch (NumberFormatException e) {
      // reported below
    }
    if (number < 0 || number > 65535) {
      problems.add("the port must be a whole number from 0 to 65535, got: " + port);
    }
    Path file = Path.of(db);
    String production = env.get("DATABASE_URL");
    if (same(file, PRODUCTION_DEFAULT) || (production != null && sameFile(file, production))) {
      problems.add(
          "the playground keeps its own database and will not use the bot's ("
              + file
              + "); pass --db=./receipts-playground.db");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n  - ", problems));
    }
    return new PlaygroundOptions(number, listen.trim(), file);
  }

  private static boolean sameFile(Path file, String jdbcUrl) {
    if (!jdbcUrl.startsWith("jdbc:sqlite:")) {
      return false;
    }
    String path = jdbcUrl.substring("jdbc:sqlite:".length());
    int query = path.indexOf('?');
    return same(file, Path.of(query < 0 ? path : path.substring(0, query)));
  }

  private static boolean same(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  String jdbcUrl() {
    return "jdbc:sqlite:" + database;
  }
}
