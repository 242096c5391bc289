package app.receipts.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's command: the packaged jar's {@code playground} argument, as a process. */
class PlaygroundJarIT {
  @TempDir Path dir;

  private Process playground(Path db, String... env) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(java, "-jar", System.getProperty("receipts.jar"), "playground", "--port=0"));
    command.add("--db=" + db);
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.redirectErrorStream(true);
    for (int i = 0; i < env.length; i += 2) {
      builder.environment().put(env[i], env[i + 1]);
    }
    return builder.start();
  }

  @Test
  void the_jar_serves_the_page_on_loopback() throws Exception {
    Process process = playground(dir.resolve("try.db"));
    try {
      String url = null;
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      // the announcement is the last line before it serves; each readLine blocks until it comes
      for (String line = out.readLine(); line != null && url == null; line = out.readLine()) {
        if (line.startsWith("Receipts playground: open ")) {
          url = line.substring("Receipts playground: open ".length()).split(" ")[0];
        }
      }
      assertTrue(url != null && url.startsWith("http://127.0.0.1:"), "announced: " + url);
      // keep reading what it logs, so a full pipe never stalls it
      Thread drain =
          new Thread(
              () -> {
                try {
                  out.transferTo(java.io.Writer.nullWriter());
                } catch (IOException ended) {
                  // the process stopped
                }
              });
      drain.setDaemon(true);
      drain.start();
      HttpResponse<String> page =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url)).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("Receipts"), page.body());
    } finally {
      process.destroy();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void the_jar_refuses_the_bots_database() throws Exception {
    Path db = dir.resolve("receipts.db");
    Process process = playground(db, "DATABASE_URL", "jdbc:sqlite:" + db);
    String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(2, process.exitValue(), said);
    assertTrue(said.contains("will not use the bot's"), said);
  }
}
