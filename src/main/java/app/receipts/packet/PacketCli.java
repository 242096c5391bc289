package app.receipts.packet;

import app.receipts.Config;
import app.receipts.entries.EntryReads;
import app.receipts.store.Database;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar receipts.jar packet --team T --user U --period 2026-H1 --out DIR}: writes the
 * same packet files from the database, with no Slack token and no Slack call — for admins and for
 * people leaving a company.
 */
public final class PacketCli {
  static final String USAGE =
      """
      Usage: java -jar receipts.jar packet --team T0123 --user U0456 [--period 2026-H1] --out DIR
                                           [--database jdbc:sqlite:./data/receipts.db]
        --period   2026-H1, 2026-Q3, last quarter, this year, since june, nov, 2026-11,
                   last 90 days, 2026-01-01..2026-06-30 (default: last 6 months; relative
                   periods count from today in UTC)
        --database defaults to DATABASE_URL, then jdbc:sqlite:./data/receipts.db
      """;
  private static final List<String> REQUIRED = List.of("--team", "--user", "--out");

  private PacketCli() {}

  public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        err.println("Unexpected argument: " + args[i] + "\n" + USAGE);
        return 2;
      }
      options.put(args[i], args[++i]);
    }
    List<String> missing = REQUIRED.stream().filter(o -> !options.containsKey(o)).toList();
    if (!missing.isEmpty()) {
      err.println("Missing " + String.join(", ", missing) + "\n" + USAGE);
      return 2;
    }
    Period period;
    try {
      period =
          new PeriodParser()
              .parse(options.getOrDefault("--period", ""), LocalDate.now(ZoneOffset.UTC));
    } catch (PeriodFormatException e) {
      err.println(e.getMessage() + "\n" + USAGE);
      return 2;
    }
    String url =
        options.getOrDefault(
            "--database", env.getOrDefault("DATABASE_URL", Config.DEFAULT_DATABASE_URL));
    Database database = Database.openForCommand(url, err);
    if (database == null) {
      return 1;
    }
    try {
      EntryReads entries = new EntryReads(database);
      String user = options.get("--user");
      PacketFiles files =
          new PacketBuilder(entries).build(options.get("--team"), user, user, period);
      Path dir = Path.of(options.get("--out"));
      Files.createDirectories(dir);
      Path markdown = dir.resolve(files.markdownName());
      Path pdf = dir.resolve(files.pdfName());
      Files.writeString(markdown, files.markdown(), StandardCharsets.UTF_8);
      Files.write(pdf, files.pdf());
      out.println(
          "Packet for "
              + user
              + ", "
              + period.label()
              + ": "
              + files.packet().entryCount()
              + " entries");
      out.println(markdown.toAbsolutePath());
      out.println(pdf.toAbsolutePath());
      return 0;
    } catch (IOException e) {
      err.println("Cannot write the packet: " + e.getMessage());
      return 1;
    } finally {
      database.close();
    }
  }
}
