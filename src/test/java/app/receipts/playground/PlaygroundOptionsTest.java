package app.receipts.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaygroundOptionsTest {
  @Test
  void by_default_it_serves_loopback_on_3000_from_its_own_file() {
    PlaygroundOptions options = PlaygroundOptions.parse(new String[] {"playground"}, Map.of());

    assertEquals(3000, options.port());
    assertEquals("127.0.0.1", options.listen());
    assertEquals(Path.of("./receipts-playground.db"), options.database());
    assertEquals("jdbc:sqlite:./receipts-playground.db", options.jdbcUrl());
  }

  @Test
  void flags_win_over_the_environment() {
    PlaygroundOptions options =
        PlaygroundOptions.parse(
            new String[] {"playground", "--port=3100", "--listen=0.0.0.0", "--db=/tmp/try.db"},
            Map.of("PLAYGROUND_PORT", "3200", "PLAYGROUND_DB", "/tmp/other.db"));

    assertEquals(3100, options.port());
    assertEquals("0.0.0.0", options.listen());
    assertEquals(Path.of("/tmp/try.db"), options.database());
  }

  @Test
  void it_refuses_the_file_database_url_names() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PlaygroundOptions.parse(
                    new String[] {"playground", "--db=./data/../prod.db"},
                    Map.of("DATABASE_URL", "jdbc:sqlite:./prod.db?journal_mode=WAL")));

    assertTrue(refused.getMessage().contains("will not use the bot's"), refused.getMessage());
  }

  @Test
  void it_refuses_the_bots_default_file_too() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PlaygroundOptions.parse(
                new String[] {"playground", "--db=data/receipts.db"}, Map.of()));
  }

  @Test
  void a_bad_port_or_an_unknown_flag_is_named() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PlaygroundOptions.parse(
                    new String[] {"playground", "--port=http", "--x"}, Map.of()));

    assertTrue(refused.getMessage().contains("--port"), refused.getMessage());
    assertTrue(refused.getMessage().contains("unknown option --x"), refused.getMessage());
  }
}
