package app.receipts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.FakeSlack;
import app.receipts.testing.FakeSocketSlack;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newcomer's first command: the README's run blocks, typed exactly as written into a shell in a
 * fresh copy of the repository, build the bot and start it with the tokens they name. Only
 * SLACK_API_URL and PORT come from outside, pointing it at the fake Slack.
 */
class ReadmeCommandIT {
  private static final Pattern EXPORT = Pattern.compile("(?m)^export ([A-Z_]+)=(\\S+)$");
  private static final Duration FIRST_BUILD = Duration.ofMinutes(5);

  @TempDir static Path copy;
  private static Map<String, String> blocks;

  @BeforeAll
  static void freshCopyOfTheTrackedFiles() throws Exception {
    Path repo = Path.of("").toAbsolutePath();
    Process git = new ProcessBuilder("git", "ls-files", "-z").directory(repo.toFile()).start();
    String listing = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0, "git ls-files");
    for (String file : listing.split("\0")) {
      Path from = repo.resolve(file);
      if (file.isEmpty() || !Files.isRegularFile(from)) {
        continue;
      }
      Path to = copy.resolve(file);
      Files.createDirectories(to.getParent());
      Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
    }
    seedCompiledOutput(repo);
    blocks = runBlocks(Files.readString(copy.resolve("README.md")));
  }

  /**
   * Gives the copy the outer build's compiled classes and the compiler's record of them, so the
   * block's {@code ./mvnw -DskipTests package} finds nothing to compile and goes on to package and
   * start the jar, which is what this test proves; compiling the same sources a second time here
   * took over a minute of the suite, and CI's clean clone already proves a cold build works. The
   * record names each source by its absolute path, so it is rewritten to the copy's; a source the
   * copy lacks (an untracked file) makes Maven recompile everything, as it should.
   */
  private static void seedCompiledOutput(Path repo) throws IOException {
    Path target = repo.resolve("target");
    for (String dir :
        List.of(
            "classes",
            "test-classes",
            "generated-sources",
            "generated-test-sources",
            "maven-status")) {
      Path from = target.resolve(dir);
      if (!Files.isDirectory(from)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(from)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Path to = copy.resolve("target").resolve(target.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(to);
          } else if (file.getFileName().toString().equals("inputFiles.lst")) {
            String sources = Files.readString(file).replace(repo + "/", copy + "/");
            Files.writeString(to, sources);
          } else {
            Files.copy(file, to, StandardCopyOption.COPY_ATTRIBUTES);
          }
        }
      }
    }
  }

  /** The README's shell blocks that start the jar, by the label written just before each. */
  private static Map<String, String> runBlocks(String readme) {
    Map<String, String> found = new LinkedHashMap<>();
    StringBuilder label = new StringBuilder();
    Parser.builder()
        .build()
        .parse(readme)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Paragraph paragraph) {
                label.setLength(0);
                visitChildren(paragraph);
              }

              @Override
              public void visit(Text text) {
                label.append(text.getLiteral());
              }

              @Override
              public void visit(FencedCodeBlock code) {
                if (code.getLiteral().contains("-jar target/receipts.jar")
                    && !code.getLiteral().contains(" packet ")) {
                  found.put(label.toString(), code.getLiteral());
                }
              }
            });
    return found;
  }

  private static String block(String mode) {
    return blocks.entrySet().stream()
        .filter(e -> e.getKey().startsWith(mode))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError("a run block labelled " + mode + ": " + blocks));
  }

  @Test
  void the_readme_labels_one_run_block_per_mode_and_the_tests_command_is_what_ci_runs()
      throws IOException {
    assertEquals(2, blocks.size(), blocks.keySet().toString());
    for (String block : blocks.values()) {
      assertFalse(block.contains(" -q"), "the build shows its progress: " + block);
      assertTrue(
          block.contains(
              "java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx256m -Xmn32m -Xss512k -jar"),
          block);
    }
    String readme = Files.readString(copy.resolve("README.md"));
    assertTrue(readme.contains("```sh\n./mvnw verify\n```"), "the test command");
    assertTrue(Files.readString(copy.resolve(".ci/run")).contains("./mvnw -B -ntp verify"));
  }

  @Test
  void socket_mode_block_starts_the_bot_with_its_tokens() throws Exception {
    String block = block("Socket Mode");
    Map<String, String> tokens = exports(block);
    try (FakeSlack slack = new FakeSlack()) {
      FakeSocketSlack socket = new FakeSocketSlack();
      socket.start();
      try {
        assertTrue(socket.listening.await(10, TimeUnit.SECONDS));
        socket.offerVia(slack);

        runUntilHealthy(block, slack, "socket-mode.log");

        assertEquals(tokens.get("SLACK_BOT_TOKEN"), slack.await("auth.test").param("token"));
        assertEquals(
            tokens.get("SLACK_APP_TOKEN"), slack.await("apps.connections.open").param("token"));
        assertTrue(socket.connected.await(30, TimeUnit.SECONDS), "opened the Socket Mode link");
      } finally {
        socket.stop(1_000);
      }
    }
  }

  @Test
  void http_mode_block_starts_the_bot_with_its_token() throws Exception {
    String block = block("HTTP mode");
    Map<String, String> tokens = exports(block);
    assertTrue(tokens.containsKey("SLACK_SIGNING_SECRET"), block);
    try (FakeSlack slack = new FakeSlack()) {
      runUntilHealthy(block, slack, "http-mode.log");

      assertEquals(tokens.get("SLACK_BOT_TOKEN"), slack.await("auth.test").param("token"));
    }
  }

  private static Map<String, String> exports(String block) {
    Map<String, String> exports = new HashMap<>();
    Matcher matcher = EXPORT.matcher(block);
    while (matcher.find()) {
      exports.put(matcher.group(1), matcher.group(2));
    }
    assertTrue(exports.get("SLACK_BOT_TOKEN").startsWith("xoxb-"), block);
    return exports;
  }

  /** Types the block into bash in the fresh copy and waits for /healthz 200; then stops it. */
  private static void runUntilHealthy(String block, FakeSlack slack, String logName)
      throws Exception {
    int port = freePort();
    Path log = copy.resolve(logName);
    ProcessBuilder shell =
        new ProcessBuilder("bash", "-c", block)
            .directory(copy.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = shell.environment();
    Map<String, String> inherited = new HashMap<>(env);
    env.clear();
    for (String name : List.of("PATH", "HOME", "JAVA_HOME", "LANG", "MAVEN_USER_HOME")) {
      if (inherited.containsKey(name)) {
        env.put(name, inherited.get(name));
      }
    }
    env.put("SLACK_API_URL", slack.apiUrl());
    env.put("PORT", Integer.toString(port));
    Process process = shell.start();
    try {
      awaitHealthy(process, port, log);
      String output = Files.readString(log);
      assertTrue(output.contains("BUILD SUCCESS"), "the build's progress is shown: " + output);
      // both blocks build in the same copy, so one of them packages over the other's jar: the fat
      // jar must be made from our classes again, not from the last fat jar
      assertFalse(
          output.contains("receipts.jar, ") || output.contains(", receipts.jar define"),
          "the fat jar was shaded again from itself: " + output);
    } finally {
      List<ProcessHandle> children = new ArrayList<>(process.descendants().toList());
      children.forEach(ProcessHandle::destroy);
      process.destroy();
      for (ProcessHandle child : children) {
        child.onExit().get(30, TimeUnit.SECONDS);
      }
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static void awaitHealthy(Process process, int port, Path log) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
            .timeout(Duration.ofSeconds(2))
            .build();
    long deadline = System.nanoTime() + FIRST_BUILD.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError(
            "the command stopped with " + process.exitValue() + ":\n" + Files.readString(log));
      }
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // still building or starting
      }
      LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
    }
    throw new AssertionError("not healthy after " + FIRST_BUILD + ":\n" + Files.readString(log));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
