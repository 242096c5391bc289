package app.receipts.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.TestApp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PacketCliTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> env, String... args) {
    return PacketCli.run(
        args,
        env,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void writes_markdown_and_pdf_from_the_database_without_slack() throws Exception {
    String databaseUrl;
    try (TestApp app = TestApp.start()) {
      app.client.command("U1", "Cut build time from 14 min to 3 min");
      app.client.command("U2", "Not in U1's packet");
      databaseUrl = "jdbc:sqlite:" + app.dataDir.resolve("receipts.db");
    }
    Path dir = Files.createTempDirectory("packet-out").resolve("nested");

    int code =
        run(
            Map.of("DATABASE_URL", databaseUrl),
            "packet",
            "--team",
            "T0001",
            "--user",
            "U1",
            "--period",
            "2026-H1",
            "--out",
            dir.toString());

    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    String md = Files.readString(dir.resolve("packet-2026-H1.md"));
    assertTrue(md.contains("Cut build time from 14 min to 3 min"), md);
    assertTrue(!md.contains("Not in U1's packet"));
    assertTrue(
        new String(
                Files.readAllBytes(dir.resolve("packet-2026-H1.pdf")),
                0,
                5,
                StandardCharsets.ISO_8859_1)
            .startsWith("%PDF"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("packet-2026-H1.pdf"));
  }

  @Test
  void missing_arguments_exit_2_with_usage() {
    assertEquals(2, run(Map.of(), "packet", "--team", "T1"));
    assertTrue(
        err.toString(StandardCharsets.UTF_8).contains("Missing --user, --out"),
        err.toString(StandardCharsets.UTF_8));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage:"));
  }

  @Test
  void a_bad_period_or_stray_argument_exits_2() {
    assertEquals(
        2,
        run(
            Map.of(),
            "packet",
            "--team",
            "T1",
            "--user",
            "U1",
            "--out",
            "x",
            "--period",
            "someday"));
    assertEquals(2, run(Map.of(), "packet", "stray"));
  }
}
